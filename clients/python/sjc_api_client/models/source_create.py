from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SourceCreate")



@_attrs_define
class SourceCreate:
    """ A new source.

        Attributes:
            id (str):
            document (str):
            passage (str):
            section (None | str | Unset):
            section_inferred (bool | Unset):  Default: False.
            note (None | str | Unset):
     """

    id: str
    document: str
    passage: str
    section: None | str | Unset = UNSET
    section_inferred: bool | Unset = False
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document = self.document

        passage = self.passage

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        section_inferred = self.section_inferred

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "document": document,
            "passage": passage,
        })
        if section is not UNSET:
            field_dict["section"] = section
        if section_inferred is not UNSET:
            field_dict["section_inferred"] = section_inferred
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        document = d.pop("document")

        passage = d.pop("passage")

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))


        section_inferred = d.pop("section_inferred", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        source_create = cls(
            id=id,
            document=document,
            passage=passage,
            section=section,
            section_inferred=section_inferred,
            note=note,
        )

        return source_create

