"""Rate limits (in memory and in a real Redis shared by two app instances), body size limit,
security headers and CORS for writes."""

import os
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.main import create_app
from tests.helpers import API

REDIS_URL = os.environ.get("SJC_TEST_REDIS_URL")
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def _client(**overrides: Any) -> TestClient:
    settings = get_settings().model_copy(update=overrides)
    return TestClient(create_app(settings))


@pytest.fixture
def limited(seeded_url: str) -> Iterator[TestClient]:
    """An app whose clients may make 3 reads and 2 writes per minute."""
    with _client(rate_limit_enabled=True, rate_limit_reads=3, rate_limit_writes=2) as client:
        yield client


def test_reads_are_limited_per_client_ip(limited: TestClient) -> None:
    remaining = []
    for _ in range(3):
        response = limited.get(f"{API}/action-areas")
        assert response.status_code == 200
        assert response.headers["ratelimit-limit"] == "3"
        remaining.append(response.headers["ratelimit-remaining"])
        assert 1 <= int(response.headers["ratelimit-reset"]) <= 60
    assert remaining == ["2", "1", "0"]
    refused = limited.get(f"{API}/action-areas")
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "rate_limited"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["ratelimit-remaining"] == "0"
    for name, value in SECURITY_HEADERS.items():
        assert refused.headers[name] == value
    assert limited.get("/healthz").status_code == 200  # probes are never limited


def test_guessed_keys_are_limited_per_client_address(seeded_url: str) -> None:
    # Every unknown key id counts against the caller's failed-authentication budget: a fresh
    # fake id each time is no way around it (it used to be a fresh budget each time).
    options = {"rate_limit_enabled": True, "rate_limit_auth_failures": 3}
    with _client(**options) as limited:
        body = {"slug": "x", "name": "X"}
        statuses = [
            limited.post(
                f"{API}/action-areas",
                json=body,
                headers={"Authorization": f"Bearer sjc_{i:012d}_unknown"},
            ).status_code
            for i in range(5)
        ]
        assert statuses == [401, 401, 401, 429, 429]
        assert limited.get(f"{API}/action-areas").status_code == 200  # reads have their own budget


def test_the_redis_budget_is_shared_by_replicas(seeded_url: str) -> None:
    if REDIS_URL is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide SJC_TEST_REDIS_URL (see .ci/run)")
        pytest.skip("no Redis: set SJC_TEST_REDIS_URL=redis://127.0.0.1:PORT/15")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    options = {
        "rate_limit_enabled": True,
        "rate_limit_reads": 3,
        "rate_limit_storage_url": REDIS_URL,
    }
    with _client(**options) as one, _client(**options) as two:
        assert one.get(f"{API}/action-areas").status_code == 200
        assert two.get(f"{API}/action-areas").status_code == 200
        assert one.get(f"{API}/action-areas").headers["ratelimit-remaining"] == "0"
        refused = two.get(f"{API}/action-areas")
        assert refused.status_code == 429
        assert "retry-after" in refused.headers
    keys = redis.Redis.from_url(REDIS_URL).keys("sjc:ratelimit:*")
    assert keys and all(int(redis.Redis.from_url(REDIS_URL).ttl(k)) > 0 for k in keys)


def test_the_redis_count_survives_a_flushed_script_cache_and_expires_with_its_window() -> None:
    if REDIS_URL is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide SJC_TEST_REDIS_URL (see .ci/run)")
        pytest.skip("no Redis: set SJC_TEST_REDIS_URL=redis://127.0.0.1:PORT/15")
    import asyncio

    import redis

    from app.middleware.ratelimit import RedisStore

    plain = redis.Redis.from_url(REDIS_URL)
    plain.flushdb()

    async def hits() -> list[int]:
        store = RedisStore(REDIS_URL, 1.0)
        counted = [await store.hit("read:x", 600, 60) for _ in range(2)]
        plain.script_flush()  # what a restarted Redis has forgotten
        counted.append(await store.hit("read:x", 600, 60))
        counted.append(await store.count("read:x", 600))
        await store.client.aclose()
        return counted

    assert asyncio.run(hits()) == [1, 2, 3, 3]
    assert 0 < int(plain.ttl("sjc:ratelimit:read:x:600")) <= 61  # set once, by the first hit


def test_an_unreachable_redis_does_not_take_reads_down(seeded_url: str) -> None:
    options = {"rate_limit_enabled": True, "rate_limit_storage_url": "redis://127.0.0.1:1/0"}
    with _client(**options) as client:
        assert client.get(f"{API}/action-areas").status_code == 200


def test_bodies_over_the_limit_get_413(seeded_url: str) -> None:
    with _client(max_body_bytes=1000) as client:
        big = b'{"slug": "x", "name": "' + b"x" * 2000 + b'"}'
        response = client.post(
            f"{API}/action-areas", content=big, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "payload_too_large"

        def chunks() -> Iterator[bytes]:
            yield b'{"slug": "x", "name": "'
            for _ in range(10):
                yield b"x" * 500
            yield b'"}'

        streamed = client.post(
            f"{API}/action-areas", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
        small = client.post(f"{API}/action-areas", json={"slug": "x", "name": "X"})
        assert small.status_code == 401  # under the limit: on to authentication


def test_uploads_have_their_own_limit(seeded_url: str) -> None:
    with _client(max_body_bytes=1000, max_import_bytes=5000) as client:
        upload = {"file": ("a.csv", b"x" * 3000, "text/csv")}
        allowed = client.post(f"{API}/imports", files=upload)
        assert allowed.status_code == 401  # over the general limit, under the upload one
        elsewhere = client.post(f"{API}/action-areas", files=upload)
        assert elsewhere.status_code == 413
        too_big = client.post(f"{API}/imports", files={"file": ("a.csv", b"x" * 6000)})
        assert too_big.status_code == 413
        assert too_big.json()["detail"] == "The request body is larger than 5000 bytes."


def test_the_default_limit_is_one_mebibyte(client: TestClient) -> None:
    assert get_settings().max_body_bytes == 1024 * 1024
    body = b"x" * (1024 * 1024 + 1)
    response = client.post(f"{API}/action-areas", content=body)
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"{API}/jurisdictions?limit=1"),
        ("GET", f"{API}/jurisdictions/nowhere"),
        ("GET", f"{API}/nothing"),
        ("POST", f"{API}/jurisdictions"),
        ("GET", "/healthz"),
        ("GET", "/openapi.json"),
    ],
)
def test_security_headers_on_every_response(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "default-src 'none'" in response.headers["content-security-policy"]


def test_a_304_carries_no_headers_for_a_body(client: TestClient) -> None:
    # RFC 9110 15.4.5: a 304 repeats the validators and caching fields; a cache that
    # revalidates keeps the stored 200's other headers, the security headers among them.
    ok = client.get(f"{API}/jurisdictions?limit=2")
    assert ok.headers["strict-transport-security"].startswith("max-age=")
    assert ok.headers["cross-origin-resource-policy"] == "cross-origin"
    assert "permissions-policy" not in ok.headers  # interest-cohort: no browser knows it now
    revalidated = client.get(
        f"{API}/jurisdictions?limit=2", headers={"If-None-Match": ok.headers["etag"]}
    )
    assert revalidated.status_code == 304
    for name in ("etag", "cache-control", "vary", "access-control-allow-origin"):
        assert revalidated.headers[name] == ok.headers[name]
    assert revalidated.headers["x-request-id"]
    guards = (
        "content-security-policy",
        "strict-transport-security",
        "cross-origin-resource-policy",
    )
    for name in (*SECURITY_HEADERS, *guards):
        assert name in ok.headers and name not in revalidated.headers


def test_docs_get_a_csp_that_lets_them_run(client: TestClient) -> None:
    csp = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_cors_allows_writes_only_from_configured_origins(seeded_url: str) -> None:
    with _client(cors_write_origins=["https://staff.example"]) as client:
        staff = client.options(
            f"{API}/jurisdictions",
            headers={
                "Origin": "https://staff.example",
                "Access-Control-Request-Method": "PATCH",
                "Access-Control-Request-Headers": "authorization, if-match, content-type",
            },
        )
        assert staff.status_code == 200
        assert staff.headers["access-control-allow-origin"] == "https://staff.example"
        allowed = staff.headers["access-control-allow-headers"].lower()
        assert {"authorization", "if-match", "idempotency-key"} <= {
            h.strip() for h in allowed.split(",")
        }
        other = client.options(
            f"{API}/jurisdictions",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert other.status_code == 400
        assert "access-control-allow-origin" not in other.headers
        read = client.get(
            f"{API}/jurisdictions?limit=1", headers={"Origin": "https://evil.example"}
        )
        assert read.headers["access-control-allow-origin"] == "*"
        write = client.post(
            f"{API}/jurisdictions", json={}, headers={"Origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in write.headers
        staff_write = client.post(
            f"{API}/jurisdictions", json={}, headers={"Origin": "https://staff.example"}
        )
        assert staff_write.headers["access-control-allow-origin"] == "https://staff.example"
