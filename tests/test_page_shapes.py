"""A plain list page runs the statement its spec keeps for the page's shape, the filter and
cursor values bound as parameters (app/lists/engine.py:Filtered): every page it gives, and
every next cursor, is the one the statement built for the request with its values inline
gives, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import date
from email.utils import format_datetime
from itertools import combinations
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlmodel import Session

from app.core import version
from app.core.db import build_engine
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
