"""Routes solved by a plan (app/core/routing.py) answer exactly as FastAPI's own handler does,
errors included, and the hot reads do use the plan."""

from collections.abc import Iterator

import pytest
from fastapi import routing
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.core.routing import PlannedRoute
from app.main import create_app
from tests.helpers import API

URLS = [
    "/jurisdictions?state=wi&limit=3",
    "/jurisdictions?state=WI&state=CA",
    "/jurisdictions?state=Wisconsin",
    "/jurisdictions?limit=0",
    "/jurisdictions?limit=abc&kind=galaxy",
    "/jurisdictions?cursor=not-a-cursor",
    "/jurisdictions?sort=-name&fields=name,state&limit=2",
    "/jurisdictions?include=action_areas&limit=2&count=true",
    "/jurisdictions?unknown=1",
    "/jurisdictions?as_of=2020-01-01",
    "/jurisdictions?as_of=2020-01-01T00:00:00Z&limit=2",
    "/jurisdictions?format=csv&limit=5",
    "/jurisdictions/milwaukee-county-wi",
    "/jurisdictions/milwaukee-county-wi?as_of=yesterday",
    "/jurisdictions/No_Such",
    "/jurisdictions/no-such-county",
    "/jurisdictions/milwaukee-county-wi/strategies?limit=2",
    "/jurisdictions/milwaukee-county-wi/observations?metric=jail_population&from=2015-01-01",
    "/observations?jurisdiction=milwaukee-county-wi&limit=5",
    "/observations?from=0&to=2015-13-01",
    "/observations?metric=BAD KEY",
    "/articles?q=jail&limit=3",
    "/articles?published_from=2021-01-01&published_to=2020-01-01",
    "/strategies?action_area=reentry&limit=2",
    "/organizations?state=GA",
    "/search?q=diversion&type=strategies",
    "/search?q=",
    "/exports/action-areas.csv",
    "/exports/nothing.csv",
    "/exports/observations.ndjson?kind=county",
    "",
]


@pytest.fixture(scope="module")
def client(seeded_url: str) -> Iterator[TestClient]:
    """The app without its response cache: every answer computed by the route."""
    settings = get_settings().model_copy(update={"response_cache_mb": 0})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def planning() -> Iterator[None]:
    yield
    PlannedRoute.planning = True


def answer(client: TestClient, url: str) -> tuple[int, str, bytes, str | None]:
    response = client.get(API + url, headers={"X-Request-ID": "planned-or-not"})
    return (
        response.status_code,
        response.headers.get("content-type", ""),
        response.content,
        response.headers.get("etag"),
    )


@pytest.mark.parametrize("url", URLS)
def test_a_planned_route_answers_as_fastapi_does(
    client: TestClient, planning: None, url: str
) -> None:
    planned = answer(client, url)
    PlannedRoute.planning = False
    assert answer(client, url) == planned


def test_hot_reads_skip_fastapi_dependency_solving(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    solve = routing.solve_dependencies

    async def counted(**kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs["request"].url.path)
        return await solve(**kwargs)

    monkeypatch.setattr(routing, "solve_dependencies", counted)
    for url in ["/jurisdictions?limit=2", "/jurisdictions/milwaukee-county-wi", "/observations"]:
        assert client.get(API + url).status_code == 200
    assert calls == []
    PlannedRoute.planning = False
    try:
        assert client.get(API + "/jurisdictions?limit=2").status_code == 200
    finally:
        PlannedRoute.planning = True
    assert calls == [f"{API}/jurisdictions"]
