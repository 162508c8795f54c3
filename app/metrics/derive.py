"""Derived figures: computed from seeded observations, never typed in, and served as
observations with status `derived`, their inputs and formula."""

from typing import Any

from app.core.inputs import Input
from app.metrics.models import Qualifier
from app.metrics.schemas import DerivedSeed

# How a ratio's qualifier follows from its inputs': the numerator's hedge carries over; a
# denominator "more than" makes the ratio "less than" (and the reverse); any other mix is
# "approximately".
_DENOMINATOR = {Qualifier.more_than: Qualifier.less_than, Qualifier.less_than: Qualifier.more_than}


def ratio_qualifier(numerator: Qualifier, denominator: Qualifier) -> Qualifier:
    """The qualifier of numerator / denominator."""
    if denominator == Qualifier.exact:
        return numerator
    if numerator == Qualifier.exact:
        return _DENOMINATOR.get(denominator, Qualifier.approximately)
    return Qualifier.approximately


def derive(definition: DerivedSeed, by_key: dict[str, Input]) -> dict[str, Any]:
    """The observation values of one derived figure."""
    numerator, denominator = (by_key[k] for k in definition.inputs)
    return {
        "key": definition.key,
        "jurisdiction": numerator.jurisdiction,
        "metric": definition.metric,
        "period_start": numerator.period_start,
        "period_end": numerator.period_end,
        "frequency": numerator.frequency,
        "value": numerator.value / denominator.value,
        "qualifier": ratio_qualifier(numerator.qualifier, denominator.qualifier),
        "text_as_written": f"{numerator.text_as_written} / {denominator.text_as_written}",
        "source": numerator.source,
        "inputs": list(definition.inputs),
        "formula": f"ratio = {definition.inputs[0]} / {definition.inputs[1]}",
        "note": definition.note,
    }
