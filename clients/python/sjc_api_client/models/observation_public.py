from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.observation_status import ObservationStatus
from ..models.qualifier import Qualifier
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="ObservationPublic")



@_attrs_define
class ObservationPublic:
    """ A figure with its period, qualifier, text as written and source.

        Attributes:
            id (str): Stable id.
            jurisdiction (Ref): A short reference to a related resource.
            metric (str): Metric key (see /metrics).
            unit (str): Unit of the value.
            period_start (datetime.date | None): First day of the period; null when the source gives none.
            period_end (datetime.date | None): Last day of the period; null when the source gives none.
            frequency (None | str): Length of the period (year, quarter, month, day).
            value (float): The value; reductions are negative.
            qualifier (Qualifier): How exact the source says a figure is.
            status (ObservationStatus): Where a figure comes from.
            text_as_written (str): The figure exactly as the source writes it.
            source_id (str): Passage it comes from (see /sources/{id}).
            strategy (None | str): Slug of the strategy it measures, if any.
            note (None | str): What was inferred, and why.
            inputs (list[str] | None): Derived figures: ids of the observations it is computed from.
            formula (None | str): Derived figures: how it is computed (e.g. ratio = inputs[0] / inputs[1]).
     """

    id: str
    jurisdiction: Ref
    metric: str
    unit: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    frequency: None | str
    value: float
    qualifier: Qualifier
    status: ObservationStatus
    text_as_written: str
    source_id: str
    strategy: None | str
    note: None | str
    inputs: list[str] | None
    formula: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        id = self.id

        jurisdiction = self.jurisdiction.to_dict()

        metric = self.metric

        unit = self.unit

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

        frequency: None | str
        frequency = self.frequency

        value = self.value

        qualifier = self.qualifier.value

        status = self.status.value

        text_as_written = self.text_as_written

        source_id = self.source_id

        strategy: None | str
        strategy = self.strategy

        note: None | str
        note = self.note

        inputs: list[str] | None
        if isinstance(self.inputs, list):
            inputs = self.inputs


        else:
            inputs = self.inputs

        formula: None | str
        formula = self.formula


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "jurisdiction": jurisdiction,
            "metric": metric,
            "unit": unit,
            "period_start": period_start,
            "period_end": period_end,
            "frequency": frequency,
            "value": value,
            "qualifier": qualifier,
            "status": status,
            "text_as_written": text_as_written,
            "source_id": source_id,
            "strategy": strategy,
            "note": note,
            "inputs": inputs,
            "formula": formula,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        jurisdiction = Ref.from_dict(d.pop("jurisdiction"))




        metric = d.pop("metric")

        unit = d.pop("unit")

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


        def _parse_frequency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        frequency = _parse_frequency(d.pop("frequency"))


        value = d.pop("value")

        qualifier = Qualifier(d.pop("qualifier"))




        status = ObservationStatus(d.pop("status"))




        text_as_written = d.pop("text_as_written")

        source_id = d.pop("source_id")

        def _parse_strategy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strategy = _parse_strategy(d.pop("strategy"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        def _parse_inputs(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inputs_type_0 = cast(list[str], data)

                return inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        inputs = _parse_inputs(d.pop("inputs"))


        def _parse_formula(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        formula = _parse_formula(d.pop("formula"))


        observation_public = cls(
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
        )


        observation_public.additional_properties = d
        return observation_public

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
