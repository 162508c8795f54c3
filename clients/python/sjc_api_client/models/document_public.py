from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DocumentPublic")



@_attrs_define
class DocumentPublic:
    """ The document a passage comes from.

        Attributes:
            key (str): Stable key of the document.
            kind (str | Unset): blog_post, jurisdiction_profile or import_file.
            title (str | Unset): Title of the page as captured.
            capture (None | str | Unset): File of the capture that holds the page.
            lines (None | str | Unset): Line range of the page within the capture.
            url (None | str | Unset): Address of the page; null: the capture did not record it.
            sha256 (None | str | Unset): SHA-256 of an imported file; null for pages.
            row_count (int | None | Unset): Rows of an imported file; null for pages.
            imported_at (datetime.datetime | None | Unset): When an imported file was imported; null for pages.
     """

    key: str
    kind: str | Unset = UNSET
    title: str | Unset = UNSET
    capture: None | str | Unset = UNSET
    lines: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    sha256: None | str | Unset = UNSET
    row_count: int | None | Unset = UNSET
    imported_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind

        title = self.title

        capture: None | str | Unset
        if isinstance(self.capture, Unset):
            capture = UNSET
        else:
            capture = self.capture

        lines: None | str | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        else:
            lines = self.lines

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        imported_at: None | str | Unset
        if isinstance(self.imported_at, Unset):
            imported_at = UNSET
        elif isinstance(self.imported_at, datetime.datetime):
            imported_at = self.imported_at.isoformat()
        else:
            imported_at = self.imported_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if title is not UNSET:
            field_dict["title"] = title
        if capture is not UNSET:
            field_dict["capture"] = capture
        if lines is not UNSET:
            field_dict["lines"] = lines
        if url is not UNSET:
            field_dict["url"] = url
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if imported_at is not UNSET:
            field_dict["imported_at"] = imported_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        kind = d.pop("kind", UNSET)

        title = d.pop("title", UNSET)

        def _parse_capture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capture = _parse_capture(d.pop("capture", UNSET))


        def _parse_lines(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))


        def _parse_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_count = _parse_row_count(d.pop("row_count", UNSET))


        def _parse_imported_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                imported_at_type_0 = datetime.datetime.fromisoformat(data)



                return imported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        imported_at = _parse_imported_at(d.pop("imported_at", UNSET))


        document_public = cls(
            key=key,
            kind=kind,
            title=title,
            capture=capture,
            lines=lines,
            url=url,
            sha256=sha256,
            row_count=row_count,
            imported_at=imported_at,
        )


        document_public.additional_properties = d
        return document_public

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
