from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.role_ref import RoleRef





T = TypeVar("T", bound="NetworkDetail")



@_attrs_define
class NetworkDetail:
    """ A network with its members.

        Attributes:
            slug (str): Stable slug.
            name (str): Name as written.
            description (None | str): The source's words for it, if any.
            member_count (int): Number of member jurisdictions.
            source_id (None | str): Passage that describes it.
            note (None | str): How membership was read from the source.
            jurisdictions (list[RoleRef]): Member jurisdictions with role.
            organizations (list[RoleRef]): Member organizations with role.
     """

    slug: str
    name: str
    description: None | str
    member_count: int
    source_id: None | str
    note: None | str
    jurisdictions: list[RoleRef]
    organizations: list[RoleRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.role_ref import RoleRef # noqa: PLC0415
        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        member_count = self.member_count

        source_id: None | str
        source_id = self.source_id

        note: None | str
        note = self.note

        jurisdictions = []
        for jurisdictions_item_data in self.jurisdictions:
            jurisdictions_item = jurisdictions_item_data.to_dict()
            jurisdictions.append(jurisdictions_item)



        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "name": name,
            "description": description,
            "member_count": member_count,
            "source_id": source_id,
            "note": note,
            "jurisdictions": jurisdictions,
            "organizations": organizations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_ref import RoleRef # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        member_count = d.pop("member_count")

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        jurisdictions = []
        _jurisdictions = d.pop("jurisdictions")
        for jurisdictions_item_data in (_jurisdictions):
            jurisdictions_item = RoleRef.from_dict(jurisdictions_item_data)



            jurisdictions.append(jurisdictions_item)


        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in (_organizations):
            organizations_item = RoleRef.from_dict(organizations_item_data)



            organizations.append(organizations_item)


        network_detail = cls(
            slug=slug,
            name=name,
            description=description,
            member_count=member_count,
            source_id=source_id,
            note=note,
            jurisdictions=jurisdictions,
            organizations=organizations,
        )


        network_detail.additional_properties = d
        return network_detail

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
