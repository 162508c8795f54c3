"""The edge layer replays stored answers exactly as every layer inside gave them: the same
status, headers and bytes as a server without a cache, for each variant clients send (format,
gzip, Origin, HEAD, 304), never for a request a header outside the key could change, with a
request id, an access line and a rate-limit count of its own."""

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.core import telemetry
from app.core.config import get_settings
from app.main import create_app
from tests.helpers import API, serve

PER_ANSWER = ("date", "x-request-id")
VARIANTS: list[tuple[str, dict[str, str]]] = [
    (f"{API}/jurisdictions?limit=5", {}),
    (f"{API}/jurisdictions?limit=5", {"Accept-Encoding": "gzip"}),
    (f"{API}/jurisdictions?limit=5", {"Accept": "text/csv"}),
    (f"{API}/jurisdictions?limit=5", {"Origin": "https://app.example"}),
    (f"{API}/jurisdictions.csv?limit=5", {"Accept-Encoding": "gzip, br"}),
    (f"{API}/jurisdictions/milwaukee-county-wi", {}),
    (f"{API}/jurisdictions/milwaukee-county-wi", {"Origin": "null", "Accept-Encoding": "gzip"}),
    (f"{API}/observations?jurisdiction=milwaukee-county-wi&limit=3", {}),
    (f"{API}/search?q=jail&limit=2", {"Accept": "application/json"}),
    (f"{API}/action-areas", {"Accept": "application/ndjson, */*"}),
    ("/", {"Accept": "application/json"}),
]


def _hits() -> float:
    return telemetry.RESPONSE_CACHE.labels("hit")._value.get()  # type: ignore[attr-defined]


def _shown(response: httpx.Response) -> tuple[int, list[tuple[str, str]], bytes]:
    headers = sorted((k, v) for k, v in response.headers.multi_items() if k not in PER_ANSWER)
    return response.status_code, headers, response.content


@pytest.fixture(scope="module")
def servers(seeded_url: str) -> Iterator[tuple[str, str]]:
    """A real server with the response cache and one without, on the same data."""
    with (
        serve(seeded_url, SJC_RESPONSE_CACHE_MB="8") as cached,
        serve(seeded_url, SJC_RESPONSE_CACHE_MB="0") as plain,
    ):
        yield f"http://127.0.0.1:{cached}", f"http://127.0.0.1:{plain}"


def test_a_replayed_answer_is_the_answer_the_layers_gave(servers: tuple[str, str]) -> None:
    cached, plain = servers
    with httpx.Client(base_url=cached) as c, httpx.Client(base_url=plain) as p:
        for method in ("GET", "HEAD"):
            for path, headers in VARIANTS:
                asked = {"Accept-Encoding": "identity", **headers}
                first, again, reference = (
                    client.request(method, path, headers=asked) for client in (c, c, p)
                )
                assert first.status_code == 200, (path, headers, first.text)
                assert _shown(first) == _shown(again) == _shown(reference), (method, path, asked)
                assert first.headers["x-request-id"] != again.headers["x-request-id"]


def test_each_variant_the_key_holds_is_answered_as_its_own(servers: tuple[str, str]) -> None:
    cached, plain = servers
    path = f"{API}/action-areas?limit=3"
    twice = [("Accept", "text/csv"), ("Accept", "application/json")]  # the first one counts
    variants: list[Any] = [twice, {"Accept-Encoding": "identity"}, *(h for _, h in VARIANTS[1:5])]
    with httpx.Client(base_url=cached) as c, httpx.Client(base_url=plain) as p:
        for _ in range(2):  # the second round is answered from the cache, in another order
            for headers in variants:
                got, reference = c.get(path, headers=headers), p.get(path, headers=headers)
                assert _shown(got) == _shown(reference), headers
            variants.reverse()


def test_304s_are_replayed_with_the_headers_the_layers_gave(servers: tuple[str, str]) -> None:
    cached, plain = servers
    with httpx.Client(base_url=cached) as c, httpx.Client(base_url=plain) as p:
        for path in (f"{API}/jurisdictions?limit=5", f"{API}/jurisdictions/milwaukee-county-wi"):
            for origin in ({}, {"Origin": "https://app.example"}):
                etag = c.get(path, headers=origin).headers["etag"]
                asked = {"If-None-Match": f'"other", {etag}', **origin}
                answers = [client.get(path, headers=asked) for client in (c, c, p)]
                assert {a.status_code for a in answers} == {304}
                assert len({repr(_shown(a)) for a in answers}) == 1, path
                stale = c.get(path, headers={"If-None-Match": '"stale"', **origin})
                assert stale.status_code == 200 and stale.content


def _app(**overrides: Any) -> TestClient:
    return TestClient(create_app(get_settings().model_copy(update=overrides)))


def test_only_anonymous_bodiless_reads_are_replayed(seeded_url: str) -> None:
    path = f"{API}/action-areas?limit=2"
    with _app(response_cache_mb=8) as client:
        client.get(path)
        before = _hits()
        assert client.get(path).status_code == 200 and _hits() == before + 1
        for headers in (
            {"Authorization": "Bearer sjc_aaaaaaaaaaaa_x"},  # reads the primary; may see more
            {"Content-Length": "0"},
            {"Transfer-Encoding": "chunked"},
        ):
            client.get(path, headers=headers)
            assert _hits() == before + 1, headers
        client.post(path, json={})  # not a read: never answered from the cache
        assert _hits() == before + 1


def test_a_replayed_answer_has_its_own_id_and_access_line(
    seeded_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = f"{API}/jurisdictions/milwaukee-county-wi"
    caplog.set_level(logging.INFO, logger="sjc_api.access")
    with _app(response_cache_mb=8) as client:
        client.get(path)
        before = _hits()
        hit = client.get(path, headers={"X-Request-ID": "trace-me.1"})
        refused = client.get(path, headers={"X-Request-ID": "<script>"})
    assert _hits() == before + 2
    assert hit.headers["x-request-id"] == "trace-me.1"
    assert refused.headers["x-request-id"] not in ("<script>", hit.headers["x-request-id"])
    lines = [r for r in caplog.records if getattr(r, "request_id", None) == "trace-me.1"]
    assert len(lines) == 1
    assert lines[0].route == f"{API}/jurisdictions/{{slug}}"  # type: ignore[attr-defined]
    assert lines[0].status == 200  # type: ignore[attr-defined]


def test_replayed_answers_count_against_the_rate_limit(seeded_url: str) -> None:
    path = f"{API}/action-areas"
    with _app(response_cache_mb=8, rate_limit_enabled=True, rate_limit_reads=3) as client:
        answers = [client.get(path, headers={"Origin": "https://app.example"}) for _ in range(5)]
        limiter = client.app.state.limiter  # type: ignore[attr-defined]
        spent = client.portal.call(limiter.spent, "read:testclient", 3)  # type: ignore[union-attr]
    assert spent.count == 5  # each request counted once, refused ones too
    assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
    assert [a.headers["ratelimit-remaining"] for a in answers] == ["2", "1", "0", "0", "0"]
    assert answers[1].content == answers[0].content
    refused = answers[3]
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["access-control-allow-origin"] == "*"  # refused inside the layers
    assert "content-security-policy" in refused.headers and "retry-after" in refused.headers


def test_only_cacheable_paths_read_the_dataset_version(seeded_url: str) -> None:
    reads: list[str] = []
    with _app(response_cache_mb=8, etag_version_ttl=0) as client:
        versions = client.app.state.versions  # type: ignore[attr-defined]
        read = versions.read
        versions.read = lambda: reads.append("read") or read()
        for path in ("/healthz", "/docs", "/openapi.json", f"{API}/imports"):
            client.get(path)
        assert reads == []  # a health check never waits for the database
        client.get(f"{API}/action-areas")
        assert reads == ["read"]  # ttl 0: a miss asks once, for its key and its ETag alike
        client.get(f"{API}/action-areas")
        assert reads == ["read"] * 2  # and a hit once


def test_a_read_is_labelled_for_cors_with_an_origin_or_without(servers: tuple[str, str]) -> None:
    """A shared cache in front may store a read answered without an Origin and give it to a
    browser that sent one: the answer must already allow it."""
    cached, _ = servers
    with httpx.Client(base_url=cached) as c:
        for origin in ({}, {"Origin": "https://app.example"}):
            read = c.get(f"{API}/action-areas", headers=origin)
            assert read.headers["access-control-allow-origin"] == "*"
            assert "ETag" in read.headers["access-control-expose-headers"]
            assert "origin" not in read.headers.get("vary", "").lower()
        write = c.post(f"{API}/action-areas", json={})
        assert "access-control-allow-origin" not in write.headers
