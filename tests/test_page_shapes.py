"""A plain list page runs the statement its spec keeps for the page's shape, the filter and
cursor values bound as parameters (app/lists/engine.py:Filtered): every page it gives, and
every next cursor, is the one the statement built for the request with its values inline
gives, on SQLite and PostgreSQL."""

from collections.abc import Callable, Iterator
from datetime import date
from email.utils import format_datetime
from itertools import combinations
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select
from sqlalchemy.dialects import postgresql
from sqlmodel import Session

from app.articles import service as articles
from app.core import version
from app.core.db import build_engine
from app.core.refs import Related
from app.jurisdictions import service as jurisdictions
from app.jurisdictions.models import Jurisdiction
from app.lists.engine import ListParams, ListSpec, run_list
from app.metrics import service as metrics
from app.metrics.models import Observation
from tests.helpers import API


@pytest.fixture(scope="module")
def session(seeded_url: str) -> Iterator[Session]:
    """A session on the seeded suite database."""
    engine = build_engine(seeded_url)
    with Session(engine) as opened:
        yield opened
    engine.dispose()


def _pages(
    session: Session, spec: ListSpec, values: dict[str, Any], sort: str | None, shaped: bool
) -> list[Any]:
    """Up to four pages of three rows (items and next cursor), following the cursors."""
    out: list[Any] = []
    cursor = None
    for _ in range(4):
        params = ListParams(limit=3, cursor=cursor, sort=sort)
        stmt = spec.filtered(values) if shaped else spec.select(values)
        page = run_list(session, spec, stmt, params)
        out.append((page.items, page.next_cursor))
        cursor = page.next_cursor
        if cursor is None:
            break
    return out


def _combinations(given: dict[str, Any]) -> Iterator[dict[str, Any]]:
    names = list(given)
    for size in range(len(names) + 1):
        for chosen in combinations(names, size):
            yield {name: given[name] for name in chosen}


def _compare(session: Session, spec: ListSpec, given: dict[str, Any]) -> int:
    compared = 0
    for values in _combinations(given):
        for sort in [None, *spec.sorts, *(f"-{name}" for name in spec.sorts)]:
            shaped = _pages(session, spec, values, sort, shaped=True)
            assert shaped == _pages(session, spec, values, sort, shaped=False), (values, sort)
            compared += sum(len(items) for items, _ in shaped)
    return compared


def test_jurisdiction_pages_of_every_shape_are_the_inline_statements_pages(
    session: Session,
) -> None:
    given = {"state": "WI", "kind": "county", "action_area": "pretrial", "network": None}
    assert _compare(session, jurisdictions.SPEC, given) > 100


def test_observation_pages_of_every_shape_are_the_inline_statements_pages(
    session: Session,
) -> None:
    first = session.execute(
        select(Observation.metric_key, Observation.period_start).limit(1)
    ).first()
    assert first is not None
    jurisdiction = session.execute(
        select(Jurisdiction.slug)
        .join(Observation, Observation.jurisdiction_id == Jurisdiction.id)
        .limit(1)
    ).scalar_one()
    given = {
        "jurisdiction": jurisdiction,
        "metric": first.metric_key,
        "from": date(2015, 1, 1),
        "to": date(2030, 12, 31),
    }
    assert _compare(session, metrics.OBSERVATIONS, given) > 100


def test_a_shape_is_built_once(session: Session) -> None:
    spec = jurisdictions.SPEC
    spec.__dict__.pop("_pages", None)
    for state in ("WI", "CA", "GA"):
        run_list(session, spec, spec.filtered({"state": state}), ListParams(limit=2))
    assert len(spec.__dict__["_pages"]) == 1


def test_a_shaped_page_reads_the_change_time_with_its_rows(session: Session) -> None:
    spec = jurisdictions.SPEC
    page = run_list(session, spec, spec.filtered({"state": "WI"}), ListParams(limit=2))
    assert page.items and page.changed_read
    assert page.changed_at == version.changed_at(session) is not None
    empty = run_list(session, spec, spec.filtered({"state": "ZZ"}), ListParams(limit=2))
    assert not empty.items and not empty.changed_read  # the response asks separately


def test_a_list_answers_last_modified_from_its_page_or_by_itself(
    client: TestClient, session: Session
) -> None:
    expected = format_datetime(version.changed_at(session), usegmt=True)  # type: ignore[arg-type]
    session.rollback()
    for url in ("/jurisdictions?state=WI&limit=2", "/jurisdictions?state=ZZ"):
        assert client.get(API + url).headers["Last-Modified"] == expected


def _without_riders(spec: ListSpec, pages: Callable[[], Any]) -> Any:
    """`pages()` with the spec's riders taken off (its rows' lookups made after the page)."""
    riders, spec.riders = spec.riders, ()
    spec.__dict__.pop("_pages", None)
    try:
        return pages()
    finally:
        spec.riders = riders
        spec.__dict__.pop("_pages", None)


@pytest.mark.parametrize(
    ("spec", "given"),
    [
        (jurisdictions.SPEC, {"state": "WI", "kind": "county", "action_area": "pretrial"}),
        (metrics.OBSERVATIONS, {"metric": "average_daily_population", "from": date(2015, 1, 1)}),
        (articles.SPEC, {"action_area": "diversion", "author": "ashley-krider"}),
    ],
    ids=["jurisdictions", "observations", "articles"],
)
def test_pages_with_riders_are_the_pages_with_lookups(
    session: Session, spec: ListSpec, given: dict[str, Any]
) -> None:
    """On PostgreSQL a page reads what its rows show of other tables in its own statement
    (`ListSpec.riders`; a filter joining the same tables included); the items are those the
    lookups after the page give. On SQLite there are no riders to compare."""
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("riders ride on PostgreSQL pages only")
    compared = 0
    for values in _combinations(given):
        for sort in [None, *(f"-{name}" for name in spec.sorts)]:
            riding = _pages(session, spec, values, sort, shaped=True)
            looked_up = _without_riders(
                spec, lambda v=values, s=sort: _pages(session, spec, v, s, shaped=True)
            )
            assert riding == looked_up, (values, sort)
            compared += sum(len(items) for items, _ in riding)
    assert compared >= 20


def test_a_postgresql_page_needs_no_query_after_it(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page of jurisdictions, observations or articles on PostgreSQL is one statement: the
    lookups its rows would otherwise need are not made (they would fail here)."""
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("riders ride on PostgreSQL pages only")

    def refused(*_: Any) -> Any:
        raise AssertionError("a lookup after the page")

    monkeypatch.setattr(Related, "values", refused)  # action areas, strategy slugs
    monkeypatch.setattr(Related, "load", refused)  # jurisdiction names, authors
    monkeypatch.setattr(metrics, "plain_rows", refused)  # units
    for spec in (jurisdictions.SPEC, metrics.OBSERVATIONS, articles.SPEC):
        page = run_list(session, spec, spec.filtered({}), ListParams(limit=2))
        assert len(page.items) == 2


def test_the_action_areas_rider_keeps_the_lookups_order() -> None:
    """The seeded areas come back in slug order either way, so the order is checked in the
    SQL: the rider aggregates in the relation's order (slug), as its lookup sorts."""
    sql = str(jurisdictions.AREAS_RIDER.compile(dialect=postgresql.dialect()))
    assert "json_agg(action_area.slug ORDER BY action_area.slug)" in sql
    assert "WHERE jurisdiction_action_area.jurisdiction_id = jurisdiction.id" in sql


def test_the_authors_rider_keeps_the_byline_order() -> None:
    """An article's authors ride in their byline order (`position`), as their lookup sorts."""
    sql = str(articles.AUTHORS_RIDER.compile(dialect=postgresql.dialect()))
    assert "ORDER BY article_author.position)" in sql
    assert "WHERE article_author.article_id = article.id" in sql


def test_a_jurisdictions_observations_are_read_in_order_from_an_index(session: Session) -> None:
    """The page of one jurisdiction's observations in the default (key) order walks the index
    on (jurisdiction, key), with no sort step (SQLite's plan; PostgreSQL's planner prefers
    another index on tables this small, so there the index is checked to exist)."""
    conn = session.connection()
    found = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("observation")}
    assert found["ix_observation_jurisdiction_id_key"] == ["jurisdiction_id", "key"]
    if conn.dialect.name != "sqlite":
        return
    page = metrics.OBSERVATIONS.page(("jurisdiction",), (("id", False),), False, 100)
    compiled = page.compile(dialect=conn.dialect)
    values = compiled.construct_params({"_f_jurisdiction": "milwaukee-county-wi"})
    positional = tuple(values[name] for name in compiled.positiontup or ())
    rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", positional).all()
    plan = " | ".join(str(row[-1]) for row in rows)
    assert "ix_observation_jurisdiction_id_key" in plan and "TEMP B-TREE" not in plan, plan
