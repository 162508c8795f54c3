"""Faults: an unavailable database is a 503 problem+json with Retry-After (security and CORS
headers included, liveness unaffected, one log line per outage, service back within a second);
an import does not break API writes; downgrades refuse to destroy data; the secret file is
created atomically by racing processes."""

import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlmodel import Session

from app.auth.service import create_key
from app.core.config import get_settings
from app.core.db import build_engine, engine_for
from app.core.failures import DATABASE
from app.core.migrations import upgrade
from app.imports.observations import import_observations
from app.main import create_app
from app.seed import seed_database
from tests.conftest import IS_POSTGRES, SEED_DIR, WriteEnv, scratch_database
from tests.helpers import API, REPO_ROOT, free_port


@pytest.fixture(autouse=True)
def _no_outage_in_progress() -> None:
    """The process tracks one database's outage; each test here starts from a healthy state."""
    DATABASE.since = None


SECURITY = ("x-content-type-options", "content-security-policy", "strict-transport-security")


@contextmanager
def _app_on(url: str, **overrides: Any) -> Iterator[TestClient]:
    """An app whose database is `url` (the engine follows the process settings)."""
    settings = get_settings()
    previous = settings.database_url
    settings.database_url = url
    try:
        with TestClient(create_app(settings.model_copy(update=overrides))) as client:
            yield client
    finally:
        settings.database_url = previous


def _unreachable_url(tmp_path: Path) -> str:
    if IS_POSTGRES:
        return f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gone"
    return f"sqlite:///{tmp_path / 'missing-dir' / 'gone.db'}"


def _assert_unavailable(response: Any) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "database_unavailable"
    assert int(response.headers["retry-after"]) >= 1
    for name in SECURITY:
        assert name in response.headers


def test_an_unreachable_database_is_503_with_retry_after(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    with _app_on(_unreachable_url(tmp_path)) as client:
        for path in (
            f"{API}/jurisdictions",
            f"{API}/jurisdictions/milwaukee-county-wi",
            f"{API}/search?q=jail",
            f"{API}/exports/jurisdictions.csv",
            "/readyz",
        ):
            _assert_unavailable(client.get(path, headers={"Origin": "https://app.example"}))
        cors = client.get(f"{API}/metrics", headers={"Origin": "https://app.example"})
        _assert_unavailable(cors)
        assert cors.headers["access-control-allow-origin"] == "*"
        write = client.post(
            f"{API}/action-areas",
            json={"slug": "x", "name": "X"},
            headers={"Authorization": "Bearer sjc_aaaaaaaaaaaa_x"},
        )
        _assert_unavailable(write)
        upload = client.post(
            f"{API}/imports",
            files={"file": ("a.csv", b"fips,date,jail_population\n", "text/csv")},
            headers={"Authorization": "Bearer sjc_aaaaaaaaaaaa_x"},
        )
        _assert_unavailable(upload)
        assert client.get("/healthz").status_code == 200
    assert not [r for r in caplog.records if r.exc_info]  # no tracebacks
    outage_lines = [r for r in caplog.records if r.name == "sjc_api.failures"]
    assert len(outage_lines) == 1


def test_other_unhandled_errors_are_500_with_security_headers(seeded_url: str) -> None:
    app = create_app()

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret-detail")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom", headers={"Origin": "https://app.example"})
    assert response.status_code == 500
    assert response.json()["code"] == "internal_error"
    assert "secret-detail" not in response.text
    for name in SECURITY:
        assert name in response.headers
    assert response.headers["access-control-allow-origin"] == "*"


@pytest.fixture
def private_postgres(tmp_path: Path) -> Iterator[tuple[str, Any, Any]]:
    """A PostgreSQL server of this test's own, to stop and start under the app."""
    if not IS_POSTGRES:
        pytest.skip("the restart test runs in the PostgreSQL pass")
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not found:
        pytest.fail("PostgreSQL server binaries are missing (see .ci/run)")
    bin_dir = found[-1].parent
    data = Path(os.environ.get("TMPDIR", "/tmp")) / f"sjc-pg-restart-{os.getpid()}"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(mode=0o700)
    shutil.chown(data, "postgres", "postgres")
    port = free_port()

    def pg(*args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True)

    pg(str(bin_dir / "initdb"), "-D", f"{data}/db", "-U", "postgres", "-A", "trust")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    ctl = [str(bin_dir / "pg_ctl"), "-D", f"{data}/db", "-l", f"{data}/log", "-w"]

    def start() -> None:
        pg(*ctl, "-o", options, "start")

    def stop() -> None:
        pg(*ctl, "-m", "fast", "stop")

    start()
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    try:
        yield url, stop, start
    finally:
        engine_for(url).dispose()
        subprocess.run(["runuser", "-u", "postgres", "--", *ctl, "-m", "immediate", "stop"])
        shutil.rmtree(data, ignore_errors=True)


def test_a_database_restart_is_503_meanwhile_and_service_returns_within_a_second(
    private_postgres: tuple[str, Any, Any], caplog: pytest.LogCaptureFixture
) -> None:
    url, stop, start = private_postgres
    upgrade(url)
    seeder = build_engine(url)
    seed_database(seeder, SEED_DIR)
    seeder.dispose()
    caplog.set_level(logging.WARNING)
    with _app_on(url, response_cache_mb=0) as client:
        assert client.get(f"{API}/jurisdictions").status_code == 200
        stop()
        for _ in range(10):
            _assert_unavailable(client.get(f"{API}/jurisdictions"))
            assert client.get("/healthz").status_code == 200
        start()
        started = time.monotonic()
        while client.get(f"{API}/jurisdictions").status_code != 200:
            assert time.monotonic() - started < 1.0
    lines = [r.getMessage() for r in caplog.records if r.name == "sjc_api.failures"]
    assert len(lines) == 2 and "unavailable" in lines[0] and "available again" in lines[1]
    assert not [r for r in caplog.records if r.exc_info]


def _long_file(path: Path, rows: int) -> Path:
    with path.open("w") as f:
        f.write("jurisdiction,metric,period_start,frequency,value\n")
        for i in range(rows):
            day = time.strftime("%Y-%m-%d", time.gmtime(-2_000_000_000 + i * 86400))
            f.write(f"milwaukee-county-wi,jail_bookings,{day},day,{i % 5000}\n")
    return path


def test_api_writes_during_an_import_get_201_or_503_never_500(
    write_env: WriteEnv, tmp_path: Path
) -> None:
    path = _long_file(tmp_path / "big.csv", 40_000)
    engine = build_engine(write_env.url)
    result: dict[str, Any] = {}

    def run_import() -> None:
        result["report"] = import_observations(engine, path)

    importer = threading.Thread(target=run_import)
    importer.start()
    statuses = []
    i = 0
    while importer.is_alive():
        body = {"slug": f"during-import-{i}", "name": f"During import {i}"}
        response = write_env.client.post(f"{API}/action-areas", json=body, headers=write_env.auth())
        statuses.append(response.status_code)
        if response.status_code == 503:
            assert "retry-after" in response.headers
        i += 1
    importer.join()
    assert result["report"].ok and result["report"].inserted == 40_000
    assert statuses and set(statuses) <= {201, 503}, statuses
    assert statuses.count(201) >= 1
    engine.dispose()


def _alembic(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SJC_DATABASE_URL": url}
    return subprocess.run(
        [str(Path(sys.executable).parent / "alembic"), *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("api_key", "audit_event", "jurisdiction")
        }
    engine.dispose()
    return counts


def test_a_downgrade_that_would_drop_rows_refuses_unless_forced() -> None:
    with scratch_database() as url:
        upgrade(url)
        engine = build_engine(url)
        seed_database(engine, SEED_DIR)
        with Session(engine) as session, session.begin():
            create_key(session, "keeper", ["write"])
        engine.dispose()
        # 0007 only drops the updated_at stamps (bookkeeping, not data): down to 0006, whose
        # downgrade drops the api_key table
        assert _alembic(url, "downgrade", "0006").returncode == 0
        before = _counts(url)
        refused = _alembic(url, "downgrade", "-1")
        assert refused.returncode != 0
        assert "api_key: 1 rows" in refused.stderr
        assert "allow_data_loss" in refused.stderr
        assert _counts(url) == before
        assert _alembic(url, "current").stdout.strip().startswith("0006")
        to_base = _alembic(url, "downgrade", "base")
        assert to_base.returncode != 0 and _counts(url) == before
        forced = _alembic(url, "-x", "allow_data_loss=true", "downgrade", "-1")
        assert forced.returncode == 0, forced.stderr
        assert _alembic(url, "current").stdout.strip().startswith("0005")


def test_a_downgrade_of_an_empty_database_needs_no_force() -> None:
    with scratch_database() as url:
        upgrade(url)
        assert _alembic(url, "downgrade", "base").returncode == 0


RACER = """
import sys, time
from pathlib import Path
from app.core.config import read_or_create_secret
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all start at the same instant
print(read_or_create_secret(Path(sys.argv[1])).decode())
"""


def test_processes_starting_together_share_one_whole_secret(tmp_path: Path) -> None:
    for trial in range(5):
        path = tmp_path / f"secret-{trial}"
        at = str(time.time() + 1.5)
        racers = [
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(path), at],
                cwd=REPO_ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(6)
        ]
        secrets = {racer.communicate(timeout=60)[0].strip() for racer in racers}
        assert all(racer.returncode == 0 for racer in racers)
        assert len(secrets) == 1 and len(secrets.pop()) >= 48
        assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_shared_database_without_a_shared_secret_refuses_to_start() -> None:
    settings = get_settings().model_copy(
        update={"database_url": "postgresql+psycopg://u@127.0.0.1:1/x", "secret_key": None}
    )
    with pytest.raises(RuntimeError, match="SJC_SECRET_KEY"), TestClient(create_app(settings)):
        pass
    sqlite = settings.model_copy(update={"database_url": "sqlite:///x.db"})
    sqlite.check_shared_secret()  # one file, one process family: a generated secret is fine
