"""`create_app(settings)` is the one place that chooses an app's database: two apps built with
different settings serve side by side from their own databases, no global patched."""

from pathlib import Path

from fastapi.testclient import TestClient

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
