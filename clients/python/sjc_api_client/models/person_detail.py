from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="PersonDetail")



@_attrs_define
class PersonDetail:
    """ A person with the jurisdictions they are contact for and the articles they wrote.

        Attributes:
            slug (str): Stable slug.
            name (str): Name as written.
            title (None | str): Title as written (e.g. 'CJC Director'), or null.
            organization (None | Ref): Affiliation; null where the source gives none.
            source_id (None | str): Passage that names the person.
            contact_for (list[Ref]): Jurisdictions listing the person as contact.
            articles (list[Ref]): Articles the person wrote (slug and title).
     """

    slug: str
    name: str
    title: None | str
    organization: None | Ref
    source_id: None | str
    contact_for: list[Ref]
    articles: list[Ref]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        slug = self.slug

        name = self.name

        title: None | str
        title = self.title

        organization: dict[str, Any] | None
        if isinstance(self.organization, Ref):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        source_id: None | str
        source_id = self.source_id

        contact_for = []
        for contact_for_item_data in self.contact_for:
            contact_for_item = contact_for_item_data.to_dict()
            contact_for.append(contact_for_item)



        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "name": name,
            "title": title,
            "organization": organization,
            "source_id": source_id,
            "contact_for": contact_for,
            "articles": articles,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        def _parse_organization(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Ref.from_dict(data)



                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        organization = _parse_organization(d.pop("organization"))


        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        contact_for = []
        _contact_for = d.pop("contact_for")
        for contact_for_item_data in (_contact_for):
            contact_for_item = Ref.from_dict(contact_for_item_data)



            contact_for.append(contact_for_item)


        articles = []
        _articles = d.pop("articles")
        for articles_item_data in (_articles):
            articles_item = Ref.from_dict(articles_item_data)



            articles.append(articles_item)


        person_detail = cls(
            slug=slug,
            name=name,
            title=title,
            organization=organization,
            source_id=source_id,
            contact_for=contact_for,
            articles=articles,
        )


        person_detail.additional_properties = d
        return person_detail

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
