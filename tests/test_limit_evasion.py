"""Rate limits that cannot be dodged or turned against a victim: forwarded headers are believed
only from configured proxies, write budgets belong to verified keys, failed authentications
have a budget per client address, and a frozen or missing Redis neither slows nor stops
service (it fails open, says so once, and counts the failures)."""

import logging
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.main import create_app
from app.middleware.proxy import client_address, parse_networks
from tests.conftest import WriteEnv
from tests.helpers import API, free_port, wait_for_port


def _app(**overrides: Any) -> Any:
    return create_app(get_settings().model_copy(update={"rate_limit_enabled": True, **overrides}))


def _client(app: Any, ip: str) -> TestClient:
    return TestClient(app, client=(ip, 40000))


def test_forwarded_for_is_ignored_by_default(seeded_url: str) -> None:
    app = _app(rate_limit_reads=3)
    with _client(app, "127.0.0.1") as local:
        statuses = [
            local.get(
                f"{API}/action-areas", headers={"X-Forwarded-For": f"203.0.113.{i}"}
            ).status_code
            for i in range(6)
        ]
    assert statuses == [200, 200, 200, 429, 429, 429]


def test_forwarded_for_is_believed_from_a_trusted_proxy_only(seeded_url: str) -> None:
    app = _app(rate_limit_reads=2, forwarded_allow_ips=["127.0.0.1/32", "10.0.0.0/8"])
    with _client(app, "127.0.0.1") as proxy:
        spread = [
            proxy.get(
                f"{API}/action-areas", headers={"X-Forwarded-For": f"203.0.113.{i}"}
            ).status_code
            for i in range(4)
        ]
        same = [
            proxy.get(
                f"{API}/action-areas", headers={"X-Forwarded-For": "198.51.100.7"}
            ).status_code
            for _ in range(3)
        ]
        # A client cannot prepend its own choice: the nearest untrusted hop is the client.
        forged = [
            proxy.get(
                f"{API}/action-areas",
                headers={"X-Forwarded-For": f"1.2.3.{i}, 198.51.100.7, 10.1.1.1"},
            ).status_code
            for i in range(2)
        ]
    assert spread == [200, 200, 200, 200]
    assert same == [200, 200, 429]
    assert forged == [429, 429]
    with _client(app, "192.0.2.50") as untrusted:
        assert [
            untrusted.get(
                f"{API}/action-areas", headers={"X-Forwarded-For": f"203.0.113.{i}"}
            ).status_code
            for i in range(3)
        ] == [200, 200, 429]


def test_client_address_walks_trusted_hops_from_the_right() -> None:
    networks = parse_networks(["10.0.0.0/8"])
    assert client_address("10.0.0.1", "9.9.9.9, 8.8.8.8, 10.0.0.2", networks) == "8.8.8.8"
    assert client_address("192.0.2.1", "9.9.9.9", networks) == "192.0.2.1"
    assert client_address("10.0.0.1", "not-an-ip", networks) == "10.0.0.1"
    assert client_address("10.0.0.1", None, networks) == "10.0.0.1"


def test_wrong_secrets_for_a_victims_key_do_not_spend_the_victims_budget(
    write_env: WriteEnv,
) -> None:
    app = _app(rate_limit_writes=2, rate_limit_auth_failures=3)
    victim_key = write_env.keys["writer"]
    key_id = victim_key.split("_")[1]
    forged = {"Authorization": f"Bearer sjc_{key_id}_not-the-secret"}
    with _client(app, "192.0.2.1") as attacker, _client(app, "192.0.2.2") as victim:
        attempts = [
            attacker.post(f"{API}/action-areas", json={"slug": "a", "name": "A"}, headers=forged)
            for _ in range(10)
        ]
        assert [r.status_code for r in attempts] == [401] * 3 + [429] * 7
        real = {"Authorization": f"Bearer {victim_key}"}
        writes = [
            victim.post(
                f"{API}/action-areas", json={"slug": f"victim-{i}", "name": "V"}, headers=real
            )
            for i in range(3)
        ]
        assert [w.status_code for w in writes] == [201, 201, 429]
        assert writes[0].headers["ratelimit-limit"] == "2"
        # The key's budget is the key's wherever it is used from; a good key is never refused
        # because of failed guesses from elsewhere.
        assert (
            attacker.post(
                f"{API}/action-areas", json={"slug": "victim-x", "name": "V"}, headers=real
            ).status_code
            == 429
        )


@pytest.fixture
def frozen_redis() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A Redis server of this test's own, to be stopped with SIGSTOP."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install redis-server (see .ci/run)")
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port, 5)
    try:
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.send_signal(signal.SIGCONT)
        process.kill()
        process.wait()


def test_a_frozen_redis_neither_slows_nor_stops_service(
    seeded_url: str,
    frozen_redis: tuple[str, subprocess.Popen[bytes]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url, process = frozen_redis
    app = _app(rate_limit_reads=1000, rate_limit_storage_url=url)
    with _client(app, "192.0.2.9") as client:
        assert client.get(f"{API}/action-areas").headers["ratelimit-remaining"] == "999"
        process.send_signal(signal.SIGSTOP)
        caplog.set_level(logging.WARNING, logger="sjc_api.ratelimit")
        timings = []
        for _ in range(20):
            started = time.monotonic()
            response = client.get(f"{API}/action-areas")
            timings.append(time.monotonic() - started)
            assert response.status_code == 200
        assert max(timings) < 1.0, timings
        assert sum(timings) < 3.0, timings  # one short timeout, then the store is skipped
        warnings = [r for r in caplog.records if r.name == "sjc_api.ratelimit"]
        assert len(warnings) == 1
        assert app.state.limiter.store_failures >= 1


def test_an_unreachable_redis_is_reported_once_not_per_request(
    seeded_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="sjc_api.ratelimit")
    app = _app(rate_limit_storage_url=f"redis://127.0.0.1:{free_port()}/0")
    with _client(app, "192.0.2.10") as client:
        assert all(client.get(f"{API}/action-areas").status_code == 200 for _ in range(10))
    assert len([r for r in caplog.records if r.name == "sjc_api.ratelimit"]) == 1
    assert app.state.limiter.store_failures >= 1
