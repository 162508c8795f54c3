"""The real server (`sjc-api serve`, uvicorn) over real sockets: slow clients are cut off
after a bounded time, and a database outage answers 503 on a connection that stays open."""

import json
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import serve

HEADER_TIMEOUT = 1.0
BODY_TIMEOUT = 1.0


@contextmanager
def _server(database_url: str) -> Iterator[int]:
    env = {"SJC_HEADER_TIMEOUT": str(HEADER_TIMEOUT), "SJC_BODY_TIMEOUT": str(BODY_TIMEOUT)}
    with serve(database_url, **env) as port:
        yield port


@pytest.fixture(scope="module")
def server(seeded_url: str) -> Iterator[int]:
    """`sjc-api serve` on the suite's database with 1-second header and body deadlines."""
    with _server(seeded_url) as port:
        yield port


def _seconds_until_closed(sock: socket.socket, limit: float = 10.0) -> tuple[float, bytes]:
    """Read until the server closes the connection; how long it took and what it said."""
    started = time.monotonic()
    sock.settimeout(limit)
    received = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            break
        if not chunk:
            break
        received += chunk
    return time.monotonic() - started, received


def _response(sock: socket.socket) -> bytes:
    """One whole response (headers, then as many body bytes as Content-Length says)."""
    sock.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def test_headers_that_never_finish_are_cut_off(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as sock:
        sock.sendall(b"GET /api/v1/jurisdictions HTTP/1.1\r\nHost: x\r\n")
        waited, _ = _seconds_until_closed(sock)
    assert waited < HEADER_TIMEOUT + 2


def test_a_trickle_of_header_bytes_does_not_extend_the_deadline(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        closed = False
        for _ in range(30):
            time.sleep(0.2)
            try:
                sock.sendall(b"X-Slow: 1\r\n")
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
        if not closed:
            _seconds_until_closed(sock, 2.0)
        assert time.monotonic() - started < HEADER_TIMEOUT + 3


def test_a_stalled_body_gets_408_and_the_connection_closes(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as sock:
        sock.sendall(
            b"POST /api/v1/action-areas HTTP/1.1\r\nHost: x\r\n"
            b'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"slug":'
        )
        waited, answer = _seconds_until_closed(sock)
    assert waited < BODY_TIMEOUT + 2
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"application/problem+json" in answer and b"request_timeout" in answer


def test_a_slow_second_request_on_a_kept_alive_connection_is_cut_off(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _response(sock).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        waited, _ = _seconds_until_closed(sock)
    assert waited < HEADER_TIMEOUT + 2


def test_prompt_clients_are_served_normally(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as sock:
        for _ in range(3):
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert _response(sock).startswith(b"HTTP/1.1 200")
            time.sleep(0.3)


def test_an_outage_answers_503_and_keeps_the_connection(tmp_path: Path) -> None:
    with (
        _server(f"sqlite:///{tmp_path / 'missing' / 'gone.db'}") as port,
        socket.create_connection(("127.0.0.1", port)) as sock,
    ):
        for _ in range(3):
            sock.sendall(b"GET /api/v1/jurisdictions HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = _response(sock)
            assert answer.startswith(b"HTTP/1.1 503"), answer[:200]
            assert b"retry-after: " in answer.lower()
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _response(sock).startswith(b"HTTP/1.1 200")


def test_logs_are_json_lines_with_one_access_line_per_request(
    seeded_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "server.log"
    with serve(seeded_url, log=log) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(
            b"GET /api/v1/jurisdictions/milwaukee-county-wi HTTP/1.1\r\nHost: x\r\n"
            b"X-Request-ID: trace-me-1\r\nAuthorization: Bearer sjc_aaaaaaaaaaaa_secret\r\n\r\n"
        )
        assert _response(sock).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _response(sock).startswith(b"HTTP/1.1 404")
    text = log.read_text()
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert records and all({"time", "level", "logger", "message"} <= set(r) for r in records)
    lines = [r for r in records if r["logger"] == "sjc_api.access"]
    assert len(lines) == 2  # one access line per request, and only one
    assert not any(r["logger"] == "uvicorn.access" for r in records)
    profile = next(r for r in lines if r["request_id"] == "trace-me-1")
    assert profile["route"] == "/api/v1/jurisdictions/{slug}"
    assert profile["status"] == 200 and profile["method"] == "GET"
    assert profile["duration_ms"] > 0 and profile["client"] == "127.0.0.1"
    assert any(r["status"] == 404 and r["route"] is None for r in lines)
    assert "sjc_aaaaaaaaaaaa_secret" not in text


def test_the_event_loop_is_a_setting_defaulting_to_asyncio() -> None:
    from app.core.config import get_settings
    from app.server import uvicorn_config

    settings = get_settings()
    assert uvicorn_config(settings, host="127.0.0.1", port=1).loop == "asyncio"
    chosen = settings.model_copy(update={"event_loop": "uvloop"})
    assert uvicorn_config(chosen, host="127.0.0.1", port=1).loop == "uvloop"
