"""Unit tests of the declarations the list engine and the seeder run on: filter objects (the
SQL condition and the `as_of` test agree), the series math (aggregations and transforms), and
the seed steps (through the domains' own save paths)."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from app.core.db import build_engine
from app.core.errors import InvalidParameterError
from app.jurisdictions import service as jurisdictions
from app.lists.engine import ListParams, ListSpec
from app.metrics import service as metrics
from app.metrics.aggregations import AGGREGATIONS, Bucket
from app.metrics.transforms import TRANSFORMS
from app.search.lists import _reads_every_match
from app.search.plans import Plan
from app.seed import writer as seed_writer

Q1 = Bucket("2020-Q1", date(2020, 1, 1), date(2020, 3, 31))


def row(start: str, end: str, value: float) -> Any:
    """An observation row as the series reads it."""
    return SimpleNamespace(
        period_start=date.fromisoformat(start), period_end=date.fromisoformat(end), value=value
    )


@pytest.fixture(scope="module")
def seeded(seeded_url: str) -> Iterator[Engine]:
    engine = build_engine(seeded_url)
    yield engine
    engine.dispose()  # close its connections (a pooled one left open warns on PostgreSQL)


def keys_by_sql(session: Session, spec: ListSpec, values: dict[str, Any]) -> set[str]:
    stmt = spec.select(values).with_only_columns(spec.key)
    return {str(k) for k in session.execute(stmt).scalars()}


def views(session: Session, spec: ListSpec, detail: Any) -> dict[str, dict[str, Any]]:
    keys = keys_by_sql(session, spec, {})
    return {key: detail(session, key) for key in keys}


CASES = [
    (
        jurisdictions.SPEC,
        lambda s, k: jurisdictions.get_profile(s, slug=k),
        [
            {"state": "WI"},
            {"kind": "county"},
            {"kind": "state"},
            {"action_area": "reentry"},
            {"network": "impact-network"},
            {"state": "WI", "action_area": "courts"},
            {"state": "ZZ"},
        ],
    ),
    (
        metrics.OBSERVATIONS,
        lambda s, k: metrics.get_observation(s, key=k),
        [
            {"jurisdiction": "milwaukee-county-wi"},
            {"metric": "jail_bookings"},
            {"from": date(2016, 1, 1)},
            {"to": date(2015, 12, 31)},
            {
                "jurisdiction": "milwaukee-county-wi",
                "from": date(2014, 1, 1),
                "to": date(2019, 1, 1),
            },
        ],
    ),
]


@pytest.mark.parametrize(
    ("spec", "detail", "filters"), CASES, ids=["jurisdictions", "observations"]
)
def test_sql_and_as_of_filters_agree(
    seeded: Engine, spec: ListSpec, detail: Any, filters: list[dict[str, Any]]
) -> None:
    with Session(seeded) as session:
        everything = views(session, spec, detail)
        nonempty = 0
        for values in filters:
            by_sql = keys_by_sql(session, spec, values)
            matches = spec.matcher(values)
            by_view = {key for key, view in everything.items() if matches(view)}
            assert by_sql == by_view, values
            assert by_sql < set(everything) or values == {}, values  # each filter narrows
            nonempty += bool(by_sql)
        assert nonempty >= len(filters) - 1  # the cases are not vacuous


def test_no_value_means_no_filter(seeded: Engine) -> None:
    with Session(seeded) as session:
        every = keys_by_sql(session, jurisdictions.SPEC, {})
        assert keys_by_sql(session, jurisdictions.SPEC, {"state": None, "kind": ""}) == every
    assert jurisdictions.SPEC.matcher({"state": None})({"state": "WI"})


def test_unknown_filter_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        jurisdictions.SPEC.select({"planet": "mars"})


def test_aggregations_weigh_days_and_keep_whole_periods() -> None:
    rows = [row("2020-01-01", "2020-01-31", 10), row("2020-02-15", "2020-04-15", 40)]
    # January: 31 days at 10; February 15 to March 31: 46 days at 40.
    assert AGGREGATIONS["mean"].value(Q1, rows) == pytest.approx((31 * 10 + 46 * 40) / 77)
    assert AGGREGATIONS["sum"].value(Q1, rows) == 10  # the second period runs past the bucket
    assert AGGREGATIONS["last"].value(Q1, rows) == 40
    assert AGGREGATIONS["max"].value(Q1, rows) == 40
    for agg in AGGREGATIONS.values():
        assert agg.value(Q1, [row("2021-01-01", "2021-12-31", 5)]) is None
        assert agg.method  # the sentence the series' meta states


def bucket(period: str, value: float | None) -> dict[str, Any]:
    return {
        "period": period,
        "period_start": date(int(period), 1, 1),
        "period_end": date(int(period), 12, 31),
        "value": value,
        "missing": value is None,
    }


def test_rebased_transforms_use_the_first_value_or_the_named_baseline() -> None:
    data = [bucket("2018", None), bucket("2019", 200.0), bucket("2020", 150.0)]
    assert TRANSFORMS["change_from_baseline"].apply(data, None, lambda m: []) == "2019"
    assert [d["value"] for d in data] == [None, 0.0, -25.0]
    data = [bucket("2019", 200.0), bucket("2020", 150.0)]
    assert TRANSFORMS["index"].apply(data, "2020", lambda m: []) == "2020"
    assert [d["value"] for d in data] == [pytest.approx(133.333333), 100.0]
    with pytest.raises(InvalidParameterError, match="not one of this series' periods"):
        TRANSFORMS["index"].apply([bucket("2019", 1.0)], "1999", lambda m: [])
    with pytest.raises(InvalidParameterError, match="has no non-zero value"):
        TRANSFORMS["index"].apply([bucket("2019", 0.0)], None, lambda m: [])


def test_per_100k_reads_the_population_once_and_names_what_is_missing() -> None:
    asked: list[str] = []

    def rows(metric: str) -> list[Any]:
        asked.append(metric)
        return [row("2019-01-01", "2019-12-31", 500_000), row("2019-07-01", "2020-06-30", 1e6)]

    data = [bucket("2019", 50.0), bucket("2020", 20.0)]
    TRANSFORMS["per_100k"].apply(data, None, rows)
    assert asked == ["resident_population"]  # one query for the whole series
    assert [d["value"] for d in data] == [5.0, 2.0]  # 2019: the one that ends last
    with pytest.raises(InvalidParameterError, match="missing for: 2021"):
        TRANSFORMS["per_100k"].apply([bucket("2021", 1.0)], None, rows)
    assert TRANSFORMS["per_100k"].unit("bookings") == "bookings per 100,000 residents"


def test_every_seed_collection_is_written_by_a_step() -> None:
    collections = {step.collection for step in seed_writer.STEPS}
    bundle_fields = set(seed_writer.SeedBundle.__dataclass_fields__)
    assert collections == bundle_fields
    orgs = [SimpleNamespace(slug="c", parent="b"), SimpleNamespace(slug="b", parent="a")]
    orgs.append(SimpleNamespace(slug="a", parent=None))
    assert [o.slug for o in seed_writer.parents_first(orgs)] == ["a", "b", "c"]


def test_only_reads_of_every_match_leave_the_event_loop() -> None:
    # A page runs on the loop; whatever reads every matching row runs in a worker thread.
    # A `q=` does too, unless its plan probes only the page's rows (search/plans.py).
    page = ListParams(limit=50)
    probe, walk = (Plan(name, None, {}) for name in ("probe", "walk"))
    assert not _reads_every_match(page, None, None)
    paged = replace(page, cursor="abc", sort="-name", include=("x",))
    assert not _reads_every_match(paged, None, None)
    assert not _reads_every_match(replace(page, q="jail"), None, probe)
    for heavy in (
        replace(page, q="jail"),
        replace(page, count=True),
        replace(page, facets=("state",)),
        replace(page, format="csv"),
        replace(page, format="ndjson"),
    ):
        assert _reads_every_match(heavy, None, None), heavy
        assert _reads_every_match(heavy, None, walk), heavy
    assert _reads_every_match(page, datetime(2026, 1, 1, tzinfo=UTC), None)  # as_of
