from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SeriesPoint")



@_attrs_define
class SeriesPoint:
    """ One bucket of a series.

        Attributes:
            period (str): Bucket label: 2016-01, 2016-Q1 or 2016.
            period_start (datetime.date): First day of the bucket.
            period_end (datetime.date): Last day of the bucket.
            value (float | None): Aggregated (and transformed) value; null when missing.
            coverage (float): Share of the bucket's days covered by observations (0-1).
            observations (int): Observations overlapping the bucket.
            missing (bool): True when the bucket has no value.
     """

    period: str
    period_start: datetime.date
    period_end: datetime.date
    value: float | None
    coverage: float
    observations: int
    missing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        period = self.period

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        value: float | None
        value = self.value

        coverage = self.coverage

        observations = self.observations

        missing = self.missing


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "period": period,
            "period_start": period_start,
            "period_end": period_end,
            "value": value,
            "coverage": coverage,
            "observations": observations,
            "missing": missing,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        coverage = d.pop("coverage")

        observations = d.pop("observations")

        missing = d.pop("missing")

        series_point = cls(
            period=period,
            period_start=period_start,
            period_end=period_end,
            value=value,
            coverage=coverage,
            observations=observations,
            missing=missing,
        )


        series_point.additional_properties = d
        return series_point

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
