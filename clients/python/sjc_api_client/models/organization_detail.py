from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref
  from ..models.role_ref import RoleRef





T = TypeVar("T", bound="OrganizationDetail")



@_attrs_define
class OrganizationDetail:
    """ An organization with every link the source gives it.

        Attributes:
            slug (str): Stable slug.
            name (str): Name exactly as written in the source.
            abbreviation (None | str): Abbreviation the source uses, if any.
            state (None | str): Two-letter state, where the source places it.
            parent (None | Ref): Parent organization, if any.
            source_id (None | str): Passage that names it (see /sources/{id}).
            jurisdictions (list[RoleRef]): Jurisdictions it serves as lead agency or partner.
            networks (list[RoleRef]): Networks it takes part in, with role.
            articles (list[Ref]): Articles that mention it (slug and title).
     """

    slug: str
    name: str
    abbreviation: None | str
    state: None | str
    parent: None | Ref
    source_id: None | str
    jurisdictions: list[RoleRef]
    networks: list[RoleRef]
    articles: list[Ref]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        slug = self.slug

        name = self.name

        abbreviation: None | str
        abbreviation = self.abbreviation

        state: None | str
        state = self.state

        parent: dict[str, Any] | None
        if isinstance(self.parent, Ref):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        source_id: None | str
        source_id = self.source_id

        jurisdictions = []
        for jurisdictions_item_data in self.jurisdictions:
            jurisdictions_item = jurisdictions_item_data.to_dict()
            jurisdictions.append(jurisdictions_item)



        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)



        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "name": name,
            "abbreviation": abbreviation,
            "state": state,
            "parent": parent,
            "source_id": source_id,
            "jurisdictions": jurisdictions,
            "networks": networks,
            "articles": articles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_abbreviation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation"))


        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))


        def _parse_parent(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Ref.from_dict(data)



                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        parent = _parse_parent(d.pop("parent"))


        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        jurisdictions = []
        _jurisdictions = d.pop("jurisdictions")
        for jurisdictions_item_data in (_jurisdictions):
            jurisdictions_item = RoleRef.from_dict(jurisdictions_item_data)



            jurisdictions.append(jurisdictions_item)


        networks = []
        _networks = d.pop("networks")
        for networks_item_data in (_networks):
            networks_item = RoleRef.from_dict(networks_item_data)



            networks.append(networks_item)


        articles = []
        _articles = d.pop("articles")
        for articles_item_data in (_articles):
            articles_item = Ref.from_dict(articles_item_data)



            articles.append(articles_item)


        organization_detail = cls(
            slug=slug,
            name=name,
            abbreviation=abbreviation,
            state=state,
            parent=parent,
            source_id=source_id,
            jurisdictions=jurisdictions,
            networks=networks,
            articles=articles,
        )


        organization_detail.additional_properties = d
        return organization_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
