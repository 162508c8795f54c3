from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="ArticleSummaryRow")



@_attrs_define
class ArticleSummaryRow:
    """ An article in a list (no body).

        Attributes:
            slug (str): Stable slug.
            title (str | Unset): Title as written.
            published (datetime.date | Unset): Publication date.
            authors (list[Ref] | Unset): Authors in byline order.
            action_areas (list[str] | Unset): Slugs of its action-area tags.
            jurisdictions (list[Ref] | None | Unset): Only with `include=jurisdictions`.
            organizations (list[Ref] | None | Unset): Only with `include=organizations`.
            networks (list[Ref] | None | Unset): Only with `include=networks`.
     """

    slug: str
    title: str | Unset = UNSET
    published: datetime.date | Unset = UNSET
    authors: list[Ref] | Unset = UNSET
    action_areas: list[str] | Unset = UNSET
    jurisdictions: list[Ref] | None | Unset = UNSET
    organizations: list[Ref] | None | Unset = UNSET
    networks: list[Ref] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        slug = self.slug

        title = self.title

        published: str | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.isoformat()

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)



        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        jurisdictions: list[dict[str, Any]] | None | Unset
        if isinstance(self.jurisdictions, Unset):
            jurisdictions = UNSET
        elif isinstance(self.jurisdictions, list):
            jurisdictions = []
            for jurisdictions_type_0_item_data in self.jurisdictions:
                jurisdictions_type_0_item = jurisdictions_type_0_item_data.to_dict()
                jurisdictions.append(jurisdictions_type_0_item)


        else:
            jurisdictions = self.jurisdictions

        organizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)


        else:
            organizations = self.organizations

        networks: list[dict[str, Any]] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.to_dict()
                networks.append(networks_type_0_item)


        else:
            networks = self.networks


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if title is not UNSET:
            field_dict["title"] = title
        if published is not UNSET:
            field_dict["published"] = published
        if authors is not UNSET:
            field_dict["authors"] = authors
        if action_areas is not UNSET:
            field_dict["action_areas"] = action_areas
        if jurisdictions is not UNSET:
            field_dict["jurisdictions"] = jurisdictions
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if networks is not UNSET:
            field_dict["networks"] = networks

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title", UNSET)

        _published = d.pop("published", UNSET)
        published: datetime.date | Unset
        if isinstance(_published,  Unset):
            published = UNSET
        else:
            published = datetime.date.fromisoformat(_published)




        _authors = d.pop("authors", UNSET)
        authors: list[Ref] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = Ref.from_dict(authors_item_data)



                authors.append(authors_item)


        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        def _parse_jurisdictions(data: object) -> list[Ref] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jurisdictions_type_0 = []
                _jurisdictions_type_0 = data
                for jurisdictions_type_0_item_data in (_jurisdictions_type_0):
                    jurisdictions_type_0_item = Ref.from_dict(jurisdictions_type_0_item_data)



                    jurisdictions_type_0.append(jurisdictions_type_0_item)

                return jurisdictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ref] | None | Unset, data)

        jurisdictions = _parse_jurisdictions(d.pop("jurisdictions", UNSET))


        def _parse_organizations(data: object) -> list[Ref] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = []
                _organizations_type_0 = data
                for organizations_type_0_item_data in (_organizations_type_0):
                    organizations_type_0_item = Ref.from_dict(organizations_type_0_item_data)



                    organizations_type_0.append(organizations_type_0_item)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ref] | None | Unset, data)

        organizations = _parse_organizations(d.pop("organizations", UNSET))


        def _parse_networks(data: object) -> list[Ref] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                networks_type_0 = []
                _networks_type_0 = data
                for networks_type_0_item_data in (_networks_type_0):
                    networks_type_0_item = Ref.from_dict(networks_type_0_item_data)



                    networks_type_0.append(networks_type_0_item)

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ref] | None | Unset, data)

        networks = _parse_networks(d.pop("networks", UNSET))


        article_summary_row = cls(
            slug=slug,
            title=title,
            published=published,
            authors=authors,
            action_areas=action_areas,
            jurisdictions=jurisdictions,
            organizations=organizations,
            networks=networks,
        )


        article_summary_row.additional_properties = d
        return article_summary_row

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
