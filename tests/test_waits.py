"""Reads on the event loop hand their waits for PostgreSQL to the loop (`core/waits.py`):
while one read waits for the server, another runs; the pool bounds how many wait at once; a
read cancelled mid-statement leaves no connection in an unknown state. On SQLite `yielding`
is a plain call."""

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import ProgrammingError
from sqlmodel import Session

from app.core.db import Tuning, build_engine, reading
from app.core.waits import yielding
from tests.conftest import IS_POSTGRES
from tests.helpers import driver_url

postgres_only = pytest.mark.skipif(not IS_POSTGRES, reason="waits for a server are PostgreSQL's")


@pytest.fixture
def small_pool(seeded_url: str) -> Iterator[Engine]:
    """An engine of the suite's database whose pool holds two connections, no overflow."""
    engine = build_engine(seeded_url, Tuning(5000, 2, 0, 3))
    yield engine
    engine.dispose()


def _scalar(session: Session, sql: str) -> Any:
    return session.execute(text(sql)).scalar()


@postgres_only
def test_a_read_waiting_for_the_server_lets_another_run(small_pool: Engine) -> None:
    """A read blocked in the server until a second read releases it finishes: with the loop
    held by the first wait, the second could never run (the first would time out)."""
    order: list[str] = []
    with psycopg.connect(driver_url(str(small_pool.url)), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(4242)")

        def blocked(session: Session) -> Any:
            session.execute(text("SET statement_timeout = '10s'"))
            got = _scalar(session, "SELECT pg_advisory_lock(4242) IS NULL")
            order.append("blocked read finished")
            _scalar(session, "SELECT pg_advisory_unlock(4242)")
            return got

        def releasing(session: Session) -> Any:
            got = _scalar(session, "SELECT 41 + 1")
            holder.execute("SELECT pg_advisory_unlock(4242)")
            order.append("second read released the lock")
            return got

        async def both() -> list[Any]:
            with Session(reading(small_pool)) as a, Session(reading(small_pool)) as b:
                first = asyncio.create_task(yielding(a, blocked, a))
                await asyncio.sleep(0.2)  # the first read is now waiting in the server
                return [await yielding(b, releasing, b), await first]

        assert asyncio.run(both()) == [42, False]
    assert order == ["second read released the lock", "blocked read finished"]


@postgres_only
def test_more_waiting_reads_than_the_pool_holds_take_turns(small_pool: Engine) -> None:
    """Eight reads at once on a pool of two all finish (none waits for a connection on the
    loop's own thread, which only the paused reads could free)."""

    def read(n: int) -> Any:
        with Session(reading(small_pool)) as session:
            return _scalar(session, f"SELECT {n} FROM pg_sleep(0.05)")

    async def many() -> list[Any]:
        with Session(reading(small_pool)) as session:
            return await asyncio.gather(*(yielding(session, read, n) for n in range(8)))

    answers: list[Any] = []
    # In a thread of its own: a read stuck on a lock the loop's thread holds would hang it.
    reader = threading.Thread(target=lambda: answers.extend(asyncio.run(many())), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert answers == list(range(8))


@postgres_only
def test_a_read_cancelled_mid_statement_leaves_a_working_pool(small_pool: Engine) -> None:
    """Cancelled while the server runs its statement, the read raises CancelledError; its
    connection is closed, not returned busy, and the next reads are answered."""

    async def cancel_then_read() -> list[Any]:
        with Session(reading(small_pool)) as session:
            task = asyncio.create_task(yielding(session, _scalar, session, "SELECT pg_sleep(5)"))
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        answers = []
        for n in range(3):  # more reads than the pool holds: each connection is usable
            with Session(reading(small_pool)) as session:
                answers.append(await yielding(session, _scalar, session, f"SELECT {n}"))
        return answers

    assert asyncio.run(cancel_then_read()) == [0, 1, 2]


@postgres_only
def test_errors_of_a_waiting_read_are_the_usual_ones(small_pool: Engine) -> None:
    """A statement the server refuses raises SQLAlchemy's error, as outside `yielding`."""

    async def bad() -> None:
        with Session(reading(small_pool)) as session:
            await yielding(session, _scalar, session, "SELECT * FROM no_such_table")

    with pytest.raises(ProgrammingError, match="no_such_table"):
        asyncio.run(bad())


def test_yielding_answers_what_the_function_returns(seeded_url: str) -> None:
    """On either database, the function's own answer (on SQLite, a plain call)."""
    engine = build_engine(seeded_url)

    async def read() -> Any:
        with Session(reading(engine)) as session:
            return await yielding(session, _scalar, session, "SELECT count(*) FROM jurisdiction")

    try:
        with Session(engine) as session:
            expected = _scalar(session, "SELECT count(*) FROM jurisdiction")
        assert asyncio.run(read()) == expected > 0
    finally:
        engine.dispose()


def test_series_and_compare_read_through_yielding(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The series and compare routes read as the other reads do (their waits the loop's)."""
    from app.metrics import router

    called: list[str] = []

    async def recorded(session: Session, fn: Any, *args: Any) -> Any:
        called.append(fn.func.__name__)
        return await yielding(session, fn, *args)

    monkeypatch.setattr(router, "yielding", recorded)
    fresh = "agg=sum&to=2099-12-30"  # a URL no other test asks for (not a cached answer)
    series = "/api/v1/jurisdictions/milwaukee-county-wi/series/jail_bookings"
    assert client.get(f"{series}?{fresh}").status_code == 200
    compare = "/api/v1/compare?metric=jail_bookings&jurisdictions=milwaukee-county-wi"
    assert client.get(f"{compare}&{fresh}").status_code == 200
    assert called == ["series", "compare"]


@postgres_only
def test_an_answer_ready_after_one_turn_of_the_loop_needs_no_registration(
    small_pool: Engine,
) -> None:
    """A read first lets the loop run one turn and looks at the socket again: when other work
    kept the loop that long, the server's answer is there and the socket is never added to the
    loop's selector; when nothing else runs, it is (the read waits as psycopg does). Both
    answer the same."""

    async def with_other_work(busy: bool) -> tuple[Any, int]:
        loop = asyncio.get_running_loop()
        added: list[int] = []
        add_reader = loop.add_reader

        def counted(fd: Any, *args: Any) -> Any:
            added.append(fd)
            return add_reader(fd, *args)

        loop.add_reader = counted  # type: ignore[method-assign,assignment]
        with Session(reading(small_pool)) as session:
            _scalar(session, "SELECT 1")  # connected outside the measurement
            if busy:  # another request's work, holding the loop while the server answers
                loop.call_soon(time.sleep, 0.2)
            # alone, the server's answer takes longer than a turn of an idle loop
            sql = "SELECT 40 + 2" if busy else "SELECT 42 FROM pg_sleep(0.05)"
            got = await yielding(session, _scalar, session, sql)
        return got, len(added)

    assert asyncio.run(with_other_work(busy=True)) == (42, 0)
    answer, registrations = asyncio.run(with_other_work(busy=False))
    assert answer == 42 and registrations >= 1
