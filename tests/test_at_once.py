"""Stored answers given at once (`app/middleware/at_once.py`, `app/protocol.py`), over real
sockets to a real server: byte for byte the answer the layers gave (but its Date and request
id), for HEAD, 304, gzip, a closing connection, HTTP/1.0 and pipelined requests; counted,
logged and rate limited like every answer; and the keep-alive timeout kept with one timer."""

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from app.auth.service import create_key
from app.core.db import engine_for
from tests.helpers import API, samples, serve

PATH = f"{API}/jurisdictions?limit=3"


@pytest.fixture(scope="module")
def logged(seeded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """`sjc-api serve` with the response cache on; its port and its log."""
    log = tmp_path_factory.mktemp("at_once") / "server.log"
    with serve(seeded_url, log, SJC_RESPONSE_CACHE_MB="8") as port:
        yield port, log


@pytest.fixture(scope="module")
def metrics_auth(seeded_url: str) -> dict[str, str]:
    """The header of a key with the metrics scope."""
    with Session(engine_for(seeded_url)) as session, session.begin():
        key = create_key(session, "at-once-metrics", ["metrics"])
    return {"Authorization": f"Bearer {key}"}


def _exchange(port: int, data: bytes, answers: int = 1) -> list[bytes]:
    """Send `data` on a new connection; read `answers` whole answers (their bodies by
    Content-Length, none for a 304 or an answer to HEAD)."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(5)
        sock.sendall(data)
        received, got = b"", list[bytes]()
        while len(got) < answers:
            while b"\r\n\r\n" not in received:
                received += sock.recv(65536)
            head, _, rest = received.partition(b"\r\n\r\n")
            length = _content_length(head) if b" 304 " not in head.split(b"\r\n")[0] else 0
            length = 0 if b"HEAD " in data.split(b"\r\n")[0] else length
            while len(rest) < length:
                rest += sock.recv(65536)
            got.append(head + b"\r\n\r\n" + rest[:length])
            received = rest[length:]
        return got


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 0


def _but_per_answer(answer: bytes) -> bytes:
    """The answer without its Date and request id lines."""
    head, _, body = answer.partition(b"\r\n\r\n")
    kept = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"date:", b"x-request-id:"))
    ]
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _request(method: str = "GET", path: str = PATH, version: str = "1.1", **headers: str) -> bytes:
    lines = [
        f"{method} {path} HTTP/{version}",
        "Host: 127.0.0.1",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _at_once_total(port: int, auth: dict[str, str]) -> float:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        header = "".join(f"{k}: {v}\r\n" for k, v in auth.items())
        sock.sendall(
            f"GET /metrics HTTP/1.1\r\nHost: x\r\n{header}Connection: close\r\n\r\n".encode()
        )
        sock.settimeout(5)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    text = data.partition(b"\r\n\r\n")[2].decode()
    return samples(text).get(("sjc_answered_at_once_total", frozenset()), 0.0)


VARIANTS = [
    {},
    {"Accept-Encoding": "gzip"},
    {"Accept": "text/csv"},
    {"Origin": "https://app.example", "X-Request-ID": "trace.1"},
    {"Connection": "close"},
]


@pytest.mark.parametrize("headers", VARIANTS, ids=lambda h: ",".join(h) or "plain")
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_an_answer_given_at_once_is_the_answer_the_layers_gave(
    logged: tuple[int, Path], metrics_auth: dict[str, str], method: str, headers: dict[str, str]
) -> None:
    port, _ = logged
    kind = "county" if method == "GET" else "state"  # a URL of its own for each case
    path = f"{API}/jurisdictions?kind={kind}&limit={2 + VARIANTS.index(headers)}"
    computed = _exchange(port, _request("GET", path, **headers))[0]  # stored by the layers
    before = _at_once_total(port, metrics_auth)
    first = _exchange(port, _request(method, path, **headers))[0]
    again = _exchange(port, _request(method, path, **headers))[0]
    assert _at_once_total(port, metrics_auth) - before == 2  # both answered at once
    expected = computed if method == "GET" else computed.partition(b"\r\n\r\n")[0] + b"\r\n\r\n"
    assert _but_per_answer(first) == _but_per_answer(again) == _but_per_answer(expected)
    ids = [a.split(b"x-request-id: ")[1].split(b"\r\n")[0] for a in (computed, first, again)]
    if "X-Request-ID" in headers:
        assert ids == [b"trace.1"] * 3
    else:
        assert len(set(ids)) == 3


def test_a_304_at_once_is_the_304_the_layers_gave(
    logged: tuple[int, Path], metrics_auth: dict[str, str]
) -> None:
    port, _ = logged
    path = f"{API}/action-areas?limit=2"
    etag = _exchange(port, _request("GET", path))[0].split(b"etag: ")[1].split(b"\r\n")[0]
    asked = _request("GET", path, **{"If-None-Match": f'"other", {etag.decode()}'})
    computed = _exchange(port, asked)[0]  # the layers' 304, stored
    before = _at_once_total(port, metrics_auth)
    at_once = _exchange(port, asked)[0]
    assert _at_once_total(port, metrics_auth) - before == 1
    assert computed.startswith(b"HTTP/1.1 304 ")
    assert _but_per_answer(at_once) == _but_per_answer(computed)
    names = {line.split(b":")[0] for line in at_once.split(b"\r\n\r\n")[0].split(b"\r\n")[1:]}
    assert names == {  # validators, caching fields, CORS, the id: no document headers
        b"date",
        b"etag",
        b"cache-control",
        b"vary",
        b"access-control-allow-origin",
        b"access-control-expose-headers",
        b"x-request-id",
    }


def test_http_1_0_and_pipelined_requests_get_their_answers_in_order(
    logged: tuple[int, Path],
) -> None:
    port, _ = logged
    one, two = f"{API}/action-areas?limit=1", f"{API}/action-areas?limit=3"
    references = [_exchange(port, _request("GET", p))[0] for p in (one, two)]
    old = _exchange(port, _request("GET", one, version="1.0"))[0]
    assert b"\r\nconnection: close\r\n" in old.lower()
    assert _but_per_answer(old).replace(b"connection: close\r\n", b"") == _but_per_answer(
        references[0]
    )
    both = _exchange(port, _request("GET", one) + _request("GET", two) + _request("GET", one), 3)
    assert [_but_per_answer(a) for a in both] == [
        _but_per_answer(r) for r in (*references, references[0])
    ]


def test_answers_given_at_once_are_logged_like_the_others(logged: tuple[int, Path]) -> None:
    port, log = logged
    path = f"{API}/jurisdictions/milwaukee-county-wi"
    for request_id in ("computed.1", "at-once.1"):
        _exchange(port, _request("GET", path, **{"X-Request-ID": request_id}))
    time.sleep(0.2)  # lines are written when the loop's turn ends
    lines = {}
    for line in log.read_text().splitlines():
        record = json.loads(line)
        if record.get("request_id") in ("computed.1", "at-once.1"):
            lines[record.pop("request_id")] = record
    computed, at_once = lines["computed.1"], lines["at-once.1"]
    for record in (computed, at_once):
        record.pop("time"), record.pop("duration_ms")
    assert list(at_once.items()) == list(computed.items())
    assert at_once["route"] == f"{API}/jurisdictions/{{slug}}" and at_once["status"] == 200


def test_a_request_the_key_does_not_hold_is_not_answered_at_once(
    logged: tuple[int, Path], metrics_auth: dict[str, str]
) -> None:
    port, _ = logged
    _exchange(port, _request("GET", PATH))
    before = _at_once_total(port, metrics_auth)
    for headers in (
        {"Authorization": "Bearer sjc_aaaaaaaaaaaa_x"},
        {"Content-Length": "0"},
        {"Transfer-Encoding": "chunked"},
    ):
        with socket.create_connection(("127.0.0.1", port)) as sock:
            body = b"0\r\n\r\n" if "Transfer-Encoding" in headers else b""
            sock.sendall(_request("GET", PATH, Connection="close", **headers) + body)
            sock.settimeout(5)
            while sock.recv(65536):
                pass
    _exchange(port, _request("POST", PATH, **{"Content-Length": "0"}))
    assert _at_once_total(port, metrics_auth) == before


def test_answers_at_once_count_against_the_rate_limit(seeded_url: str) -> None:
    env = {
        "SJC_RESPONSE_CACHE_MB": "8",
        "SJC_RATE_LIMIT_ENABLED": "true",
        "SJC_RATE_LIMIT_READS": "4",
    }
    with serve(seeded_url, None, **env) as port:
        path = f"{API}/action-areas"
        answers = [_exchange(port, _request("GET", path))[0] for _ in range(6)]
    heads = [a.partition(b"\r\n\r\n")[0].lower() for a in answers]
    assert [h.split(b" ")[1] for h in heads] == [b"200"] * 4 + [b"429"] * 2
    remaining = [h.split(b"ratelimit-remaining: ")[1].split(b"\r\n")[0] for h in heads]
    assert remaining == [b"3", b"2", b"1", b"0", b"0", b"0"]  # each request counted once
    assert b"retry-after: " in heads[4] and b"application/problem+json" in heads[4]


def _one_answer(sock: socket.socket) -> bytes:
    """Read one whole answer with a Content-Length (one request in flight at a time)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    while len(body) < _content_length(head):
        body += sock.recv(65536)
    return head


def test_an_idle_connection_is_closed_after_the_keep_alive_timeout(
    logged: tuple[int, Path],
) -> None:
    port, _ = logged
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(10)
        started = time.monotonic()
        for _ in range(7):  # busy past one timeout: a request every second keeps it open
            sock.sendall(_request("GET", PATH))
            assert _one_answer(sock).startswith(b"HTTP/1.1 200 ")
            time.sleep(1)
        busy = time.monotonic() - started
        idle_from = time.monotonic() - 1
        assert sock.recv(65536) == b""  # then closed, once idle for the timeout (5 s)
        waited = time.monotonic() - idle_from
    assert busy > 6.5
    assert 4.5 < waited < 7
