"""Requests dispatched straight to planned routes (app/core/dispatch.py) reach the route
FastAPI's router would choose and answer byte for byte as through the router, and yield
dependencies are closed as FastAPI closes them (app/core/routing.py:Exits)."""

import re
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, Depends, FastAPI, HTTPException, routing
from fastapi.testclient import TestClient
from starlette.responses import JSONResponse, Response
from starlette.routing import Match

from app.core import dispatch
from app.core.config import get_settings
from app.core.routing import Lean, PlannedRoute
from app.main import create_app
from tests.helpers import API
from tests.test_planned_routes import URLS


@pytest.fixture(scope="module")
def app(seeded_url: str) -> Iterator[FastAPI]:
    """The app without its response cache: every answer computed by the route."""
    settings = get_settings().model_copy(update={"response_cache_mb": 0})
    made = create_app(settings)
    with TestClient(made):
        yield made


def _through_router(app: FastAPI) -> Any:
    """Swap the dispatcher for the router it wraps; returns the dispatcher (to swap back)."""
    chosen = app.router.middleware_stack
    assert isinstance(chosen, dispatch.Dispatch)
    app.router.middleware_stack = chosen.fallback
    return chosen


def _answer(app: FastAPI, method: str, url: str) -> tuple[int, list[tuple[str, str]], bytes]:
    with TestClient(app) as client:
        response = client.request(method, url, headers={"X-Request-ID": "dispatched-or-not"})
    headers = [(k, v) for k, v in response.headers.items() if k not in ("date",)]
    return response.status_code, headers, response.content


EXTRA = [
    ("GET", "/jurisdictions/"),
    ("GET", "/jurisdictions//strategies"),
    ("HEAD", "/jurisdictions?limit=2"),
    ("HEAD", "/jurisdictions/milwaukee-county-wi"),
    ("POST", "/jurisdictions/milwaukee-county-wi/observations"),
    ("DELETE", "/observations"),
    ("GET", "/nowhere"),
    ("GET", "/jurisdictions/milwaukee-county-wi/nothing"),
    ("GET", "/jurisdictions/milwaukee-county-wi?limit=1"),
]


@pytest.mark.parametrize(("method", "url"), [("GET", u) for u in URLS] + EXTRA)
def test_a_dispatched_request_answers_as_through_the_router(
    app: FastAPI, method: str, url: str
) -> None:
    dispatched = _answer(app, method, API + url)
    kept = _through_router(app)
    try:
        assert _answer(app, method, API + url) == dispatched
    finally:
        app.router.middleware_stack = kept


def _fastapi_choice(router: Any, scope: dict[str, Any]) -> Any:
    """The route FastAPI's router hands the request to (its own matching, level by level)."""
    for route in router.routes:
        match, _ = route.matches(scope)
        if match != Match.FULL:
            continue
        while isinstance(route, routing._IncludedRouter):
            _, _, chosen, context = route._match(scope)
            route = context if context is not None else chosen
        return route
    return None


def _paths(app: FastAPI) -> list[str]:
    """Every GET path of the OpenAPI document with its parameters filled in, and variants."""
    paths: list[str] = []
    for template, operations in app.openapi()["paths"].items():
        if "get" not in operations:
            continue
        filled = re.sub(r"\{[^}]+\}", "milwaukee-county-wi", template)
        paths += [filled, filled + "/", filled + ".csv", filled.replace("-", "_")]
    return paths


def test_dispatch_chooses_the_route_fastapi_chooses_for_every_documented_path(
    app: FastAPI,
) -> None:
    chosen = app.router.middleware_stack
    assert isinstance(chosen, dispatch.Dispatch)
    paths = _paths(app)
    assert len(paths) > 100
    for method in ("GET", "HEAD", "POST"):
        for path in paths:
            scope = {"type": "http", "method": method, "path": path, "root_path": ""}
            index = chosen._choose(scope, path)
            mine = chosen.routes[index] if index != dispatch._NOT_FOUND else None
            theirs = _fastapi_choice(app.router, dict(scope))
            if theirs is None or mine is None:
                assert theirs is mine is None, (method, path)
            else:
                mine_route = getattr(mine, "original_route", mine)
                theirs_route = getattr(theirs, "original_route", theirs)
                assert mine_route is theirs_route, (method, path)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the requests answered by a Lean handler, from now on."""
    paths: list[str] = []
    answer = Lean.__call__

    async def counted(self: Lean, scope: Any, receive: Any, send: Any) -> None:
        paths.append(scope["path"])
        await answer(self, scope, receive, send)

    monkeypatch.setattr(Lean, "__call__", counted)
    return paths


def test_the_hot_reads_take_the_lean_path(app: FastAPI, seen: list[str]) -> None:
    urls = ["/jurisdictions?limit=2", "/jurisdictions/milwaukee-county-wi", "/observations"]
    for url in urls:
        assert _answer(app, "GET", API + url)[0] == 200
    assert seen == [API + u.split("?")[0] for u in urls]
    PlannedRoute.planning = False
    try:
        assert _answer(app, "GET", API + urls[0])[0] == 200
    finally:
        PlannedRoute.planning = True
    assert len(seen) == len(urls)  # planning off: FastAPI's router and handler


def _events_app(events: list[str]) -> FastAPI:
    """A small app whose route has a request-scoped and a function-scoped yield dependency."""

    async def per_request() -> AsyncIterator[str]:
        events.append("request:enter")
        try:
            yield "r"
        except HTTPException as exc:
            events.append(f"request:saw {exc.status_code}")
            raise
        finally:
            events.append("request:exit")

    async def per_function() -> AsyncIterator[str]:
        events.append("function:enter")
        try:
            yield "f"
        finally:
            events.append("function:exit")

    class Logged(JSONResponse):
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            events.append("response")
            await super().__call__(scope, receive, send)

    router = APIRouter(route_class=PlannedRoute)

    @router.get("/thing/{n}")
    async def thing(
        n: int,
        r: Annotated[str, Depends(per_request)],
        f: Annotated[str, Depends(per_function, scope="function")],
    ) -> Response:
        events.append("endpoint")
        if n == 404:
            raise HTTPException(404, "no such thing")
        return Logged({"n": n, "r": r, "f": f})

    made = FastAPI()
    made.include_router(router, prefix="/v1")
    dispatch.install(made)
    return made


@pytest.mark.parametrize("dispatched", [True, False])
def test_yield_dependencies_close_in_fastapis_order(dispatched: bool) -> None:
    events: list[str] = []
    made = _events_app(events)
    if not dispatched:
        _through_router(made)
    with TestClient(made) as client:
        assert client.get("/v1/thing/7").json() == {"n": 7, "r": "r", "f": "f"}
        ok = list(events)
        events.clear()
        assert client.get("/v1/thing/404").status_code == 404
        failed = list(events)
        events.clear()
        assert client.get("/v1/thing/x").status_code == 422
    assert ok == [
        "request:enter",
        "function:enter",
        "endpoint",
        "function:exit",
        "response",
        "request:exit",
    ]
    assert failed == [
        "request:enter",
        "function:enter",
        "endpoint",
        "function:exit",
        "request:saw 404",
        "request:exit",
    ]
    assert events == ["request:enter", "function:enter", "function:exit", "request:exit"]


def test_a_route_added_after_requests_is_found_and_dispatched(seen: list[str]) -> None:
    made = _events_app([])
    inner = next(r for r in made.router.routes if isinstance(r, routing._IncludedRouter))
    with TestClient(made) as client:
        assert client.get("/v1/other").status_code == 404  # remembered: no route

        async def other() -> Response:
            return JSONResponse({"other": True})

        inner.original_router.add_api_route("/other", other, methods=["GET"])
        assert client.get("/v1/other").json() == {"other": True}
    assert seen == ["/v1/other"]  # the new route was found by the dispatcher, not the router


def test_the_routes_are_flattened_at_start_up(seeded_url: str) -> None:
    """Start-up flattens the routes (on the first request it took 225 ms that every request
    then in flight waited for): before any request, the dispatcher knows every route."""
    made = create_app(get_settings().model_copy(update={"response_cache_mb": 0}))
    chosen = made.router.middleware_stack
    assert isinstance(chosen, dispatch.Dispatch)
    assert chosen.routes == []
    with TestClient(made):
        assert len(chosen.routes) == len(dispatch.flatten(made.router)) > 50
