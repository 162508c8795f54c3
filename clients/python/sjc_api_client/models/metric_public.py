from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metric_link import MetricLink





T = TypeVar("T", bound="MetricPublic")



@_attrs_define
class MetricPublic:
    """ A metric definition (one entry of the data dictionary).

        Attributes:
            key (str): Stable key.
            name (str | Unset): Human name.
            unit (str | Unset): Unit of its values.
            description (str | Unset): What it counts.
            frequency (None | str | Unset): Usual period length (year, quarter, ...); null if none.
            universe (None | str | Unset): What population or events it counts.
            lower_is_better (bool | None | Unset): Direction: true if a lower value is the aim; null if it depends.
            related (list[MetricLink] | Unset): How it relates to other metrics.
            observation_count (int | Unset): Observations recorded for it.
     """

    key: str
    name: str | Unset = UNSET
    unit: str | Unset = UNSET
    description: str | Unset = UNSET
    frequency: None | str | Unset = UNSET
    universe: None | str | Unset = UNSET
    lower_is_better: bool | None | Unset = UNSET
    related: list[MetricLink] | Unset = UNSET
    observation_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_link import MetricLink # noqa: PLC0415
        key = self.key

        name = self.name

        unit = self.unit

        description = self.description

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        universe: None | str | Unset
        if isinstance(self.universe, Unset):
            universe = UNSET
        else:
            universe = self.universe

        lower_is_better: bool | None | Unset
        if isinstance(self.lower_is_better, Unset):
            lower_is_better = UNSET
        else:
            lower_is_better = self.lower_is_better

        related: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = []
            for related_item_data in self.related:
                related_item = related_item_data.to_dict()
                related.append(related_item)



        observation_count = self.observation_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if description is not UNSET:
            field_dict["description"] = description
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if universe is not UNSET:
            field_dict["universe"] = universe
        if lower_is_better is not UNSET:
            field_dict["lower_is_better"] = lower_is_better
        if related is not UNSET:
            field_dict["related"] = related
        if observation_count is not UNSET:
            field_dict["observation_count"] = observation_count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_link import MetricLink # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        description = d.pop("description", UNSET)

        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))


        def _parse_universe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        universe = _parse_universe(d.pop("universe", UNSET))


        def _parse_lower_is_better(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lower_is_better = _parse_lower_is_better(d.pop("lower_is_better", UNSET))


        _related = d.pop("related", UNSET)
        related: list[MetricLink] | Unset = UNSET
        if _related is not UNSET:
            related = []
            for related_item_data in _related:
                related_item = MetricLink.from_dict(related_item_data)



                related.append(related_item)


        observation_count = d.pop("observation_count", UNSET)

        metric_public = cls(
            key=key,
            name=name,
            unit=unit,
            description=description,
            frequency=frequency,
            universe=universe,
            lower_is_better=lower_is_better,
            related=related,
            observation_count=observation_count,
        )


        metric_public.additional_properties = d
        return metric_public

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
