from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SeriesMeta")



@_attrs_define
class SeriesMeta:
    """ How a series was computed.

        Attributes:
            jurisdiction (str):
            metric (str):
            unit (str): Unit of the values after any transform.
            interval (str):
            agg (str):
            transform (None | str):
            baseline (None | str): Baseline bucket of change_from_baseline or index.
            method (str): The method, in words.
            coverage (str): What coverage means.
     """

    jurisdiction: str
    metric: str
    unit: str
    interval: str
    agg: str
    transform: None | str
    baseline: None | str
    method: str
    coverage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        jurisdiction = self.jurisdiction

        metric = self.metric

        unit = self.unit

        interval = self.interval

        agg = self.agg

        transform: None | str
        transform = self.transform

        baseline: None | str
        baseline = self.baseline

        method = self.method

        coverage = self.coverage


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "jurisdiction": jurisdiction,
            "metric": metric,
            "unit": unit,
            "interval": interval,
            "agg": agg,
            "transform": transform,
            "baseline": baseline,
            "method": method,
            "coverage": coverage,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction = d.pop("jurisdiction")

        metric = d.pop("metric")

        unit = d.pop("unit")

        interval = d.pop("interval")

        agg = d.pop("agg")

        def _parse_transform(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transform = _parse_transform(d.pop("transform"))


        def _parse_baseline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        baseline = _parse_baseline(d.pop("baseline"))


        method = d.pop("method")

        coverage = d.pop("coverage")

        series_meta = cls(
            jurisdiction=jurisdiction,
            metric=metric,
            unit=unit,
            interval=interval,
            agg=agg,
            transform=transform,
            baseline=baseline,
            method=method,
            coverage=coverage,
        )


        series_meta.additional_properties = d
        return series_meta

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
