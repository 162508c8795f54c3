"""A request's read session (`core/db.py:ReadSession`): its ORM and Core statements share one
pooled connection, taken at the first statement and given back at close, with no ORM
transaction begun; what it does not cover is served as a Session serves it."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, inspect, select, text

from app.core.config import get_settings
from app.core.db import ReadSession, build_engine, reading
from app.main import create_app
from app.models import Jurisdiction


class Checkouts:
    """Connections taken from an engine's pool: in all, at most at once, and still out."""

    def __init__(self) -> None:
        self.taken = self.out = self.most = 0

    def checkout(self, *_: Any) -> None:
        self.taken += 1
        self.out += 1
        self.most = max(self.most, self.out)

    def checkin(self, *_: Any) -> None:
        self.out -= 1


@contextmanager
def counted(engine: Engine) -> Iterator[Checkouts]:
    """Count the pool's checkouts and checkins while the block runs."""
    counts = Checkouts()
    event.listen(engine, "checkout", counts.checkout)
    event.listen(engine, "checkin", counts.checkin)
    try:
        yield counts
    finally:
        event.remove(engine, "checkout", counts.checkout)
        event.remove(engine, "checkin", counts.checkin)


@pytest.fixture
def engine(seeded_url: str) -> Iterator[Engine]:
    """An engine of the suite's seeded database (read engine options as requests get them)."""
    built = build_engine(seeded_url)
    yield reading(built)
    built.dispose()


def test_orm_and_core_reads_share_one_connection(engine: Engine) -> None:
    with counted(engine) as counts:
        session = ReadSession(engine)
        first = session.connection()
        name = session.scalars(select(Jurisdiction).limit(1)).first()
        slug = session.execute(text("SELECT slug FROM jurisdiction LIMIT 1")).scalar()
        assert session.connection() is first
        assert name is not None and slug is not None
        assert (counts.taken, counts.out) == (1, 1)
        assert not session.in_transaction()  # no ORM transaction was begun
        session.close()
        assert (counts.taken, counts.out) == (1, 0)


def test_orm_objects_load_on_the_same_connection(engine: Engine) -> None:
    with counted(engine) as counts:
        session = ReadSession(engine)
        found = session.scalars(select(Jurisdiction).limit(3)).all()
        assert len(found) == 3 and all(j.slug for j in found)
        assert session.get(Jurisdiction, found[0].id) is found[0]  # the identity map works
        session.close()
    assert (counts.taken, counts.most, counts.out) == (1, 1, 0)


def test_closing_detaches_what_the_session_loaded_and_a_core_read_leaves_nothing(
    engine: Engine,
) -> None:
    session = ReadSession(engine)
    found = session.scalars(select(Jurisdiction).limit(1)).one()
    session.close()
    assert inspect(found).detached and not session.identity_map
    core = ReadSession(engine)
    assert core.execute(text("SELECT 1")).scalar() == 1
    core.close()
    assert not core.identity_map and core._read is None and not core.in_transaction()


def test_no_connection_is_taken_by_a_session_that_reads_nothing(engine: Engine) -> None:
    with counted(engine) as counts:
        ReadSession(engine).close()
    assert counts.taken == 0


def test_a_session_closed_after_a_failed_statement_gives_its_connection_back(
    engine: Engine,
) -> None:
    with counted(engine) as counts:
        session = ReadSession(engine)
        with pytest.raises(Exception, match="no_such_table"):
            session.execute(text("SELECT * FROM no_such_table"))
        session.close()
        session = ReadSession(engine)
        assert session.execute(text("SELECT 1")).scalar() == 1
        session.close()
    assert counts.out == 0


def test_execution_options_are_served_as_a_session_serves_them(engine: Engine) -> None:
    session = ReadSession(engine)
    plain = session.connection()
    optioned = session.connection(execution_options={"stream_results": False})
    assert optioned is not plain  # the ORM's own transaction, as a Session would begin
    assert session.in_transaction()
    session.close()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/jurisdictions/milwaukee-county-wi",
        "/api/v1/jurisdictions?include=networks",
        "/api/v1/observations?jurisdiction=milwaukee-county-wi",
        "/api/v1/articles?q=jail",
    ],
)
def test_a_request_reads_on_one_connection(seeded_url: str, path: str) -> None:
    """ORM lookups and Core pages of one request share its one connection, given back after
    (the response cache off, so that every request reads)."""
    app = create_app(get_settings().model_copy(update={"response_cache_mb": 0}))
    with TestClient(app) as client:
        client.get("/healthz")
        with counted(reading(app.state.databases.primary)) as counts:
            answer = client.get(path)
    assert answer.status_code == 200, answer.text
    assert counts.taken >= 1
    assert counts.most == 1
    assert counts.out == 0
