from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="DocumentPublic")



@_attrs_define
class DocumentPublic:
    """ The document a passage comes from.

        Attributes:
            key (str): Stable key of the document.
            kind (str): blog_post, jurisdiction_profile or import_file.
            title (str): Title of the page as captured.
            capture (None | str): File of the capture that holds the page.
            lines (None | str): Line range of the page within the capture.
            url (None | str): Address of the page; null: the capture did not record it.
     """

    key: str
    kind: str
    title: str
    capture: None | str
    lines: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind

        title = self.title

        capture: None | str
        capture = self.capture

        lines: None | str
        lines = self.lines

        url: None | str
        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "kind": kind,
            "title": title,
            "capture": capture,
            "lines": lines,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        kind = d.pop("kind")

        title = d.pop("title")

        def _parse_capture(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        capture = _parse_capture(d.pop("capture"))


        def _parse_lines(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lines = _parse_lines(d.pop("lines"))


        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        document_public = cls(
            key=key,
            kind=kind,
            title=title,
            capture=capture,
            lines=lines,
            url=url,
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
