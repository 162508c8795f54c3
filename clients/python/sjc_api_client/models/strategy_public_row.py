from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.strategy_status import StrategyStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref
  from ..models.source_public import SourcePublic





T = TypeVar("T", bound="StrategyPublicRow")



@_attrs_define
class StrategyPublicRow:
    """ A strategy with its jurisdiction, action areas and source.

        Attributes:
            slug (str): Stable slug.
            name (str | Unset): Short label.
            description (str | Unset): The source's own sentence(s) describing it.
            status (None | StrategyStatus | Unset): in_place, completed, planned; null if unknown.
            jurisdiction (Ref | Unset): A short reference to a related resource.
            action_areas (list[str] | Unset): Slugs of its action areas.
            source_id (str | Unset): Passage it comes from.
            note (None | str | Unset): What was inferred, and why.
            source (None | SourcePublic | Unset): Only with `include=source`.
     """

    slug: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: None | StrategyStatus | Unset = UNSET
    jurisdiction: Ref | Unset = UNSET
    action_areas: list[str] | Unset = UNSET
    source_id: str | Unset = UNSET
    note: None | str | Unset = UNSET
    source: None | SourcePublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.source_public import SourcePublic # noqa: PLC0415
        slug = self.slug

        name = self.name

        description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StrategyStatus):
            status = self.status.value
        else:
            status = self.status

        jurisdiction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jurisdiction, Unset):
            jurisdiction = self.jurisdiction.to_dict()

        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        source_id = self.source_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourcePublic):
            source = self.source.to_dict()
        else:
            source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if action_areas is not UNSET:
            field_dict["action_areas"] = action_areas
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if note is not UNSET:
            field_dict["note"] = note
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.source_public import SourcePublic # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_status(data: object) -> None | StrategyStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StrategyStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StrategyStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        _jurisdiction = d.pop("jurisdiction", UNSET)
        jurisdiction: Ref | Unset
        if isinstance(_jurisdiction,  Unset):
            jurisdiction = UNSET
        else:
            jurisdiction = Ref.from_dict(_jurisdiction)




        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        source_id = d.pop("source_id", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_source(data: object) -> None | SourcePublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourcePublic.from_dict(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourcePublic | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        strategy_public_row = cls(
            slug=slug,
            name=name,
            description=description,
            status=status,
            jurisdiction=jurisdiction,
            action_areas=action_areas,
            source_id=source_id,
            note=note,
            source=source,
        )


        strategy_public_row.additional_properties = d
        return strategy_public_row

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
