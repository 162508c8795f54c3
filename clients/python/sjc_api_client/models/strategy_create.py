from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.strategy_status import StrategyStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="StrategyCreate")



@_attrs_define
class StrategyCreate:
    """ A new strategy.

        Attributes:
            slug (str):
            jurisdiction (str):
            name (str):
            description (str):
            source (str):
            status (None | StrategyStatus | Unset):
            action_areas (list[str] | Unset):
            note (None | str | Unset):
     """

    slug: str
    jurisdiction: str
    name: str
    description: str
    source: str
    status: None | StrategyStatus | Unset = UNSET
    action_areas: list[str] | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        jurisdiction = self.jurisdiction

        name = self.name

        description = self.description

        source = self.source

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StrategyStatus):
            status = self.status.value
        else:
            status = self.status

        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slug": slug,
            "jurisdiction": jurisdiction,
            "name": name,
            "description": description,
            "source": source,
        })
        if status is not UNSET:
            field_dict["status"] = status
        if action_areas is not UNSET:
            field_dict["action_areas"] = action_areas
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        jurisdiction = d.pop("jurisdiction")

        name = d.pop("name")

        description = d.pop("description")

        source = d.pop("source")

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


        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        strategy_create = cls(
            slug=slug,
            jurisdiction=jurisdiction,
            name=name,
            description=description,
            source=source,
            status=status,
            action_areas=action_areas,
            note=note,
        )

        return strategy_create

