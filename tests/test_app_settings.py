"""`create_app(settings)` is the one place that chooses an app's database: two apps built with
different settings serve side by side from their own databases, no global patched."""

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session

from app.auth.service import create_key
from app.core.config import get_settings
from app.core.db import build_engine
from app.core.migrations import upgrade
from app.main import create_app
from app.seed import seed_database
from tests.helpers import API

SEED_DIR = get_settings().seed_dir


def _app(url: str) -> TestClient:
    return TestClient(create_app(get_settings().model_copy(update={"database_url": url})))


def test_two_apps_with_their_own_databases_side_by_side(tmp_path: Path) -> None:
    seeded, empty = f"sqlite:///{tmp_path / 'seeded.db'}", f"sqlite:///{tmp_path / 'empty.db'}"
    for url in (seeded, empty):
        upgrade(url)
    engine = build_engine(seeded)
    seed_database(engine, SEED_DIR)
    engine.dispose()
    process_wide = get_settings().database_url
    with _app(seeded) as a, _app(empty) as b:
        for _ in range(2):  # interleaved: neither app's answers leak into the other's
            full = a.get(f"{API}/jurisdictions", params={"extras": "count"}).json()
            none = b.get(f"{API}/jurisdictions", params={"extras": "count"}).json()
            assert full["meta"]["total"] == 16 and none["meta"]["total"] == 0
            assert a.get(f"{API}/jurisdictions/milwaukee-county-wi").status_code == 200
            assert b.get(f"{API}/jurisdictions/milwaukee-county-wi").status_code == 404
            versions = [c.get(API).json()["data"]["dataset_version"] for c in (a, b)]
            assert versions[0] > versions[1] == 0
        assert a.get("/readyz").status_code == b.get("/readyz").status_code == 200
    assert get_settings().database_url == process_wide  # nothing global was touched


def test_an_apps_own_secret_and_page_size_rule_its_requests(tmp_path: Path) -> None:
    # Two apps on one database, each with its own server secret and default page size: a key
    # is an HMAC with the secret of the app that made it, so the other app refuses it.
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(url)
    engine = build_engine(url)
    seed_database(engine, SEED_DIR)

    def settings(secret: str, page: int) -> Any:
        changes = {"database_url": url, "secret_key": SecretStr(secret), "default_page_size": page}
        return get_settings().model_copy(update=changes)

    first, second = settings("first-secret-" + "x" * 32, 3), settings("second-" + "y" * 32, 5)
    with Session(engine) as session:
        token = create_key(session, "first-app", ["write"], secret=first.secret_key_bytes())
        session.commit()
    engine.dispose()
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    body = {"slug": "side-by-side", "name": "Side by side"}
    with TestClient(create_app(first)) as a, TestClient(create_app(second)) as b:
        assert len(a.get(f"{API}/jurisdictions").json()["data"]) == 3
        assert len(b.get(f"{API}/jurisdictions").json()["data"]) == 5
        assert b.post(f"{API}/action-areas", json=body, headers=auth).status_code == 401
        assert a.post(f"{API}/action-areas", json=body, headers=auth).status_code == 201


def test_each_app_tunes_its_engines_and_upload_limit_from_its_own_settings(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tuned.db'}"
    settings = get_settings()
    a = create_app(
        settings.model_copy(
            update={
                "database_url": url,
                "sqlite_busy_timeout_ms": 1234,
                "sqlite_cache_kb": 64,
                "max_import_bytes": 1000,
            }
        )
    )
    b = create_app(
        settings.model_copy(
            update={"database_url": url, "sqlite_busy_timeout_ms": 4321, "max_import_bytes": 2000}
        )
    )
    for app, timeout, cache_kb in ((a, 1234, 64), (b, 4321, 256)):
        with app.state.databases.primary.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == timeout
            # negative: KiB (SQLite's own default, -2000, kept a copy of 2 MB a connection)
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -cache_kb
    limits = [
        app.openapi()["components"]["schemas"]["Body_create_import"]["properties"]["file"]
        for app in (a, b)
    ]
    assert [limit["maxLength"] for limit in limits] == [1000, 2000]
