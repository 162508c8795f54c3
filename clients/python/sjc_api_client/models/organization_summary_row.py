from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref
  from ..models.role_ref import RoleRef





T = TypeVar("T", bound="OrganizationSummaryRow")



@_attrs_define
class OrganizationSummaryRow:
    """ An organization in a list.

        Attributes:
            slug (str): Stable slug.
            name (str | Unset): Name exactly as written in the source.
            abbreviation (None | str | Unset): Abbreviation the source uses, if any.
            state (None | str | Unset): Two-letter state, where the source places it.
            parent (None | Ref | Unset): Parent organization, if any.
            source_id (None | str | Unset): Passage that names it (see /sources/{id}).
            jurisdictions (list[RoleRef] | None | Unset): Only with `include=jurisdictions`.
     """

    slug: str
    name: str | Unset = UNSET
    abbreviation: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    parent: None | Ref | Unset = UNSET
    source_id: None | str | Unset = UNSET
    jurisdictions: list[RoleRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        slug = self.slug

        name = self.name

        abbreviation: None | str | Unset
        if isinstance(self.abbreviation, Unset):
            abbreviation = UNSET
        else:
            abbreviation = self.abbreviation

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Ref):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if state is not UNSET:
            field_dict["state"] = state
        if parent is not UNSET:
            field_dict["parent"] = parent
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if jurisdictions is not UNSET:
            field_dict["jurisdictions"] = jurisdictions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name", UNSET)

        def _parse_abbreviation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbreviation = _parse_abbreviation(d.pop("abbreviation", UNSET))


        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        def _parse_parent(data: object) -> None | Ref | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Ref.from_dict(data)



                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))


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


        organization_summary_row = cls(
            slug=slug,
            name=name,
            abbreviation=abbreviation,
            state=state,
            parent=parent,
            source_id=source_id,
            jurisdictions=jurisdictions,
        )


        organization_summary_row.additional_properties = d
        return organization_summary_row

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
