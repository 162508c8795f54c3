"""Requests for planned routes handed straight to their lean handling.

FastAPI 0.165 routes a request through its included routers one level at a time: each level
re-reads the routes' version and matches twice (once to choose, once to handle), and the
chosen route is wrapped in two exit stacks and a cancel scope. On a list page that was about
an eighth of a cache miss (docs/benchmarks.md). `Dispatch` sits where the app calls its
router. It keeps the app's routes flattened in FastAPI's own order (rebuilt when the routes
change), remembers for each method and path which route FastAPI would choose (the first one
matching fully), and when that route has a lean handler (`core/routing.py:Lean`) it sets the
scope as FastAPI's router does and calls it. Every other request goes to FastAPI's router
unchanged: routes without a lean handler, paths no route matches fully (404, 405, redirects),
websockets, and every request while planning is off, dependency overrides are set or FastAPI's
telemetry is on.

It reads FastAPI's flattened routes through helpers FastAPI keeps private; the version is
pinned by the lock file, and tests/test_dispatch.py checks that it chooses FastAPI's route for
every path of the OpenAPI document and answers byte for byte as the router does.
"""

from typing import Any

from fastapi import routing
from fastapi.routing import APIRoute, APIRouter
from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.routing import Lean, PlannedRoute

MEMO_SIZE = 4096  # (method, path) pairs remembered; forgotten all at once when full
_NOT_FOUND = -1


class Dispatch:
    """The app's router, with requests for planned routes answered without it."""

    def __init__(self, router: APIRouter, fallback: ASGIApp) -> None:
        self.router, self.fallback = router, fallback
        self.version: int | None = None
        self.routers: list[APIRouter] = []
        self.routes: list[Any] = []
        self.chosen: dict[tuple[str, str], int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer through a lean handler when FastAPI's router would choose one."""
        if scope["type"] == "http" and scope.get("fastapi.telemetry") is None:
            path = get_route_path(scope)
            index = self._choose(scope, path)
            if index != _NOT_FOUND:
                chosen = _lean_of(self.routes[index], scope, path)
                if chosen is not None:
                    lean, route, child = chosen
                    _select(scope, self.router, route, child)
                    await lean(scope, receive, send)
                    return
        await self.fallback(scope, receive, send)

    def refresh(self) -> None:
        """Flatten the routes, unless the routers are unchanged since they were flattened."""
        # The sum FastAPI's _get_routes_version makes, over the routers found when the routes
        # were flattened (including a router bumps its parent's version, so a new one shows).
        version = sum(router._routes_version for router in self.routers)
        if version != self.version or not self.routers:
            self.routers = routers_in(self.router)
            self.routes, self.chosen = flatten(self.router), {}
            self.version = sum(router._routes_version for router in self.routers)

    def _choose(self, scope: Scope, path: str) -> int:
        """The index of the first route matching the request fully, or _NOT_FOUND."""
        self.refresh()
        key = (scope["method"], path)
        index = self.chosen.get(key)
        if index is None:
            index = next(
                (i for i, r in enumerate(self.routes) if _match(r, scope, path)[0] == Match.FULL),
                _NOT_FOUND,
            )
            if len(self.chosen) >= MEMO_SIZE:
                self.chosen.clear()
            self.chosen[key] = index
        return index


def flatten(router: APIRouter) -> list[Any]:
    """The router's routes in the order FastAPI tries them, included routers expanded into
    the routes they hold (as included: full path, inherited dependencies)."""
    flat: list[Any] = []
    for route in router.routes:
        if isinstance(route, routing._IncludedRouter):
            flat.extend(route.effective_route_contexts())
        else:
            flat.append(route)
    return flat


def api_routes(router: APIRouter) -> list[Any]:
    """The router's API routes as FastAPI serves them (an included one as its effective
    context: full path, the responses it was included with)."""
    return [r for r in flatten(router) if isinstance(r, APIRoute) or _is_api_context(r)]


def routers_in(router: APIRouter) -> list[APIRouter]:
    """The router and every router included in it, at any depth, each once."""
    found: dict[int, APIRouter] = {}
    waiting = [router]
    while waiting:
        current = waiting.pop()
        if id(current) in found:
            continue
        found[id(current)] = current
        waiting += [
            r.original_router for r in current.routes if isinstance(r, routing._IncludedRouter)
        ]
    return list(found.values())


def _is_api_context(route: Any) -> bool:
    return isinstance(route, routing._EffectiveRouteContext) and isinstance(
        route.original_route, APIRoute
    )


def _match(route: Any, scope: Scope, path: str) -> tuple[Match, dict[str, Any]]:
    """How a flattened route matches the request, as FastAPI's router would see it."""
    if not _is_api_context(route):
        return route.matches(scope)
    found = route.path_regex.match(path)
    if not found:
        return Match.NONE, {}
    convertors = route.param_convertors
    params = {key: convertors[key].convert(value) for key, value in found.groupdict().items()}
    child = {"endpoint": route.endpoint, "path_params": {**scope.get("path_params", {}), **params}}
    if route.methods and scope["method"] not in route.methods:
        return Match.PARTIAL, child
    return Match.FULL, child


def _lean_of(route: Any, scope: Scope, path: str) -> tuple[Lean, Any, dict[str, Any]] | None:
    """The lean handler of a chosen route, the route and its scope additions (None: the
    route has none, or it may not be used now)."""
    if not _is_api_context(route) or not isinstance(route.original_route, PlannedRoute):
        return None
    lean = route.original_route.lean(route)
    if lean is None or not lean.ready():
        return None
    _, child = _match(route, scope, path)
    return lean, route, child


def _select(scope: Scope, router: APIRouter, route: Any, child: dict[str, Any]) -> None:
    """Set the scope as FastAPI's router does when it hands a request to `route`."""
    scope.setdefault("router", router)
    scope.update(child)
    scope["route"] = route.original_route
    fastapi_scope = routing._get_fastapi_scope(scope)
    fastapi_scope[routing._FASTAPI_EFFECTIVE_ROUTE_CONTEXT_KEY] = route


def prepare(app: Any) -> None:
    """Flatten the app's routes at start-up: on the first request it took 225 ms (FastAPI's
    effective route contexts), which every request then in flight waited for."""
    dispatch = app.router.middleware_stack
    if isinstance(dispatch, Dispatch):
        dispatch.refresh()


def install(app: Any) -> None:
    """Put a Dispatch where `app` calls its router (its `router.middleware_stack`)."""
    router: APIRouter = app.router
    router.middleware_stack = Dispatch(router, router.middleware_stack)
