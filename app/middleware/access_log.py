"""One access line per request (time, method, route template, status, duration, request id,
client, key name) and the request's count and latency in the metrics. No headers, bodies or
query strings are logged (the JSON formatting itself is `app/core/logs.py`)."""

import logging
import time
from collections import OrderedDict

from fastapi import Request
from starlette.types import Scope

from app.core import logs, telemetry
from app.middleware.asgi import route_path

access = logging.getLogger("sjc_api.access")


async def note_route(request: Request) -> None:
    """A dependency of every route: remember its full template for the access line (a route's
    own template is relative to the router that holds it, so the prefix is read off the path)."""
    route, path = request.scope.get("route"), route_path(request.scope)
    template = getattr(route, "path_format", None)
    if template is not None:
        try:
            own = template.format(**request.scope.get("path_params", {}))
        except (KeyError, IndexError, ValueError):
            own = None
        if own and path.endswith(own):
            template = path[: len(path) - len(own)] + template
    request.state.route = template


class RouteMemo:
    """Route templates of recently routed paths, so that answers given before routing (a
    response-cache hit, an early 304) are counted and logged under their route too."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.templates: OrderedDict[str, str] = OrderedDict()

    def remember(self, path: str, template: str | None) -> str | None:
        """Record `path`'s template when routed; else recall it (None when never seen)."""
        if template is None:
            return self.templates.get(path)
        if path not in self.templates:
            self.templates[path] = template
            if len(self.templates) > self.size:
                self.templates.popitem(last=False)
        return template


ROUTES = RouteMemo()


def record(scope: Scope, status: int, seconds: float) -> None:
    """Count and time an answered request in the metrics and write its access line (the route
    is the one routing noted, else the one last noted for the same path)."""
    state = scope.setdefault("state", {})
    state["route"] = ROUTES.remember(route_path(scope), state.get("route"))
    telemetry.observe_request(scope["method"], state["route"], status, seconds)
    if access.isEnabledFor(logging.INFO):
        _log(scope, status, seconds)


def _log(scope: Scope, status: int, seconds: float) -> None:
    state = scope.get("state", {})
    principal = state.get("principal")
    client = scope.get("client")
    method, path = scope["method"], scope["path"]
    extra = {
        "method": method,
        "route": state.get("route"),
        "path": path,
        "status": status,
        "duration_ms": round(seconds * 1000, 2),
        "request_id": state.get("request_id"),
        "client": client[0] if client else None,
        "key_name": getattr(principal, "name", None),
    }
    handler = logs.sole_handler(access)
    if handler is None:
        access.info("%s %s %d", method, path, status, extra=extra)
        return
    # The line the JSON formatter would make of that record, without building the record.
    message = f"{method} {path} {status}"
    line = logs.entry(time.time(), "info", access.name, logs.PID[0], message, extra)
    handler.write_line(logs.dumps(line))
