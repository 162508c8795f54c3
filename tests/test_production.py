"""One server as production runs it: Prometheus metrics (one worker and several), refusals to
start unsafely, the start-up lock, a proxy's path prefix, online backups and read replicas."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.auth.service import create_key
from app.core.config import get_settings
from app.core.db import engine_for
from app.main import create_app
from tests.conftest import IS_POSTGRES, WriteEnv
from tests.helpers import API, REPO_ROOT, free_port, samples, serve, wait_for_port

REDIS_URL = os.environ.get("SJC_TEST_REDIS_URL")
CLI = str(Path(sys.executable).parent / "sjc-api")


def metrics_key(url: str, name: str) -> str:
    """A new API key with only the `metrics` scope."""
    with Session(engine_for(url)) as session, session.begin():
        return create_key(session, name, ["metrics"])


def requests_of(scraped: dict, route: str, status: str = "200") -> float:  # type: ignore[type-arg]
    """sjc_http_requests_total for a GET route and status."""
    labels = frozenset({"method": "GET", "route": route, "status": status}.items())
    return float(scraped.get(("sjc_http_requests_total", labels), 0.0))


def test_metrics_need_the_metrics_scope(write_env: WriteEnv) -> None:
    client = write_env.client
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers=write_env.auth("writer")).status_code == 403
    made = subprocess.run(  # as docs/deployment.md says to make it
        [CLI, "keys", "create", "--name", "prometheus", "--scopes", "metrics"],
        env={**os.environ, "SJC_DATABASE_URL": write_env.url},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    key = made.stdout.strip()
    response = client.get("/metrics", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert response.headers["cache-control"] == "no-store"


def test_metrics_parse_and_their_counters_move(write_env: WriteEnv) -> None:
    client = write_env.client
    auth = {"Authorization": f"Bearer {metrics_key(write_env.url, 'prometheus-moves')}"}
    before = samples(client.get("/metrics", headers=auth).text)
    url = f"{API}/action-areas?limit=2"
    first = client.get(url)
    client.get(url)  # answered from the response cache, still counted under its route
    assert client.get(url, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    after = samples(client.get("/metrics", headers=auth).text)
    route = "/api/v1/action-areas"
    assert requests_of(after, route) - requests_of(before, route) == 2
    assert requests_of(after, route, "304") - requests_of(before, route, "304") == 1

    def delta(name: str, **labels: str) -> float:
        key = (name, frozenset(labels.items()))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert delta("sjc_not_modified_total") == 1
    assert delta("sjc_response_cache_total", result="hit") >= 1
    assert delta("sjc_response_cache_total", result="miss") >= 1
    count = (
        "sjc_http_request_duration_seconds_count",
        frozenset({"method": "GET", "route": route}.items()),
    )
    assert after[count] - before.get(count, 0.0) == 3
    assert ("sjc_db_connections_in_use", frozenset()) in after


def _limited_client(**overrides: object) -> TestClient:
    settings = get_settings().model_copy(update={"rate_limit_enabled": True, **overrides})
    return TestClient(create_app(settings))


def test_429s_and_store_failures_are_counted(write_env: WriteEnv) -> None:
    auth = {"Authorization": f"Bearer {metrics_key(write_env.url, 'prometheus-429')}"}
    with _limited_client(rate_limit_reads=1) as limited:
        before = samples(limited.get("/metrics", headers=auth).text)
        statuses = [limited.get(f"{API}/action-areas").status_code for _ in range(3)]
        after = samples(limited.get("/metrics", headers=auth).text)
    assert statuses == [200, 429, 429]
    key = ("sjc_rate_limited_total", frozenset())
    assert after[key] - before.get(key, 0.0) == 2
    unreachable = "redis://127.0.0.1:1/0"
    with _limited_client(rate_limit_storage_url=unreachable) as failing:
        before = samples(failing.get("/metrics", headers=auth).text)
        assert failing.get(f"{API}/action-areas").status_code == 200  # fails open
        after = samples(failing.get("/metrics", headers=auth).text)
    failures = ("sjc_rate_limit_store_failures_total", frozenset())
    assert after[failures] - before.get(failures, 0.0) >= 1


def test_several_workers_share_their_metrics_and_log_json(seeded_url: str, tmp_path: Path) -> None:
    if REDIS_URL is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide SJC_TEST_REDIS_URL (see .ci/run)")
        pytest.skip("no Redis: set SJC_TEST_REDIS_URL=redis://127.0.0.1:PORT/15")
    key = metrics_key(seeded_url, "prometheus-workers")
    log = tmp_path / "server.log"
    env = {
        "SJC_WORKERS": "2",
        "SJC_RATE_LIMIT_ENABLED": "true",
        "SJC_RATE_LIMIT_READS": "100000",
        "SJC_RATE_LIMIT_STORAGE_URL": REDIS_URL,
        "SJC_METRICS_MULTIPROC_DIR": str(tmp_path / "metrics"),
    }
    with serve(seeded_url, log=log, **env) as port:
        base = f"http://127.0.0.1:{port}"

        def hammer(n: int) -> None:
            for i in range(10):  # a new connection each time, so either worker may accept it
                assert httpx.get(
                    f"{base}{API}/jurisdictions?limit={1 + (n * 10 + i) % 40}"
                ).is_success

        def answering() -> set[int]:
            records = [json.loads(line) for line in log.read_text().splitlines()]
            return {r["pid"] for r in records if r["logger"] == "sjc_api.access"}

        # Rounds of 60 until both workers have answered: which worker accepts a connection is
        # the kernel's choice, and a worker that answers quickly may win every accept of a round.
        sent = 0
        while sent == 0 or (len(answering()) < 2 and sent < 1200):
            threads = [threading.Thread(target=hammer, args=(n,)) for n in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            sent += 60
        scrapes = [
            samples(httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {key}"}).text)
            for _ in range(6)
        ]
    assert {requests_of(s, "/api/v1/jurisdictions") for s in scrapes} == {float(sent)}
    lines = log.read_text().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    started = {r["pid"] for r in records if r["message"].startswith("Started server process")}
    assert len(started) == 2
    assert not any(r["logger"] == "uvicorn.access" for r in records)  # ours is the one line
    answered = {r["pid"] for r in records if r["logger"] == "sjc_api.access"}
    assert answered <= started and len(answered) == 2  # both workers answered


def _serve_refused(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "SJC_SECRET_KEY"}
    return subprocess.run(
        [CLI, "serve", "--port", "1", "--workers", "2"],
        env={**environment, "SJC_RATE_LIMIT_ENABLED": "true", **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_several_workers_refuse_to_start_without_a_shared_secret_or_store() -> None:
    no_secret = _serve_refused(SJC_DATABASE_URL="sqlite:///unused.db")
    assert no_secret.returncode == 2
    assert "SJC_SECRET_KEY must be set" in no_secret.stderr
    no_store = _serve_refused(SJC_DATABASE_URL="sqlite:///unused.db", SJC_SECRET_KEY="s" * 32)
    assert no_store.returncode == 2
    assert "SJC_RATE_LIMIT_STORAGE_URL" in no_store.stderr


def test_setups_started_together_migrate_once(fresh_url: str) -> None:
    env = {**os.environ, "SJC_DATABASE_URL": fresh_url}
    runs = [
        subprocess.Popen(
            [CLI, "setup"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    stdout = [out for out, _ in outputs]
    assert sum("database migrated to head" in out for out in stdout) == 1
    assert sum("database already at head" in out for out in stdout) == 2
    assert sum("seed complete: 0 rows" not in out for out in stdout) == 1
    engine = engine_for(fresh_url)
    try:
        with engine.connect() as conn:
            versions = conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
    finally:
        engine.dispose()
    assert versions == 1


def test_a_proxy_path_prefix_shapes_links_and_problems(seeded_url: str) -> None:
    with serve(seeded_url, SJC_ROOT_PATH="/data") as port:
        base = f"http://127.0.0.1:{port}"  # the proxy strips /data before passing requests on
        body = httpx.get(f"{base}{API}/jurisdictions?limit=1").json()
        assert body["links"]["self"] == "/data/api/v1/jurisdictions?limit=1"
        assert body["links"]["next"].startswith("/data/api/v1/jurisdictions?")
        missing = httpx.get(f"{base}{API}/jurisdictions/nowhere")
        assert missing.status_code == 404
        assert missing.json()["instance"] == "/data/api/v1/jurisdictions/nowhere"
        assert httpx.get(f"{base}/healthz").status_code == 200


def _backup(url: str, out: Path) -> subprocess.CompletedProcess[str]:
    """Run `sjc-api backup` of `url` into `out`."""
    return subprocess.run(
        [CLI, "backup", str(out)], env={**os.environ, "SJC_DATABASE_URL": url},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_an_online_backup_serves_the_same_data(seeded_url: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    done = _backup(seeded_url, copy)
    if IS_POSTGRES:
        assert done.returncode == 2 and "pg_dump" in done.stderr  # tested in the cluster suite
        return
    assert done.returncode == 0, done.stderr
    urls = [seeded_url, f"sqlite:///{copy}"]
    bodies = []
    for url in urls:
        with serve(url) as port:
            bodies.append(
                httpx.get(f"http://127.0.0.1:{port}{API}/jurisdictions?limit=500").content
            )
    assert bodies[0] == bodies[1]
    again = _backup(seeded_url, copy)
    assert again.returncode == 2 and "exists" in again.stderr


@pytest.mark.skipif(IS_POSTGRES, reason="a streaming replica is tested in the cluster suite")
def test_anonymous_reads_go_to_the_replica_and_keyed_reads_to_the_primary(
    write_env: WriteEnv, tmp_path: Path
) -> None:
    replica = tmp_path / "replica.db"
    done = _backup(write_env.url, replica)
    assert done.returncode == 0, done.stderr
    settings = get_settings()
    settings.database_replica_url = f"sqlite:///{replica}"
    try:
        with TestClient(create_app()) as client:
            created = client.post(
                f"{API}/action-areas",
                json={"slug": "replica-lag", "name": "Replica lag"},
                headers=write_env.auth(),
            )
            assert created.status_code == 201
            path = f"{API}/action-areas/replica-lag"
            assert client.get(path).status_code == 404  # the replica has not got it
            assert client.get(path, headers=write_env.auth()).status_code == 200  # own write
            assert client.get("/readyz").status_code == 200
        (tmp_path / "not-a-folder").write_text("")
        unreachable = f"sqlite:///{tmp_path}/not-a-folder/replica.db"
        settings.database_replica_url = unreachable
        with TestClient(create_app()) as client:  # an app's replica is chosen when it is made
            assert client.get("/readyz").status_code == 503
    finally:
        settings.database_replica_url = None
        for url in [f"sqlite:///{replica}", f"sqlite:///{tmp_path}/not-a-folder/replica.db"]:
            engine_for(url).dispose()


def test_the_lock_files_pin_every_declared_dependency() -> None:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    for lock, wanted in [
        ("requirements.lock", project["dependencies"]),
        ("requirements-dev.lock", declared),
    ]:
        pinned = {}
        for line in (REPO_ROOT / lock).read_text().splitlines():
            if "==" in line and not line.startswith((" ", "#")):
                name, _, version = line.split(" ")[0].partition("==")
                pinned[name.lower().replace("_", "-")] = version
        for requirement in map(Requirement, wanted):
            name = requirement.name.lower().replace("_", "-")
            assert name in pinned, f"{name} is not in {lock}: run `make lock`"
            assert requirement.specifier.contains(pinned[name]), (
                f"{lock} pins {name} {pinned[name]}, outside {requirement.specifier}: run `make lock`"
            )


def test_a_cdn_can_be_given_its_own_max_age(seeded_url: str) -> None:
    settings = get_settings().model_copy(update={"cache_shared_max_age": 600})
    with TestClient(create_app(settings)) as client:
        response = client.get(f"{API}/jurisdictions?limit=1")
    assert response.headers["cache-control"] == "public, max-age=60, s-maxage=600"


def test_shutdown_lets_an_in_flight_request_finish(seeded_url: str) -> None:
    port = free_port()
    server = subprocess.Popen(
        [CLI, "serve", "--port", str(port)],
        env={**os.environ, "SJC_DATABASE_URL": seeded_url},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for_port(port)
        body = b'{"slug": "in-flight", "name": "In flight"}'
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(
                b"POST /api/v1/action-areas HTTP/1.1\r\nHost: test\r\n"
                b"Content-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body[:10]
            )
            time.sleep(0.3)
            server.send_signal(signal.SIGTERM)  # the request is half received
            time.sleep(0.5)
            assert server.poll() is None  # still finishing it
            sock.sendall(body[10:])
            answer = sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 401 ")  # answered in full (no key: 401)
        # then it exits by the signal it was sent (uvicorn re-raises it after shutting down)
        assert server.wait(timeout=30) == -signal.SIGTERM
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
