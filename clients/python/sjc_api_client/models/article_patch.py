from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ArticlePatch")



@_attrs_define
class ArticlePatch:
    """ A JSON merge patch: members present replace the stored values.

        Attributes:
            slug (None | str | Unset):
            title (None | str | Unset):
            authors (list[str] | None | Unset):
            published (datetime.date | None | Unset):
            action_areas (list[str] | None | Unset):
            jurisdictions (list[str] | None | Unset):
            organizations (list[str] | None | Unset):
            networks (list[str] | None | Unset):
            document (None | str | Unset):
            source (None | str | Unset):
            note (None | str | Unset):
            body (None | str | Unset):
     """

    slug: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    authors: list[str] | None | Unset = UNSET
    published: datetime.date | None | Unset = UNSET
    action_areas: list[str] | None | Unset = UNSET
    jurisdictions: list[str] | None | Unset = UNSET
    organizations: list[str] | None | Unset = UNSET
    networks: list[str] | None | Unset = UNSET
    document: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    body: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        authors: list[str] | None | Unset
        if isinstance(self.authors, Unset):
            authors = UNSET
        elif isinstance(self.authors, list):
            authors = self.authors


        else:
            authors = self.authors

        published: None | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        elif isinstance(self.published, datetime.date):
            published = self.published.isoformat()
        else:
            published = self.published

        action_areas: list[str] | None | Unset
        if isinstance(self.action_areas, Unset):
            action_areas = UNSET
        elif isinstance(self.action_areas, list):
            action_areas = self.action_areas


        else:
            action_areas = self.action_areas

        jurisdictions: list[str] | None | Unset
        if isinstance(self.jurisdictions, Unset):
            jurisdictions = UNSET
        elif isinstance(self.jurisdictions, list):
            jurisdictions = self.jurisdictions


        else:
            jurisdictions = self.jurisdictions

        organizations: list[str] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = self.organizations


        else:
            organizations = self.organizations

        networks: list[str] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = self.networks


        else:
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

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if authors is not UNSET:
            field_dict["authors"] = authors
        if published is not UNSET:
            field_dict["published"] = published
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
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_authors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authors_type_0 = cast(list[str], data)

                return authors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        authors = _parse_authors(d.pop("authors", UNSET))


        def _parse_published(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_type_0 = datetime.date.fromisoformat(data)



                return published_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published = _parse_published(d.pop("published", UNSET))


        def _parse_action_areas(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                action_areas_type_0 = cast(list[str], data)

                return action_areas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        action_areas = _parse_action_areas(d.pop("action_areas", UNSET))


        def _parse_jurisdictions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jurisdictions_type_0 = cast(list[str], data)

                return jurisdictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        jurisdictions = _parse_jurisdictions(d.pop("jurisdictions", UNSET))


        def _parse_organizations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = cast(list[str], data)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        organizations = _parse_organizations(d.pop("organizations", UNSET))


        def _parse_networks(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                networks_type_0 = cast(list[str], data)

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        networks = _parse_networks(d.pop("networks", UNSET))


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


        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))


        article_patch = cls(
            slug=slug,
            title=title,
            authors=authors,
            published=published,
            action_areas=action_areas,
            jurisdictions=jurisdictions,
            organizations=organizations,
            networks=networks,
            document=document,
            source=source,
            note=note,
            body=body,
        )

        return article_patch

