from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.document_public import DocumentPublic





T = TypeVar("T", bound="SourcePublic")



@_attrs_define
class SourcePublic:
    """ A passage quoted verbatim from the source material.

        Attributes:
            id (str): Stable id of the source passage.
            section (None | str | Unset): Section of the page the passage sits in.
            section_inferred (bool | Unset): True when the capture lost the section header and it was inferred.
            passage (str | Unset): The passage, verbatim.
            note (None | str | Unset): What was inferred, and why.
            document (DocumentPublic | Unset): The document a passage comes from.
     """

    id: str
    section: None | str | Unset = UNSET
    section_inferred: bool | Unset = UNSET
    passage: str | Unset = UNSET
    note: None | str | Unset = UNSET
    document: DocumentPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        id = self.id

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        section_inferred = self.section_inferred

        passage = self.passage

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if section is not UNSET:
            field_dict["section"] = section
        if section_inferred is not UNSET:
            field_dict["section_inferred"] = section_inferred
        if passage is not UNSET:
            field_dict["passage"] = passage
        if note is not UNSET:
            field_dict["note"] = note
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))


        section_inferred = d.pop("section_inferred", UNSET)

        passage = d.pop("passage", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        _document = d.pop("document", UNSET)
        document: DocumentPublic | Unset
        if isinstance(_document,  Unset):
            document = UNSET
        else:
            document = DocumentPublic.from_dict(_document)




        source_public = cls(
            id=id,
            section=section,
            section_inferred=section_inferred,
            passage=passage,
            note=note,
            document=document,
        )


        source_public.additional_properties = d
        return source_public

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
