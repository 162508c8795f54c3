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

if TYPE_CHECKING:
  from ..models.metric_public import MetricPublic
  from ..models.ref import Ref
  from ..models.source_public import SourcePublic





T = TypeVar("T", bound="ObservationPublicRow")



@_attrs_define
class ObservationPublicRow:
    """ A figure with its period, qualifier, text as written and source.

        Attributes:
            id (str): Stable id.
            jurisdiction (Ref | Unset): A short reference to a related resource.
            metric (str | Unset): Metric key (see /metrics).
            unit (str | Unset): Unit of the value.
            period_start (datetime.date | None | Unset): First day of the period; null when the source gives none.
            period_end (datetime.date | None | Unset): Last day of the period; null when the source gives none.
            frequency (None | str | Unset): Length of the period (year, quarter, month, day).
            value (float | Unset): The value; reductions are negative.
            qualifier (Qualifier | Unset): How exact the source says a figure is.
            status (ObservationStatus | Unset): Where a figure comes from.
            text_as_written (str | Unset): The figure exactly as the source writes it.
            source_id (str | Unset): Passage it comes from (see /sources/{id}).
            strategy (None | str | Unset): Slug of the strategy it measures, if any.
            note (None | str | Unset): What was inferred, and why.
            inputs (list[str] | None | Unset): Derived figures: ids of the observations it is computed from.
            formula (None | str | Unset): Derived figures: how it is computed (e.g. ratio = inputs[0] / inputs[1]).
            source (None | SourcePublic | Unset): Only with `include=source`.
            metric_definition (MetricPublic | None | Unset): Only with `include=metric_definition`.
     """

    id: str
    jurisdiction: Ref | Unset = UNSET
    metric: str | Unset = UNSET
    unit: str | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    frequency: None | str | Unset = UNSET
    value: float | Unset = UNSET
    qualifier: Qualifier | Unset = UNSET
    status: ObservationStatus | Unset = UNSET
    text_as_written: str | Unset = UNSET
    source_id: str | Unset = UNSET
    strategy: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    inputs: list[str] | None | Unset = UNSET
    formula: None | str | Unset = UNSET
    source: None | SourcePublic | Unset = UNSET
    metric_definition: MetricPublic | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.metric_public import MetricPublic # noqa: PLC0415
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.source_public import SourcePublic # noqa: PLC0415
        id = self.id

        jurisdiction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jurisdiction, Unset):
            jurisdiction = self.jurisdiction.to_dict()

        metric = self.metric

        unit = self.unit

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

        value = self.value

        qualifier: str | Unset = UNSET
        if not isinstance(self.qualifier, Unset):
            qualifier = self.qualifier.value


        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        text_as_written = self.text_as_written

        source_id = self.source_id

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

        inputs: list[str] | None | Unset
        if isinstance(self.inputs, Unset):
            inputs = UNSET
        elif isinstance(self.inputs, list):
            inputs = self.inputs


        else:
            inputs = self.inputs

        formula: None | str | Unset
        if isinstance(self.formula, Unset):
            formula = UNSET
        else:
            formula = self.formula

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourcePublic):
            source = self.source.to_dict()
        else:
            source = self.source

        metric_definition: dict[str, Any] | None | Unset
        if isinstance(self.metric_definition, Unset):
            metric_definition = UNSET
        elif isinstance(self.metric_definition, MetricPublic):
            metric_definition = self.metric_definition.to_dict()
        else:
            metric_definition = self.metric_definition


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if metric is not UNSET:
            field_dict["metric"] = metric
        if unit is not UNSET:
            field_dict["unit"] = unit
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
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if note is not UNSET:
            field_dict["note"] = note
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if formula is not UNSET:
            field_dict["formula"] = formula
        if source is not UNSET:
            field_dict["source"] = source
        if metric_definition is not UNSET:
            field_dict["metric_definition"] = metric_definition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_public import MetricPublic # noqa: PLC0415
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.source_public import SourcePublic # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        _jurisdiction = d.pop("jurisdiction", UNSET)
        jurisdiction: Ref | Unset
        if isinstance(_jurisdiction,  Unset):
            jurisdiction = UNSET
        else:
            jurisdiction = Ref.from_dict(_jurisdiction)




        metric = d.pop("metric", UNSET)

        unit = d.pop("unit", UNSET)

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


        value = d.pop("value", UNSET)

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




        text_as_written = d.pop("text_as_written", UNSET)

        source_id = d.pop("source_id", UNSET)

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


        def _parse_inputs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inputs_type_0 = cast(list[str], data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        inputs = _parse_inputs(d.pop("inputs", UNSET))


        def _parse_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formula = _parse_formula(d.pop("formula", UNSET))


        def _parse_source(data: object) -> None | SourcePublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SourcePublic.from_dict(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourcePublic | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_metric_definition(data: object) -> MetricPublic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metric_definition_type_0 = MetricPublic.from_dict(data)



                return metric_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPublic | None | Unset, data)

        metric_definition = _parse_metric_definition(d.pop("metric_definition", UNSET))


        observation_public_row = cls(
            id=id,
            jurisdiction=jurisdiction,
            metric=metric,
            unit=unit,
            period_start=period_start,
            period_end=period_end,
            frequency=frequency,
            value=value,
            qualifier=qualifier,
            status=status,
            text_as_written=text_as_written,
            source_id=source_id,
            strategy=strategy,
            note=note,
            inputs=inputs,
            formula=formula,
            source=source,
            metric_definition=metric_definition,
        )


        observation_public_row.additional_properties = d
        return observation_public_row

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
