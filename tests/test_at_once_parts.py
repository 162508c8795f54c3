"""The parts of answers given at once, each against what it stands in for: stored header lines
against the server's checks, metrics counted together against Prometheus counting each,
access lines made together against lines made one by one, log times against datetime, and
the keep-alive deadline's one timer."""

import asyncio
import json
import math
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.core import logs, telemetry
from app.middleware import access_log, wire
from app.protocol import IdleDeadline
from tests.test_logs import SCOPE, _lines, only_json_lines

OK = [(b"content-type", b"application/json"), (b"content-length", b"2"), (b"ETag", b'"a"')]


def test_stored_lines_are_what_the_server_writes() -> None:
    assert wire.fields(OK, 2) == (
        b'content-type: application/json\r\ncontent-length: 2\r\netag: "a"\r\n'
    )
    assert wire.fields([(b"etag", b'"a"')], None) == b'etag: "a"\r\n'  # a 304


def test_lines_the_server_must_write_itself_are_not_stored() -> None:
    refused = [
        [*OK, (b"bad name", b"x")],
        [*OK, (b"x-a", b"split\r\nx-injected: 1")],
        [*OK, (b"x-a", b"nul\x00")],
        [*OK, (b"connection", b"close")],
        [*OK, (b"transfer-encoding", b"chunked")],
        [(b"content-type", b"text/plain")],  # no length for a body
    ]
    assert all(wire.fields(headers, 2) is None for headers in refused)
    assert wire.fields(OK, 3) is None  # a length the body does not have
    assert wire.fields(OK, None) is None  # a 304 with a length
    assert wire.fields([(b"x-tab", b"a\tb"), (b"content-length", b"0")], 0) is not None


def _latency(route: str) -> dict[str, float]:
    families = list(telemetry.LATENCY.collect())
    return {
        f"{s.name}{sorted(s.labels.items())}": s.value
        for s in families[0].samples
        if s.labels.get("route") == route
    }


@given(st.lists(st.floats(min_value=0, max_value=20), min_size=1, max_size=40))
def test_metrics_counted_together_are_metrics_counted_one_by_one(durations: list[float]) -> None:
    together, each = f"/together/{len(durations)}", f"/each/{len(durations)}"
    before = _latency(together), _latency(each)
    telemetry.observe_requests([("GET", together, 200, d) for d in durations])
    for d in durations:
        telemetry.LATENCY.labels("GET", each).observe(d)  # Prometheus's own, value by value
    grown = [
        {k.replace(route, "R"): v - old.get(k, 0.0) for k, v in _latency(route).items()}
        for route, old in zip((together, each), before, strict=True)
    ]
    assert grown[0].keys() == grown[1].keys()
    assert all(math.isclose(grown[0][k], grown[1][k], abs_tol=1e-9) for k in grown[0])


def test_answers_at_once_count_as_hits_and_304s() -> None:
    hits = telemetry.RESPONSE_CACHE.labels("hit")._value.get
    not_modified = telemetry.NOT_MODIFIED._value.get
    at_once = telemetry.ANSWERED_AT_ONCE._value.get
    before = hits(), not_modified(), at_once()
    telemetry.observe_requests([("GET", "/r", 200, 0.001)] * 3 + [("HEAD", "/r", 304, 0.001)])
    telemetry.answered_at_once([200, 200, 200, 304])
    assert (hits(), not_modified(), at_once()) == (before[0] + 3, before[1] + 1, before[2] + 4)


@given(st.lists(st.sampled_from([200, 304, 404, 429]), min_size=1, max_size=30))
def test_a_turns_304s_and_429s_are_counted_each(statuses: list[int]) -> None:
    counters = telemetry.NOT_MODIFIED._value.get, telemetry.RATE_LIMITED._value.get
    before = [count() for count in counters]
    telemetry.observe_requests([("GET", "/together", s, 0.001) for s in statuses])
    together = [count() - old for count, old in zip(counters, before, strict=True)]
    assert together == [statuses.count(304), statuses.count(429)]


def _scope(n: int) -> dict[str, Any]:
    return {**SCOPE, "state": {**SCOPE["state"], "request_id": f"id-{n}"}}


def test_access_lines_made_together_are_the_lines_made_one_by_one() -> None:
    async def answered() -> None:
        for n in range(3):
            access_log.PER_TURN.add(_scope(n), 200, 0.004 * n)
        await asyncio.sleep(0)  # the turn ends: recorded together
        await asyncio.sleep(0)  # and written

    with only_json_lines() as stream:
        asyncio.run(answered())
        for n in range(3):
            access_log._log(_scope(n), 200, 0.004 * n)
    together, each = _lines(stream)[:3], _lines(stream)[3:]
    for line in together + each:
        line.pop("time")
    assert [list(line.items()) for line in together] == [list(line.items()) for line in each]


@given(st.floats(min_value=0, max_value=4_000_000_000, allow_nan=False))
def test_log_times_are_datetimes_to_the_millisecond(created: float) -> None:
    moment = datetime.fromtimestamp(created, UTC)
    expected = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+00:00"
    assert logs.stamp(created) == expected
    assert logs.stamp(created) == expected  # remembered


class _Transport:
    closed = False

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


class _Idle(IdleDeadline):
    """The mixin on its own, on a given loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop, self.transport, self.timeout_keep_alive = loop, _Transport(), 1  # type: ignore[assignment]
        self.flow = type("Flow", (), {"resume_reading": lambda self: None})()
        self.pipeline: list[Any] = []
        self.server_state = type("State", (), {"total_requests": 0})()


def test_answers_keep_one_idle_timer_and_an_idle_connection_closes() -> None:
    async def run() -> tuple[int, int, bool, bool]:
        loop = asyncio.get_running_loop()
        idle = _Idle(loop)
        before = len(loop._scheduled)  # type: ignore[attr-defined]
        for _ in range(1000):
            idle._unset_keepalive_if_required()  # the next request's bytes
            idle.on_response_complete()  # its answer
        timers = len(loop._scheduled) - before  # type: ignore[attr-defined]
        await asyncio.sleep(0.6)
        idle._unset_keepalive_if_required()
        idle.on_response_complete()  # busy until now: the first deadline passes unused
        await asyncio.sleep(0.6)
        open_after_first = not idle.transport.is_closing()
        await asyncio.sleep(0.6)
        return (
            timers,
            idle.server_state.total_requests,
            open_after_first,
            idle.transport.is_closing(),
        )

    timers, answered, open_after_first, closed = asyncio.run(run())
    assert (timers, answered) == (1, 1001)
    assert open_after_first and closed


def test_the_access_line_of_an_answer_at_once_is_json() -> None:
    with only_json_lines() as stream:
        access_log.PER_TURN.add(_scope(9), 304, 0.0)
        access_log.PER_TURN.flush()
    line = json.loads(stream.getvalue())
    assert line["status"] == 304 and line["request_id"] == "id-9"


def test_answers_and_lines_left_by_a_loop_that_ended_go_out_with_the_next_loops() -> None:
    async def add_and_stop() -> None:
        await _added(10)
        asyncio.get_running_loop().stop()  # this turn is the loop's last

    def ended_loop() -> None:  # the loop ends before the turn that would record them
        loop = asyncio.new_event_loop()
        task = loop.create_task(add_and_stop())
        loop.run_forever()
        loop.close()
        assert task.done()

    async def _next() -> None:
        await _added(11)
        await asyncio.sleep(0)  # recorded
        await asyncio.sleep(0)  # and written

    with only_json_lines() as stream:
        ended_loop()
        asyncio.run(_next())
    assert [line["request_id"] for line in _lines(stream)] == ["id-10", "id-11"]
    assert not access_log.PER_TURN.pending


async def _added(n: int) -> None:
    access_log.PER_TURN.add(_scope(n), 200, 0.001)
