"""The read engine (`core/db.py:reading`): on PostgreSQL a pool of its own whose connections
are in autocommit from the start, sized by the read settings, disposed with its primary; on
SQLite the engine itself."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, text

from app.core.config import Settings
from app.core.db import Tuning, build_engine, get_engine, reading
from tests.conftest import IS_POSTGRES

postgres_only = pytest.mark.skipif(not IS_POSTGRES, reason="the read pool is PostgreSQL's")
TUNING = Tuning(5000, 3, 1, 3, write_pool_size=1, write_max_overflow=0)


@pytest.fixture
def primary(seeded_url: str) -> Iterator[Engine]:
    """A primary engine of the seeded suite database with small, distinct pools."""
    built = build_engine(seeded_url, TUNING)
    yield built
    built.dispose()


def test_the_tuning_takes_both_pools_from_the_settings() -> None:
    settings = Settings(
        db_pool_size=7, db_max_overflow=5, db_write_pool_size=4, db_write_max_overflow=2
    )
    tuning = Tuning.of(settings)
    assert tuning.pool(reads=True) == {"pool_size": 7, "max_overflow": 5}
    assert tuning.pool(reads=False) == {"pool_size": 4, "max_overflow": 2}


@pytest.mark.skipif(IS_POSTGRES, reason="SQLite reads from the engine itself")
def test_sqlite_reads_from_the_engine_itself(primary: Engine) -> None:
    assert reading(primary) is primary


@postgres_only
def test_reads_have_a_pool_of_their_own_sized_by_the_read_settings(primary: Engine) -> None:
    reader = reading(primary)
    assert reader is not primary and reader.pool is not primary.pool
    assert reading(primary) is reader  # one read engine for each engine
    assert reading(reader) is reader  # a read engine reads from itself
    assert (reader.pool.size(), reader.pool._max_overflow) == (3, 1)  # type: ignore[attr-defined]
    assert (primary.pool.size(), primary.pool._max_overflow) == (1, 0)  # type: ignore[attr-defined]


@postgres_only
def test_read_connections_stay_in_autocommit_in_the_pool(primary: Engine) -> None:
    """Nothing is set on checkout or reset on checkin: a connection straight from the pool is
    already in autocommit, and a read runs with no transaction open."""
    import psycopg  # PostgreSQL's driver, where PostgreSQL runs

    reader = reading(primary)
    for _ in range(3):
        with reader.connect() as conn:
            conn.execute(text("SELECT 1"))
            status = conn.connection.driver_connection.info.transaction_status  # type: ignore[union-attr]
            assert status == psycopg.pq.TransactionStatus.IDLE  # no transaction left open
        raw = reader.raw_connection()
        try:
            assert raw.driver_connection.autocommit is True  # type: ignore[union-attr]
        finally:
            raw.close()
    with primary.connect() as conn:  # the primary's work stays in transactions
        assert conn.connection.driver_connection.autocommit is False  # type: ignore[union-attr]


@postgres_only
def test_disposing_the_primary_disposes_its_read_pool(primary: Engine) -> None:
    reader = reading(primary)
    with reader.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert reader.pool.checkedin() == 1  # type: ignore[attr-defined]
    primary.dispose()
    assert reader.pool.checkedin() == 0  # type: ignore[attr-defined]


def test_readiness_asks_each_pool_requests_use(client: TestClient) -> None:
    """`/readyz` checks out a connection of the primary's pool (writes) and of the read pool
    (on SQLite one engine): a read pool that cannot answer is not ready."""
    primary = get_engine()
    taken: list[Engine] = []
    listeners = {
        engine: lambda *_, engine=engine: taken.append(engine)
        for engine in (primary, reading(primary))
    }
    for engine, listener in listeners.items():
        event.listen(engine, "checkout", listener)
    try:
        assert client.get("/readyz").status_code == 200
    finally:
        for engine, listener in listeners.items():
            event.remove(engine, "checkout", listener)
    assert set(taken) == {primary, reading(primary)}
