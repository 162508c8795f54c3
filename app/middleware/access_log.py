"""One access line per request (time, method, route template, status, duration, request id,
client, key name) and the request's count and latency in the metrics. No headers, bodies or
query strings are logged (the JSON formatting itself is `app/core/logs.py`)."""

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Any

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
    429, an early 304) are counted and logged under their route too. A stored answer carries
    its own route; 1,024 paths (about 170 KB) keep the recent ones without weighing on a
    worker's memory (4,096 held 0.7 MB, part of the export's peak in docs/benchmarks.md)."""

    def __init__(self, size: int = 1024) -> None:
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


class PerTurn:
    """Every answer counted and timed in the metrics and given its access line (the route is
    the one routing noted, else the one last noted for the same path), for all the answers of
    a turn of the event loop when it ends. One by one, a stored answer's counters, histogram
    and line were a third of its time, and 3% of an observation page's (docs/benchmarks.md).
    The next turn reads the next requests, so a scrape of the metrics counts every answer sent
    before it came."""

    def __init__(self) -> None:
        self.pending: list[tuple[Scope, int, float]] = []
        self.at_once: list[int] = []
        self.loop: asyncio.AbstractEventLoop | None = None  # where a flush waits to run

    def add(self, scope: Scope, status: int, seconds: float, *, at_once: bool = False) -> None:
        """Record an answered request (`at_once`: given by the server itself, `at_once.py`)
        when this turn ends (at once outside an event loop); its line is timed then (the turn
        lasts a few milliseconds at most)."""
        self.pending.append((scope, status, seconds))
        if at_once:
            self.at_once.append(status)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        if self.loop is not loop:  # none waits on this loop (one that ended may have dropped it)
            self.loop = loop
            loop.call_soon(self.flush)

    def flush(self) -> None:
        """Record the waiting answers."""
        pending, self.pending = self.pending, []
        at_once, self.at_once = self.at_once, []
        self.loop = None
        answered = []
        for scope, status, seconds in pending:
            state = scope.setdefault("state", {})
            state["route"] = ROUTES.remember(route_path(scope), state.get("route"))
            answered.append((scope["method"], state["route"], status, seconds))
        telemetry.observe_requests(answered)
        if at_once:
            telemetry.answered_at_once(at_once)
        if not access.isEnabledFor(logging.INFO):
            return
        handler, now = logs.sole_handler(access), time.time()
        if handler is None:
            for scope, status, seconds in pending:
                _log(scope, status, seconds, now)
            return
        handler.write_lines(
            [_line(scope, status, seconds, now) for scope, status, seconds in pending]
        )


PER_TURN = PerTurn()


def _log(scope: Scope, status: int, seconds: float, created: float | None = None) -> None:
    created = time.time() if created is None else created
    handler = logs.sole_handler(access)
    if handler is not None:
        handler.write_line(_line(scope, status, seconds, created))
        return
    state = scope.get("state", {})
    method, path = scope["method"], scope["path"]
    extra = {"method": method, "route": state.get("route"), "path": path, "status": status}
    access.info("%s %s %d", method, path, status, extra=extra | _varying(scope, seconds))


def _varying(scope: Scope, seconds: float) -> dict[str, Any]:
    state, client = scope.get("state", {}), scope.get("client")
    return {
        "duration_ms": round(seconds * 1000, 2),
        "request_id": state.get("request_id"),
        "client": client[0] if client else None,
        "key_name": getattr(state.get("principal"), "name", None),
    }


def _line(scope: Scope, status: int, seconds: float, created: float) -> str:
    """The line the JSON formatter would make of the access record, without building the
    record: its fields after the time and before the duration are the same for every request
    a route answers alike, so they are made into text once."""
    fixed = LINES.fixed(scope["method"], scope["state"].get("route"), scope["path"], status)
    varying = logs.dumps(_varying(scope, seconds))
    return f'{{"time":"{logs.stamp(created)}",{fixed},{varying[1:]}'


class FixedFields:
    """The text of an access line's fields from `level` to `status`, by what they name."""

    def __init__(self, size: int = 1024) -> None:
        # 1,024 texts are about 0.5 MB (4,096 held 2 MB); a text not kept takes 2-3 us to make
        self.size = size
        self.texts: dict[tuple[str, str | None, str, int, int], str] = {}

    def fixed(self, method: str, route: str | None, path: str, status: int) -> str:
        """The fields' text (made again for a process forked since)."""
        key = (method, route, path, status, logs.PID[0])
        text = self.texts.get(key)
        if text is None:
            fields = {
                "level": "info",
                "logger": access.name,
                "pid": logs.PID[0],
                "message": f"{method} {path} {status}",
                "method": method,
                "route": route,
                "path": path,
                "status": status,
            }
            text = logs.dumps(fields)[1:-1]
            if len(self.texts) >= self.size:
                self.texts.clear()
            self.texts[key] = text
        return text


LINES = FixedFields()
