from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.role_ref import RoleRef





T = TypeVar("T", bound="NetworkSummaryRow")



@_attrs_define
class NetworkSummaryRow:
    """ A network in a list.

        Attributes:
            slug (str): Stable slug.
            name (str | Unset): Name as written.
            description (None | str | Unset): The source's words for it, if any.
            member_count (int | Unset): Number of member jurisdictions.
            source_id (None | str | Unset): Passage that describes it.
            jurisdictions (list[RoleRef] | None | Unset): Only with `include=jurisdictions`.
            organizations (list[RoleRef] | None | Unset): Only with `include=organizations`.
     """

    slug: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    member_count: int | Unset = UNSET
    source_id: None | str | Unset = UNSET
    jurisdictions: list[RoleRef] | None | Unset = UNSET
    organizations: list[RoleRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.role_ref import RoleRef # noqa: PLC0415
        slug = self.slug

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        member_count = self.member_count

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        jurisdictions: list[dict[str, Any]] | None | Unset
        if isinstance(self.jurisdictions, Unset):
            jurisdictions = UNSET
        elif isinstance(self.jurisdictions, list):
            jurisdictions = []
            for jurisdictions_type_0_item_data in self.jurisdictions:
                jurisdictions_type_0_item = jurisdictions_type_0_item_data.to_dict()
                jurisdictions.append(jurisdictions_type_0_item)


        else:
            jurisdictions = self.jurisdictions

        organizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)


        else:
            organizations = self.organizations


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if member_count is not UNSET:
            field_dict["member_count"] = member_count
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if jurisdictions is not UNSET:
            field_dict["jurisdictions"] = jurisdictions
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_ref import RoleRef # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        member_count = d.pop("member_count", UNSET)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))


        def _parse_jurisdictions(data: object) -> list[RoleRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jurisdictions_type_0 = []
                _jurisdictions_type_0 = data
                for jurisdictions_type_0_item_data in (_jurisdictions_type_0):
                    jurisdictions_type_0_item = RoleRef.from_dict(jurisdictions_type_0_item_data)



                    jurisdictions_type_0.append(jurisdictions_type_0_item)

                return jurisdictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleRef] | None | Unset, data)

        jurisdictions = _parse_jurisdictions(d.pop("jurisdictions", UNSET))


        def _parse_organizations(data: object) -> list[RoleRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = []
                _organizations_type_0 = data
                for organizations_type_0_item_data in (_organizations_type_0):
                    organizations_type_0_item = RoleRef.from_dict(organizations_type_0_item_data)



                    organizations_type_0.append(organizations_type_0_item)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleRef] | None | Unset, data)

        organizations = _parse_organizations(d.pop("organizations", UNSET))


        network_summary_row = cls(
            slug=slug,
            name=name,
            description=description,
            member_count=member_count,
            source_id=source_id,
            jurisdictions=jurisdictions,
            organizations=organizations,
        )


        network_summary_row.additional_properties = d
        return network_summary_row

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
