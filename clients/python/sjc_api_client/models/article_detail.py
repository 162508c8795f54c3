from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="ArticleDetail")



@_attrs_define
class ArticleDetail:
    """ An article with its body and everything it mentions.

        Attributes:
            slug (str): Stable slug.
            title (str): Title as written.
            published (datetime.date): Publication date.
            authors (list[Ref]): Authors in byline order.
            action_areas (list[str]): Slugs of its action-area tags.
            body (str): Body in Markdown (bullet lists kept).
            jurisdictions (list[Ref]): Jurisdictions it mentions.
            organizations (list[Ref]): Organizations it mentions.
            networks (list[Ref]): Networks it is about.
            source_id (None | str): Passage with its title, byline and tags.
            note (None | str): What the capture lost, if anything.
     """

    slug: str
    title: str
    published: datetime.date
    authors: list[Ref]
    action_areas: list[str]
    body: str
    jurisdictions: list[Ref]
    organizations: list[Ref]
    networks: list[Ref]
    source_id: None | str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        slug = self.slug

        title = self.title

        published = self.published.isoformat()

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)



        action_areas = self.action_areas



        body = self.body

        jurisdictions = []
        for jurisdictions_item_data in self.jurisdictions:
            jurisdictions_item = jurisdictions_item_data.to_dict()
            jurisdictions.append(jurisdictions_item)



        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)



        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)



        source_id: None | str
        source_id = self.source_id

        note: None | str
        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "title": title,
            "published": published,
            "authors": authors,
            "action_areas": action_areas,
            "body": body,
            "jurisdictions": jurisdictions,
            "organizations": organizations,
            "networks": networks,
            "source_id": source_id,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        published = datetime.date.fromisoformat(d.pop("published"))




        authors = []
        _authors = d.pop("authors")
        for authors_item_data in (_authors):
            authors_item = Ref.from_dict(authors_item_data)



            authors.append(authors_item)


        action_areas = cast(list[str], d.pop("action_areas"))


        body = d.pop("body")

        jurisdictions = []
        _jurisdictions = d.pop("jurisdictions")
        for jurisdictions_item_data in (_jurisdictions):
            jurisdictions_item = Ref.from_dict(jurisdictions_item_data)



            jurisdictions.append(jurisdictions_item)


        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in (_organizations):
            organizations_item = Ref.from_dict(organizations_item_data)



            organizations.append(organizations_item)


        networks = []
        _networks = d.pop("networks")
        for networks_item_data in (_networks):
            networks_item = Ref.from_dict(networks_item_data)



            networks.append(networks_item)


        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        article_detail = cls(
            slug=slug,
            title=title,
            published=published,
            authors=authors,
            action_areas=action_areas,
            body=body,
            jurisdictions=jurisdictions,
            organizations=organizations,
            networks=networks,
            source_id=source_id,
            note=note,
        )


        article_detail.additional_properties = d
        return article_detail

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
