from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.observation_status import ObservationStatus
from ..models.qualifier import Qualifier
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ObservationCreate")



@_attrs_define
class ObservationCreate:
    """ A new observation.

        Attributes:
            key (str):
            jurisdiction (str):
            metric (str):
            value (float):
            text_as_written (str):
            source (str):
            period_start (datetime.date | None | Unset):
            period_end (datetime.date | None | Unset):
            frequency (None | str | Unset):
            qualifier (Qualifier | Unset): How exact the source says a figure is.
            status (ObservationStatus | Unset): Where a figure comes from.
            strategy (None | str | Unset):
            note (None | str | Unset):
     """

    key: str
    jurisdiction: str
    metric: str
    value: float
    text_as_written: str
    source: str
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    frequency: None | str | Unset = UNSET
    qualifier: Qualifier | Unset = UNSET
    status: ObservationStatus | Unset = UNSET
    strategy: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        jurisdiction = self.jurisdiction

        metric = self.metric

        value = self.value

        text_as_written = self.text_as_written

        source = self.source

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        qualifier: str | Unset = UNSET
        if not isinstance(self.qualifier, Unset):
            qualifier = self.qualifier.value


        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        strategy: None | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        else:
            strategy = self.strategy

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "key": key,
            "jurisdiction": jurisdiction,
            "metric": metric,
            "value": value,
            "text_as_written": text_as_written,
            "source": source,
        })
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if status is not UNSET:
            field_dict["status"] = status
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        jurisdiction = d.pop("jurisdiction")

        metric = d.pop("metric")

        value = d.pop("value")

        text_as_written = d.pop("text_as_written")

        source = d.pop("source")

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)



                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))


        def _parse_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)



                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))


        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))


        _qualifier = d.pop("qualifier", UNSET)
        qualifier: Qualifier | Unset
        if isinstance(_qualifier,  Unset):
            qualifier = UNSET
        else:
            qualifier = Qualifier(_qualifier)




        _status = d.pop("status", UNSET)
        status: ObservationStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ObservationStatus(_status)




        def _parse_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        observation_create = cls(
            key=key,
            jurisdiction=jurisdiction,
            metric=metric,
            value=value,
            text_as_written=text_as_written,
            source=source,
            period_start=period_start,
            period_end=period_end,
            frequency=frequency,
            qualifier=qualifier,
            status=status,
            strategy=strategy,
            note=note,
        )

        return observation_create

