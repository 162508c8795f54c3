from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ArticleCreate")



@_attrs_define
class ArticleCreate:
    """ A new article.

        Attributes:
            slug (str):
            title (str):
            published (datetime.date):
            body (str):
            authors (list[str] | Unset):
            action_areas (list[str] | Unset):
            jurisdictions (list[str] | Unset):
            organizations (list[str] | Unset):
            networks (list[str] | Unset):
            document (None | str | Unset):
            source (None | str | Unset):
            note (None | str | Unset):
     """

    slug: str
    title: str
    published: datetime.date
    body: str
    authors: list[str] | Unset = UNSET
    action_areas: list[str] | Unset = UNSET
    jurisdictions: list[str] | Unset = UNSET
    organizations: list[str] | Unset = UNSET
    networks: list[str] | Unset = UNSET
    document: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        published = self.published.isoformat()

        body = self.body

        authors: list[str] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = self.authors



        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        jurisdictions: list[str] | Unset = UNSET
        if not isinstance(self.jurisdictions, Unset):
            jurisdictions = self.jurisdictions



        organizations: list[str] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = self.organizations



        networks: list[str] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks



        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slug": slug,
            "title": title,
            "published": published,
            "body": body,
        })
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
        if document is not UNSET:
            field_dict["document"] = document
        if source is not UNSET:
            field_dict["source"] = source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        published = datetime.date.fromisoformat(d.pop("published"))




        body = d.pop("body")

        authors = cast(list[str], d.pop("authors", UNSET))


        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        jurisdictions = cast(list[str], d.pop("jurisdictions", UNSET))


        organizations = cast(list[str], d.pop("organizations", UNSET))


        networks = cast(list[str], d.pop("networks", UNSET))


        def _parse_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document = _parse_document(d.pop("document", UNSET))


        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        article_create = cls(
            slug=slug,
            title=title,
            published=published,
            body=body,
            authors=authors,
            action_areas=action_areas,
            jurisdictions=jurisdictions,
            organizations=organizations,
            networks=networks,
            document=document,
            source=source,
            note=note,
        )

        return article_create

