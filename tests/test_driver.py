"""Reads through the driver (`core/driver.py`, and the related rows of `core/refs.py`): a list
page's rows are the rows SQLAlchemy gives, value for value and type for type, for every list
and page shape; a driver error comes out as SQLAlchemy's error (so a lost connection is a 503
and the pool is renewed), never as the driver's own."""

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, exc, select, text
from sqlmodel import Session, col

from app.core import driver
from app.core.db import ReadSession, build_engine, reading
from app.core.failures import is_unavailable
from app.core.refs import plain_rows
from app.jurisdictions import service as jurisdictions
from app.lists.engine import ListSpec, parse_sort
from app.metrics import service as metrics
from app.metrics.models import Observation
from app.resources.registry import exports
from tests.conftest import IS_POSTGRES

SPECS = sorted(exports().items())


@pytest.fixture(scope="module")
def engine(seeded_url: str) -> Iterator[Engine]:
    """A read engine of its own on the seeded suite database."""
    own = build_engine(seeded_url)
    yield reading(own)
    own.dispose()


def _values(spec: ListSpec, session: Session) -> dict[str, Any]:
    """A value for each filter of the spec that the seeded rows give (the first row's)."""
    first = session.execute(select(spec.model).limit(1)).scalars().first()
    found = {}
    for name in spec.filters:
        value = getattr(first, name, None)
        if isinstance(value, str | int | date) and not isinstance(value, bool):
            found[name] = value
    return found


def _both(session: Session, stmt: Any, values: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    conn = session.connection()
    return driver.statement_rows(conn, stmt, values), list(conn.execute(stmt, values).all())


@pytest.mark.parametrize(("name", "spec"), SPECS, ids=[name for name, _ in SPECS])
def test_a_page_read_through_the_driver_is_the_page_sqlalchemy_reads(
    engine: Engine, name: str, spec: ListSpec
) -> None:
    sort = tuple(parse_sort(spec, None))
    with ReadSession(engine) as session:
        given = _values(spec, session)
        first = spec.page((), sort, False, 3)
        assert driver.compiled(first, engine.dialect) is not None
        start = list(session.connection().execute(first).all())
        after = {f"_c{i}": v for i, v in enumerate(start[-1][-len(sort) :])} if start else {}
        shapes: list[tuple[tuple[str, ...], bool, int, dict[str, Any]]] = [
            ((), False, 50, {}),
            ((), bool(after), 3, after),
        ]
        if given:
            shapes.append((tuple(given), False, 10, {f"_f_{n}": v for n, v in given.items()}))
        for active, cursor, limit, values in shapes:
            ours, theirs = _both(session, spec.page(active, sort, cursor, limit), values)
            assert [tuple(r) for r in ours] == [tuple(r) for r in theirs]
            assert [list(map(type, r)) for r in ours] == [list(map(type, r)) for r in theirs]
            assert all(r._fields == tuple(theirs[0]._fields) for r in ours)
            if ours:
                named = [f for f in theirs[0]._fields if not hasattr(tuple, f)]
                assert [getattr(ours[0], f) for f in named] == [
                    getattr(theirs[0], f) for f in named
                ]
                with pytest.raises(AttributeError):
                    _ = ours[0].no_such_column


def test_a_page_of_observations_is_read_with_dates_and_json_as_sqlalchemy_makes_them(
    engine: Engine,
) -> None:
    spec = metrics.OBSERVATIONS
    with ReadSession(engine) as session:
        page = spec.page((), tuple(parse_sort(spec, None)), False, 200)
        ours, theirs = _both(session, page, {})
        assert ours == [tuple(r) for r in theirs] and ours
        dated = [r for r in ours if r.period_start is not None]
        assert dated and all(type(r.period_start) is date for r in dated)
        assert all(r.inputs is None or isinstance(r.inputs, dict | list) for r in ours)


def test_a_statement_with_an_expanding_parameter_is_left_to_sqlalchemy(engine: Engine) -> None:
    from sqlalchemy import bindparam

    column = col(Observation.id)
    stmt = select(column).where(column.in_(bindparam("ids", expanding=True)))
    assert driver.compiled(stmt, engine.dialect) is None
    with ReadSession(engine) as session:
        rows = driver.statement_rows(session.connection(), stmt, {"ids": [1, 2]})
        assert [r.id for r in rows] == [1, 2]


def _table_gone_reader(kind: str) -> Callable[[Session], Any]:
    """A read of each kind over a table that no longer exists."""
    from sqlalchemy import Column, Integer, MetaData, String, Table

    gone = Table("gone_table", MetaData(), Column("id", Integer), Column("name", String))
    if kind == "page":
        stmt = select(gone.c.id, gone.c.name).where(gone.c.id > 0)
        return lambda s: driver.statement_rows(s.connection(), stmt, {})
    if kind == "plain":
        return lambda s: plain_rows(s, select(gone.c.id, gone.c.name))
    from app.core.refs import Related

    related = Related(gone.c.id, [gone.c.name])
    return lambda s: related.load(s, [1, 2])


@pytest.mark.parametrize("kind", ["page", "plain", "related"])
def test_a_driver_error_is_raised_as_sqlalchemy_raises_it(engine: Engine, kind: str) -> None:
    read = _table_gone_reader(kind)
    with ReadSession(engine) as session, pytest.raises(exc.DBAPIError) as raised:
        read(session)
    assert isinstance(raised.value.orig, engine.dialect.loaded_dbapi.Error)  # the driver's, wrapped


@pytest.mark.skipif(not IS_POSTGRES, reason="a server connection to lose is PostgreSQL's")
@pytest.mark.parametrize("kind", ["page", "related", "plain"])
def test_a_connection_lost_under_a_driver_read_is_unavailable_and_the_pool_recovers(
    seeded_url: str, kind: str
) -> None:
    own = build_engine(seeded_url)
    engine = reading(own)
    admin = create_engine(seeded_url, isolation_level="AUTOCOMMIT")
    spec = jurisdictions.SPEC
    reads = {
        "page": lambda s: driver.statement_rows(
            s.connection(), spec.page((), tuple(parse_sort(spec, None)), False, 5), {}
        ),
        "related": lambda s: metrics.JURISDICTION_NAMES.load(s, [1]),
        "plain": lambda s: plain_rows(s, metrics.UNITS),
    }
    try:
        with ReadSession(engine) as session:
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(exc.DBAPIError) as raised:
                reads[kind](session)
        assert is_unavailable(raised.value)  # answered 503 with Retry-After
        with ReadSession(engine) as session:
            assert reads[kind](session)  # a new connection serves the next request
    finally:
        admin.dispose()
        own.dispose()


def test_statements_go_through_sqlalchemy_while_something_listens_to_them(engine: Engine) -> None:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    spec = jurisdictions.SPEC
    page = spec.page((), tuple(parse_sort(spec, None)), False, 3)
    with ReadSession(engine) as session:
        assert driver.statement_rows(session.connection(), page, {}) and not seen
        event.listen(engine, "before_cursor_execute", note)
        try:
            rows = driver.statement_rows(session.connection(), page, {})
            metrics.JURISDICTION_NAMES.load(session, [1])
        finally:
            event.remove(engine, "before_cursor_execute", note)
    assert rows and len(seen) == 2  # the page and the related rows, both seen


def test_a_row_names_its_columns_as_sqlalchemy_rows_do(engine: Engine) -> None:
    from sqlalchemy import literal

    stmt = select(literal(7).label("count"), literal("x").label("name"), literal(2.5).label("v"))
    with ReadSession(engine) as session:
        ours, theirs = _both(session, stmt, {})
    assert ours == [tuple(r) for r in theirs] == [(7, "x", 2.5)]
    assert (ours[0].name, ours[0].v) == (theirs[0].name, theirs[0].v) == ("x", 2.5)
    assert ours[0]._fields == theirs[0]._fields == ("count", "name", "v")
    assert ours[0].count == theirs[0].count == 7  # the column, not the tuple's method
    with pytest.raises(AttributeError):
        _ = ours[0].no_such_column
