"""A bulk append on PostgreSQL checks its foreign keys once per referenced row, with the per-row
triggers off only where the role may turn them off, and stores what the per-row path stores."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Connection, Engine, Integer, MetaData, Table, create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.imports import references
from app.imports.observations import import_observations
from app.imports.references import MissingReference, checked_once, lock_referenced, trusted
from app.metrics.models import Observation
from tests.conftest import IS_POSTGRES
from tests.test_bulk_import import bump, content, long_file

postgres_only = pytest.mark.skipif(not IS_POSTGRES, reason="the per-row checks are PostgreSQL's")
TABLE = Observation.__table__
ROLE = references.ROLE


def _referenced(conn: Connection) -> dict[str, Any]:
    """Stored values of every foreign key of an observation (and a null)."""
    found = conn.execute(text("SELECT id FROM jurisdiction ORDER BY id LIMIT 3")).scalars().all()
    metric = conn.execute(text("SELECT key FROM metric LIMIT 1")).scalar_one()
    source = conn.execute(text("SELECT id FROM source LIMIT 1")).scalar_one()
    return {
        "jurisdiction_id": found,
        "metric_key": [metric, None],
        "source_id": [source, source],
        "strategy_id": (),
    }


def _role(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_setting('session_replication_role')")).scalar())


def test_trusted_and_per_row_checked_appends_store_the_same_rows(
    fresh_engine: Callable[[], Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = long_file(tmp_path / "first.csv", 1500)
    lines = first.read_text().splitlines()
    second = tmp_path / "second.csv"  # half the rows changed, 200 new
    new = long_file(tmp_path / "new.csv", 200, seed=5, year=1990).read_text().splitlines()[1:]
    changed = [bump(line) if i % 2 else line for i, line in enumerate(lines[1:])]
    second.write_text("\n".join([lines[0], *changed, *new]) + "\n")
    locked: list[bool] = []
    real_lock = references.lock_referenced

    def lock(*args: Any) -> None:
        locked.append(True)
        real_lock(*args)

    monkeypatch.setattr(references, "lock_referenced", lock)
    results = []
    for allowed in (True, False):
        if not allowed:
            monkeypatch.setattr(references, "trusted", lambda _conn, _table: False)
        engine = fresh_engine()
        reports = [import_observations(engine, path) for path in (first, second)]
        assert all(r.ok for r in reports), [r.summary() for r in reports]
        results.append(([(r.inserted, r.updated, r.unchanged) for r in reports], content(engine)))
    assert results[0] == results[1]
    assert results[0][0] == [(1500, 0, 0), (200, 750, 750)]
    assert locked == ([True, True] if IS_POSTGRES else [])  # each append, on PostgreSQL only


@postgres_only
def test_the_referenced_rows_are_locked_as_the_triggers_lock_them(engine: Engine) -> None:
    with engine.connect() as conn, conn.begin():
        referenced = _referenced(conn)
        lock_referenced(conn, TABLE, referenced)
        other = create_engine(engine.url)
        try:
            with other.connect() as deleting, pytest.raises(OperationalError) as refused:
                deleting.execute(text("SET lock_timeout = '200ms'"))
                target = referenced["jurisdiction_id"][0]
                deleting.execute(text("DELETE FROM jurisdiction WHERE id = :id"), {"id": target})
        finally:
            other.dispose()
        assert "lock timeout" in str(refused.value)


@postgres_only
@pytest.mark.parametrize(
    ("column", "values"),
    [("jurisdiction_id", [-1]), ("metric_key", ["no_such_metric"]), ("source_id", ["nope"])],
)
def test_a_referenced_row_not_stored_stops_the_append(
    engine: Engine, column: str, values: list[Any]
) -> None:
    with engine.connect() as conn, conn.begin():
        referenced = _referenced(conn)
        referenced[column] = [*referenced[column], *values]
        with pytest.raises(MissingReference, match=f"1 .* referenced by {column}"):
            lock_referenced(conn, TABLE, referenced)


@postgres_only
def test_every_foreign_key_must_be_given(engine: Engine) -> None:
    with engine.connect() as conn, conn.begin():
        referenced = _referenced(conn)
        del referenced["strategy_id"]
        with pytest.raises(ValueError, match="strategy_id"):
            lock_referenced(conn, TABLE, referenced)


@postgres_only
def test_the_triggers_are_off_for_the_append_only(engine: Engine) -> None:
    with engine.connect() as conn, conn.begin():
        assert _role(conn) == "origin"
        with checked_once(conn, TABLE, _referenced(conn)) as off:
            assert off and _role(conn) == "replica"
        assert _role(conn) == "origin"


@postgres_only
def test_a_failed_append_leaves_the_triggers_on(engine: Engine) -> None:
    with engine.connect() as conn:
        with (
            pytest.raises(IntegrityError),
            conn.begin(),
            checked_once(conn, TABLE, _referenced(conn)),
        ):
            conn.execute(text("INSERT INTO observation SELECT * FROM observation LIMIT 1"))
        assert _role(conn) == "origin"  # the rollback undid the setting on this connection
        conn.rollback()
        with conn.begin():
            before = conn.execute(text("SELECT count(*) FROM observation")).scalar_one()
            with pytest.raises(IntegrityError):  # the per-row check is back
                conn.execute(
                    text(
                        "INSERT INTO observation (key, jurisdiction_id, metric_key, value,"
                        " qualifier, status, text_as_written, source_id)"
                        " VALUES ('k', -1, 'm', 1, '', 'reported', '', 's')"
                    )
                )
        with engine.connect() as fresh:
            assert fresh.execute(text("SELECT count(*) FROM observation")).scalar_one() == before


@postgres_only
def test_only_a_role_allowed_to_set_the_replication_role_is_trusted(engine: Engine) -> None:
    role = f"sjc_plain_{uuid.uuid4().hex[:8]}"
    with engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
        conn.commit()
        try:
            assert trusted(conn, TABLE)  # the suite's role is a superuser
            conn.rollback()
            for grant, expected in (("", False), (f"GRANT SET ON PARAMETER {ROLE} TO", True)):
                if grant:
                    conn.execute(text(f"{grant} {role}"))
                conn.execute(text(f"SET ROLE {role}"))
                assert trusted(conn, TABLE) is expected
                conn.rollback()
                conn.execute(text("RESET ROLE"))
        finally:
            conn.rollback()
            conn.execute(text("RESET ROLE"))
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
            conn.commit()


@postgres_only
def test_a_table_with_triggers_of_its_own_is_not_trusted(engine: Engine) -> None:
    with engine.connect() as conn, conn.begin():
        conn.execute(text("CREATE TABLE noted (id integer)"))
        conn.execute(
            text(
                "CREATE FUNCTION noted_touch() RETURNS trigger LANGUAGE plpgsql"
                " AS $$ BEGIN RETURN NEW; END $$"
            )
        )
        noted = Table("noted", MetaData(), Column("id", Integer))
        assert trusted(conn, noted)
        conn.execute(
            text(
                "CREATE TRIGGER noted_touch BEFORE INSERT ON noted"
                " FOR EACH ROW EXECUTE FUNCTION noted_touch()"
            )
        )
        assert not trusted(conn, noted)


def test_nothing_is_trusted_on_sqlite(engine: Engine) -> None:
    if IS_POSTGRES:
        pytest.skip("SQLite's foreign keys")
    with engine.connect() as conn:
        assert not trusted(conn, TABLE)
