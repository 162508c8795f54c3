from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SourcePatch")



@_attrs_define
class SourcePatch:
    """ A JSON merge patch: members present replace the stored values.

        Attributes:
            id (None | str | Unset):
            document (None | str | Unset):
            section (None | str | Unset):
            section_inferred (bool | None | Unset):
            passage (None | str | Unset):
            note (None | str | Unset):
     """

    id: None | str | Unset = UNSET
    document: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    section_inferred: bool | None | Unset = UNSET
    passage: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        section_inferred: bool | None | Unset
        if isinstance(self.section_inferred, Unset):
            section_inferred = UNSET
        else:
            section_inferred = self.section_inferred

        passage: None | str | Unset
        if isinstance(self.passage, Unset):
            passage = UNSET
        else:
            passage = self.passage

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if id is not UNSET:
            field_dict["id"] = id
        if document is not UNSET:
            field_dict["document"] = document
        if section is not UNSET:
            field_dict["section"] = section
        if section_inferred is not UNSET:
            field_dict["section_inferred"] = section_inferred
        if passage is not UNSET:
            field_dict["passage"] = passage
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        def _parse_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document = _parse_document(d.pop("document", UNSET))


        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))


        def _parse_section_inferred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        section_inferred = _parse_section_inferred(d.pop("section_inferred", UNSET))


        def _parse_passage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passage = _parse_passage(d.pop("passage", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        source_patch = cls(
            id=id,
            document=document,
            section=section,
            section_inferred=section_inferred,
            passage=passage,
            note=note,
        )

        return source_patch

