from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.compare_period_values import ComparePeriodValues





T = TypeVar("T", bound="ComparePeriod")



@_attrs_define
class ComparePeriod:
    """ One bucket across jurisdictions.

        Attributes:
            period (str):
            period_start (datetime.date):
            period_end (datetime.date):
            values (ComparePeriodValues): By jurisdiction slug.
     """

    period: str
    period_start: datetime.date
    period_end: datetime.date
    values: ComparePeriodValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compare_period_values import ComparePeriodValues # noqa: PLC0415
        period = self.period

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        values = self.values.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "period": period,
            "period_start": period_start,
            "period_end": period_end,
            "values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compare_period_values import ComparePeriodValues # noqa: PLC0415
        d = dict(src_dict)
        period = d.pop("period")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        values = ComparePeriodValues.from_dict(d.pop("values"))




        compare_period = cls(
            period=period,
            period_start=period_start,
            period_end=period_end,
            values=values,
        )


        compare_period.additional_properties = d
        return compare_period

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
