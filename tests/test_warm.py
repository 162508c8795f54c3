"""Details rendered ahead (SJC_WARM_DETAILS): after start-up and after every write the
profiles are in the response cache before anyone asks, byte for byte what a miss renders,
within the share of the cache they are given; off by default."""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.auth.service import create_key
from app.core import telemetry
from app.core.config import get_settings
from app.core.db import build_engine
from app.core.migrations import upgrade
from app.main import create_app
from app.seed import seed_database
from tests.conftest import SEED_DIR
from tests.helpers import API

PROFILE = f"{API}/jurisdictions/milwaukee-county-wi"


@pytest.fixture
def seeded(fresh_url: str) -> Iterator[tuple[str, str]]:
    """A seeded scratch database and a write key for it."""
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    seed_database(engine, SEED_DIR)
    with Session(engine) as session, session.begin():
        token = create_key(session, "warm-writer", ["write"])
    engine.dispose()
    yield fresh_url, token


def _settings(url: str, **changes: Any) -> Any:
    return get_settings().model_copy(update={"database_url": url, **changes})


def _warmed_for(client: TestClient, version: int | None = None) -> tuple[int, int]:
    """Wait until the details are rendered (for a later version than `version`, if given)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        warmed = getattr(client.app.state, "warmed", None)  # type: ignore[attr-defined]
        if warmed is not None and (version is None or warmed[0] > version):
            return warmed  # type: ignore[no-any-return]
        time.sleep(0.05)
    raise AssertionError("the details were not rendered ahead within 30 s")


def _hits() -> float:
    return telemetry.RESPONSE_CACHE.labels("hit")._value.get()  # type: ignore[attr-defined]


def test_profiles_are_rendered_ahead_and_again_after_a_write(seeded: tuple[str, str]) -> None:
    url, token = seeded
    with TestClient(create_app(_settings(url, warm_details=1.0))) as warm:
        version, rendered = _warmed_for(warm)
        listed = warm.get(f"{API}/jurisdictions", params={"limit": 200}).json()["data"]
        assert rendered == 2 * len(listed) == 32  # every profile, plain and gzip, none asked for
        before = _hits()
        first = warm.get(PROFILE)
        assert first.status_code == 200 and _hits() == before + 1  # served from the cache
        with TestClient(create_app(_settings(url))) as cold:  # rendering ahead is off by default
            assert getattr(cold.app.state, "warmed", None) is None  # type: ignore[attr-defined]
            assert cold.get(PROFILE).content == first.content  # the same bytes as a miss
        headers = {"Authorization": f"Bearer {token}", "If-Match": first.headers["etag"]}
        patch = {"social_handle": "@warm"}
        changed = warm.patch(PROFILE, json=patch, headers=headers)
        assert changed.status_code == 200, changed.text
        _warmed_for(warm, version)  # rendered again for the new dataset version
        before = _hits()
        again = warm.get(PROFILE)
        assert again.json()["data"]["social_handle"] == "@warm"
        assert _hits() == before + 1


def test_rendering_ahead_keeps_to_its_share_of_the_cache(seeded: tuple[str, str]) -> None:
    url, _ = seeded
    settings = _settings(url, warm_details=0.01, response_cache_mb=0.5)
    with TestClient(create_app(settings)) as client:
        _, rendered = _warmed_for(client)
        cache = client.app.state.response_cache  # type: ignore[attr-defined]
        assert 0 < rendered < 32  # stopped at its budget, the rest are rendered on request
        budget = cache.max_bytes * 0.01
        assert cache.size - max(stored.weight for stored in cache.entries.values()) < budget
