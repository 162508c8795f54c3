from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.compare_period import ComparePeriod
  from ..models.compare_response_meta import CompareResponseMeta





T = TypeVar("T", bound="CompareResponse")



@_attrs_define
class CompareResponse:
    """ Several jurisdictions' series on the same buckets.

        Attributes:
            data (list[ComparePeriod]):
            meta (CompareResponseMeta): Metric, unit, interval, agg, transform, baselines and method.
     """

    data: list[ComparePeriod]
    meta: CompareResponseMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compare_period import ComparePeriod # noqa: PLC0415
        from ..models.compare_response_meta import CompareResponseMeta # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)



        meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
            "meta": meta,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compare_period import ComparePeriod # noqa: PLC0415
        from ..models.compare_response_meta import CompareResponseMeta # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = ComparePeriod.from_dict(data_item_data)



            data.append(data_item)


        meta = CompareResponseMeta.from_dict(d.pop("meta"))




        compare_response = cls(
            data=data,
            meta=meta,
        )


        compare_response.additional_properties = d
        return compare_response

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
