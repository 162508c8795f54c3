"""Test setup: a real database (SQLite file, or PostgreSQL via SJC_DATABASE_URL) built by
`alembic upgrade head` and seeded by the same loader the CLI uses; real HTTP through the app."""

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_TMP = Path(tempfile.mkdtemp(prefix="sjc-tests-"))
os.environ.setdefault("SJC_DATABASE_URL", f"sqlite:///{_TMP / 'suite.db'}")
DATABASE_URL = os.environ["SJC_DATABASE_URL"]
IS_POSTGRES = DATABASE_URL.startswith("postgresql")

from fastapi.testclient import TestClient  # noqa: E402

from app.core.config import get_settings  # noqa: E402
from app.core.db import engine_for  # noqa: E402
from app.core.migrations import upgrade  # noqa: E402
from app.main import create_app  # noqa: E402
from app.seed import seed_database  # noqa: E402

SEED_DIR = get_settings().seed_dir


def _reset_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def seeded_url() -> str:
    """The suite's database: migrated to head and seeded once."""
    if IS_POSTGRES:
        _reset_postgres(DATABASE_URL)
    upgrade(DATABASE_URL)
    seed_database(engine_for(DATABASE_URL), SEED_DIR)
    return DATABASE_URL


@pytest.fixture(scope="session")
def client(seeded_url: str) -> Iterator[TestClient]:
    """HTTP client on the real app and the seeded database."""
    with TestClient(create_app()) as test_client:
        yield test_client


@pytest.fixture
def fresh_url() -> Iterator[str]:
    """An empty scratch database of the same kind as the suite's, dropped afterwards."""
    if not IS_POSTGRES:
        yield f"sqlite:///{_TMP / f'scratch-{uuid.uuid4().hex}.db'}"
        return
    name = f"sjc_scratch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(DATABASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
