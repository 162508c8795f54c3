from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="OrgMemberSeed")



@_attrs_define
class OrgMemberSeed:
    """ 
        Attributes:
            organization (str):
            role (str):
     """

    organization: str
    role: str





    def to_dict(self) -> dict[str, Any]:
        organization = self.organization

        role = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "organization": organization,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization = d.pop("organization")

        role = d.pop("role")

        org_member_seed = cls(
            organization=organization,
            role=role,
        )

        return org_member_seed

