from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MemberSeed")



@_attrs_define
class MemberSeed:
    """ 
        Attributes:
            jurisdiction (str):
            role (str):
     """

    jurisdiction: str
    role: str





    def to_dict(self) -> dict[str, Any]:
        jurisdiction = self.jurisdiction

        role = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "jurisdiction": jurisdiction,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction = d.pop("jurisdiction")

        role = d.pop("role")

        member_seed = cls(
            jurisdiction=jurisdiction,
            role=role,
        )

        return member_seed

