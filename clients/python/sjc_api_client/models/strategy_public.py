from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.strategy_status import StrategyStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="StrategyPublic")



@_attrs_define
class StrategyPublic:
    """ A strategy with its jurisdiction, action areas and source.

        Attributes:
            slug (str): Stable slug.
            name (str): Short label.
            description (str): The source's own sentence(s) describing it.
            status (None | StrategyStatus): in_place, completed, planned; null if unknown.
            jurisdiction (Ref): A short reference to a related resource.
            action_areas (list[str]): Slugs of its action areas.
            source_id (str): Passage it comes from.
            note (None | str): What was inferred, and why.
     """

    slug: str
    name: str
    description: str
    status: None | StrategyStatus
    jurisdiction: Ref
    action_areas: list[str]
    source_id: str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        slug = self.slug

        name = self.name

        description = self.description

        status: None | str
        if isinstance(self.status, StrategyStatus):
            status = self.status.value
        else:
            status = self.status

        jurisdiction = self.jurisdiction.to_dict()

        action_areas = self.action_areas



        source_id = self.source_id

        note: None | str
        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "name": name,
            "description": description,
            "status": status,
            "jurisdiction": jurisdiction,
            "action_areas": action_areas,
            "source_id": source_id,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        description = d.pop("description")

        def _parse_status(data: object) -> None | StrategyStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StrategyStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StrategyStatus, data)

        status = _parse_status(d.pop("status"))


        jurisdiction = Ref.from_dict(d.pop("jurisdiction"))




        action_areas = cast(list[str], d.pop("action_areas"))


        source_id = d.pop("source_id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        strategy_public = cls(
            slug=slug,
            name=name,
            description=description,
            status=status,
            jurisdiction=jurisdiction,
            action_areas=action_areas,
            source_id=source_id,
            note=note,
        )


        strategy_public.additional_properties = d
        return strategy_public

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
