from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="HeadlineFigure")



@_attrs_define
class HeadlineFigure:
    """ A figure shown on the profile, with its source passage.

        Attributes:
            id (str): Observation id (see /observations).
            metric (str): Metric key (see /metrics).
            value (float): Value; reductions are negative.
            unit (str): Unit of the value.
            qualifier (str): exact, almost, approximately, more_than or less_than.
            text_as_written (str): The figure exactly as the source writes it.
            period_start (datetime.date | None): First day of the period, or null.
            period_end (datetime.date | None): Last day of the period, or null.
            source_id (str): Passage the figure comes from.
     """

    id: str
    metric: str
    value: float
    unit: str
    qualifier: str
    text_as_written: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    source_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metric = self.metric

        value = self.value

        unit = self.unit

        qualifier = self.qualifier

        text_as_written = self.text_as_written

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        source_id = self.source_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "metric": metric,
            "value": value,
            "unit": unit,
            "qualifier": qualifier,
            "text_as_written": text_as_written,
            "period_start": period_start,
            "period_end": period_end,
            "source_id": source_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        metric = d.pop("metric")

        value = d.pop("value")

        unit = d.pop("unit")

        qualifier = d.pop("qualifier")

        text_as_written = d.pop("text_as_written")

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)



                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))


        def _parse_period_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)



                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_end = _parse_period_end(d.pop("period_end"))


        source_id = d.pop("source_id")

        headline_figure = cls(
            id=id,
            metric=metric,
            value=value,
            unit=unit,
            qualifier=qualifier,
            text_as_written=text_as_written,
            period_start=period_start,
            period_end=period_end,
            source_id=source_id,
        )


        headline_figure.additional_properties = d
        return headline_figure

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
