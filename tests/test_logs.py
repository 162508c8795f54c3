"""JSON log lines (app/core/logs.py): the access line written directly is the line logging's
own path makes; on an event loop lines are written together once per turn, elsewhere at
once; request ids are unique; the dataset's change time read through the driver is the one
SQLAlchemy reads."""

import asyncio
import io
import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlmodel import Session, select

from app.core import logs, version
from app.core.db import build_engine
from app.core.version import DatasetVersion
from app.middleware import access_log
from app.middleware.request_id import IDS

SCOPE: dict[str, Any] = {
    "type": "http",
    "method": "GET",
    "path": "/api/v1/jurisdictions/x",
    "client": ("203.0.113.9", 5000),
    "state": {"route": "/api/v1/jurisdictions/{slug}", "request_id": "abc"},
}


class Counting(io.StringIO):
    """A stream that counts its writes."""

    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


@contextmanager
def only_json_lines() -> Iterator[Counting]:
    """The root logger writing JSON lines to a counting stream and nowhere else (pytest's
    capturing handlers, added for each test, set aside), restored afterwards."""
    root = logging.getLogger()
    kept, level = root.handlers[:], root.level
    out = Counting()
    root.handlers[:] = [logs.JsonLines(out)]
    root.setLevel(logging.INFO)
    try:
        yield out
    finally:
        root.handlers[:] = kept
        root.setLevel(level)


def _lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_the_direct_access_line_is_the_line_logging_makes() -> None:
    with only_json_lines() as stream:
        _both_ways()
    direct, through_logging = _lines(stream)
    assert direct.pop("time")[:10] == through_logging.pop("time")[:10]
    assert list(direct.items()) == list(through_logging.items())
    assert direct["message"] == "GET /api/v1/jurisdictions/x 200"
    assert direct["pid"] == os.getpid() and direct["duration_ms"] == 12.34


def _both_ways() -> None:
    """One access line written directly, then one through logging's own path."""
    assert logs.sole_handler(access_log.access) is logging.getLogger().handlers[0]
    access_log._log(SCOPE, 200, 0.01234)
    extra = logging.StreamHandler(io.StringIO())  # a second handler: logging's own path
    logging.getLogger().addHandler(extra)
    try:
        assert logs.sole_handler(access_log.access) is None
        access_log._log(SCOPE, 200, 0.01234)
    finally:
        logging.getLogger().removeHandler(extra)


def test_lines_on_an_event_loop_are_written_once_per_turn() -> None:
    with only_json_lines() as stream:
        _burst_then_one(stream)
    assert [line["message"] for line in _lines(stream)] == [
        *(f"line {n}" for n in range(5)),
        "outside a loop",
    ]


def _burst_then_one(stream: Counting) -> None:
    async def burst() -> tuple[int, int]:
        for n in range(5):
            logging.getLogger("sjc_api.test").info("line %d", n)
        waiting = stream.writes
        await asyncio.sleep(0)  # the loop turns: the five lines go out together
        return waiting, stream.writes

    waiting, after = asyncio.run(burst())
    assert (waiting, after) == (0, 1)
    logging.getLogger("sjc_api.test").info("outside a loop")
    assert stream.writes == 2  # at once


def test_lines_waiting_when_logging_flushes_are_written() -> None:
    async def log_then_flush(stream: Counting) -> list[str]:
        logging.getLogger("sjc_api.test").info("last words")
        seen = [stream.getvalue()]
        logging.getLogger().handlers[0].flush()  # what logging.shutdown() does at exit
        return [*seen, stream.getvalue()]

    with only_json_lines() as stream:
        waiting, flushed = asyncio.run(log_then_flush(stream))
    assert waiting == ""
    assert json.loads(flushed)["message"] == "last words"


def test_request_ids_are_unique_hex_of_a_fixed_length() -> None:
    minted = [IDS.mint() for _ in range(10_000)]
    assert len(set(minted)) == len(minted)
    assert all(re.fullmatch(r"[0-9a-f]{32}", m) for m in minted)
    prefix = IDS.prefix
    IDS.reset()  # what a forked worker does
    assert IDS.prefix != prefix


def test_the_change_time_read_through_the_driver_is_sqlalchemys(seeded_url: str) -> None:
    engine = build_engine(seeded_url)
    try:
        with Session(engine) as session:
            direct = version.changed_at(session)
            stamp = session.connection().execute(select(DatasetVersion.updated_at)).scalar()
        assert stamp is not None and direct is not None
        assert direct == (stamp if stamp.tzinfo else stamp.replace(tzinfo=direct.tzinfo))
        assert direct.utcoffset() is not None and direct.utcoffset().total_seconds() == 0
    finally:
        engine.dispose()


def test_lines_left_by_a_loop_that_ended_are_written_with_the_next_loops() -> None:
    handler = logs.JsonLines(io.StringIO())

    async def write_and_stop() -> None:
        handler.write_line('{"n":1}')
        asyncio.get_running_loop().stop()  # this turn is the loop's last: the write never runs

    async def write_next() -> None:
        handler.write_line('{"n":2}')
        await asyncio.sleep(0)

    loop = asyncio.new_event_loop()
    task = loop.create_task(write_and_stop())
    loop.run_forever()
    loop.close()
    assert task.done()
    asyncio.run(write_next())
    assert handler.stream.getvalue() == '{"n":1}\n{"n":2}\n'
