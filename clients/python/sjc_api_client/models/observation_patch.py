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






T = TypeVar("T", bound="ObservationPatch")



@_attrs_define
class ObservationPatch:
    """ A JSON merge patch: members present replace the stored values.

        Attributes:
            key (None | str | Unset):
            jurisdiction (None | str | Unset):
            metric (None | str | Unset):
            period_start (datetime.date | None | Unset):
            period_end (datetime.date | None | Unset):
            frequency (None | str | Unset):
            value (float | None | Unset):
            qualifier (None | Qualifier | Unset):
            status (None | ObservationStatus | Unset):
            text_as_written (None | str | Unset):
            source (None | str | Unset):
            strategy (None | str | Unset):
            note (None | str | Unset):
     """

    key: None | str | Unset = UNSET
    jurisdiction: None | str | Unset = UNSET
    metric: None | str | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    frequency: None | str | Unset = UNSET
    value: float | None | Unset = UNSET
    qualifier: None | Qualifier | Unset = UNSET
    status: None | ObservationStatus | Unset = UNSET
    text_as_written: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    strategy: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        jurisdiction: None | str | Unset
        if isinstance(self.jurisdiction, Unset):
            jurisdiction = UNSET
        else:
            jurisdiction = self.jurisdiction

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

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

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        qualifier: None | str | Unset
        if isinstance(self.qualifier, Unset):
            qualifier = UNSET
        elif isinstance(self.qualifier, Qualifier):
            qualifier = self.qualifier.value
        else:
            qualifier = self.qualifier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ObservationStatus):
            status = self.status.value
        else:
            status = self.status

        text_as_written: None | str | Unset
        if isinstance(self.text_as_written, Unset):
            text_as_written = UNSET
        else:
            text_as_written = self.text_as_written

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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
        })
        if key is not UNSET:
            field_dict["key"] = key
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if metric is not UNSET:
            field_dict["metric"] = metric
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if value is not UNSET:
            field_dict["value"] = value
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if status is not UNSET:
            field_dict["status"] = status
        if text_as_written is not UNSET:
            field_dict["text_as_written"] = text_as_written
        if source is not UNSET:
            field_dict["source"] = source
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))


        def _parse_jurisdiction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jurisdiction = _parse_jurisdiction(d.pop("jurisdiction", UNSET))


        def _parse_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric = _parse_metric(d.pop("metric", UNSET))


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


        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))


        def _parse_qualifier(data: object) -> None | Qualifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualifier_type_0 = Qualifier(data)



                return qualifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qualifier | Unset, data)

        qualifier = _parse_qualifier(d.pop("qualifier", UNSET))


        def _parse_status(data: object) -> None | ObservationStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ObservationStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObservationStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_text_as_written(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_as_written = _parse_text_as_written(d.pop("text_as_written", UNSET))


        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


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


        observation_patch = cls(
            key=key,
            jurisdiction=jurisdiction,
            metric=metric,
            period_start=period_start,
            period_end=period_end,
            frequency=frequency,
            value=value,
            qualifier=qualifier,
            status=status,
            text_as_written=text_as_written,
            source=source,
            strategy=strategy,
            note=note,
        )

        return observation_patch

