from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ImportProgress")



@_attrs_define
class ImportProgress:
    """ How far an import has got.

        Attributes:
            phase (str): queued, validating, planning, writing or done.
            rows_total (int): Data rows in the file (counted before validating).
            rows_checked (int): Rows validated so far.
            rows_written (int): Rows inserted or updated so far.
            rows_to_write (int | None): Rows that differ from what is stored (known once planning ends).
            percent (float): Share of the work done, 0 to 100.
     """

    phase: str
    rows_total: int
    rows_checked: int
    rows_written: int
    rows_to_write: int | None
    percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        rows_total = self.rows_total

        rows_checked = self.rows_checked

        rows_written = self.rows_written

        rows_to_write: int | None
        rows_to_write = self.rows_to_write

        percent = self.percent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "phase": phase,
            "rows_total": rows_total,
            "rows_checked": rows_checked,
            "rows_written": rows_written,
            "rows_to_write": rows_to_write,
            "percent": percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase = d.pop("phase")

        rows_total = d.pop("rows_total")

        rows_checked = d.pop("rows_checked")

        rows_written = d.pop("rows_written")

        def _parse_rows_to_write(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rows_to_write = _parse_rows_to_write(d.pop("rows_to_write"))


        percent = d.pop("percent")

        import_progress = cls(
            phase=phase,
            rows_total=rows_total,
            rows_checked=rows_checked,
            rows_written=rows_written,
            rows_to_write=rows_to_write,
            percent=percent,
        )


        import_progress.additional_properties = d
        return import_progress

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
