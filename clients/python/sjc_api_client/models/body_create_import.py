from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BodyCreateImport")



@_attrs_define
class BodyCreateImport:
    """ 
        Attributes:
            file (str): The CSV file, as downloaded.
            mapping (None | str | Unset): Mapping of a wide table's columns (YAML).
            dry_run (bool | Unset): Check and plan only; write nothing. Default: False.
     """

    file: str
    mapping: None | str | Unset = UNSET
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file = self.file

        mapping: None | str | Unset
        if isinstance(self.mapping, Unset):
            mapping = UNSET
        else:
            mapping = self.mapping

        dry_run = self.dry_run


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "file": file,
        })
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", (None, str(self.file).encode(), "text/plain")))



        if not isinstance(self.mapping, Unset):
            if isinstance(self.mapping, str):

                files.append(("mapping", (None, str(self.mapping).encode(), "text/plain")))
            else:
                files.append(("mapping", (None, str(self.mapping).encode(), "text/plain")))


        if not isinstance(self.dry_run, Unset):
            files.append(("dry_run", (None, str(self.dry_run).encode(), "text/plain")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        def _parse_mapping(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mapping = _parse_mapping(d.pop("mapping", UNSET))


        dry_run = d.pop("dry_run", UNSET)

        body_create_import = cls(
            file=file,
            mapping=mapping,
            dry_run=dry_run,
        )


        body_create_import.additional_properties = d
        return body_create_import

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
