"""Test setup: a real database (SQLite file, or PostgreSQL via SJC_DATABASE_URL) built by
`alembic upgrade head` and seeded by the same loader the CLI uses; real HTTP through the app."""

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

_TMP = Path(tempfile.mkdtemp(prefix="sjc-tests-"))
os.environ.setdefault("SJC_DATABASE_URL", f"sqlite:///{_TMP / 'suite.db'}")
# Tests fire far more requests per minute than a client may; the limits get their own tests.
os.environ.setdefault("SJC_RATE_LIMIT_ENABLED", "false")
os.environ.setdefault("SJC_SECRET_KEY", "test-secret-not-for-production")
# Files the app makes (snapshots) go to a scratch folder, never into the checkout.
os.environ.setdefault("SJC_DATA_DIR", str(_TMP / "data"))
DATABASE_URL = os.environ["SJC_DATABASE_URL"]
IS_POSTGRES = DATABASE_URL.startswith("postgresql")

from fastapi.testclient import TestClient  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.auth.service import create_key, revoke_key  # noqa: E402
from app.core.config import get_settings  # noqa: E402
from app.core.db import build_engine, engine_for  # noqa: E402
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


@contextmanager
def scratch_database() -> Iterator[str]:
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


@pytest.fixture
def fresh_url() -> Iterator[str]:
    """An empty scratch database of the same kind as the suite's, dropped afterwards."""
    with scratch_database() as url:
        yield url


@pytest.fixture
def engine(fresh_url: str) -> Iterator[Engine]:
    """A freshly migrated and seeded scratch database of the suite's kind (for importers)."""
    upgrade(fresh_url)
    scratch = build_engine(fresh_url)
    seed_database(scratch, SEED_DIR)
    yield scratch
    scratch.dispose()


@pytest.fixture
def fresh_engine() -> Iterator[Callable[[], Engine]]:
    """Makes freshly migrated and seeded scratch databases of the suite's kind."""
    with ExitStack() as stack:

        def make() -> Engine:
            url = stack.enter_context(scratch_database())
            upgrade(url)
            engine = build_engine(url)
            stack.callback(engine.dispose)
            seed_database(engine, SEED_DIR)
            return engine

        yield make


@dataclass
class WriteEnv:
    """A seeded scratch database of its own, an app on it, and API keys of every kind."""

    client: TestClient
    url: str
    keys: dict[str, str]

    def auth(self, who: str = "writer", **extra: str) -> dict[str, str]:
        """Headers carrying the named key."""
        return {"Authorization": f"Bearer {self.keys[who]}", **extra}

    def if_match(self, path: str, who: str = "writer") -> dict[str, str]:
        """Headers carrying the key and the current ETag of /api/v1/`path`."""
        etag = self.client.get(f"/api/v1/{path}").headers["etag"]
        return self.auth(who, **{"If-Match": etag})


@pytest.fixture(scope="module")
def write_env() -> Iterator[WriteEnv]:
    """Writes change data, so each writing module gets its own seeded database."""
    with scratch_database() as url:
        upgrade(url)
        engine = engine_for(url)
        seed_database(engine, SEED_DIR)
        with Session(engine) as session, session.begin():
            keys = {
                "writer": create_key(session, "writer", ["write"]),
                "admin": create_key(session, "admin", ["write", "admin"]),
                "auditor": create_key(session, "auditor", ["admin"]),
                "revoked": create_key(session, "former", ["write", "admin"]),
            }
            revoke_key(session, "former")
        settings = get_settings()
        previous = settings.database_url
        settings.database_url = url
        try:
            with TestClient(create_app()) as client:
                yield WriteEnv(client, url, keys)
        finally:
            settings.database_url = previous
            engine.dispose()
