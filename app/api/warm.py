"""Record details rendered ahead of requests: after start-up and after every write, the
details of the resources declared `warm` are rendered into the response cache, up to a share
of it, so varied traffic (a different profile each request) finds them ready."""

import logging
from typing import Any

import anyio
from fastapi import FastAPI
from sqlalchemy import select
from sqlmodel import Session

from app.api.v1 import PREFIX
from app.core import telemetry
from app.core.db import reading
from app.middleware.edge import EdgeMiddleware
from app.resources import registry

log = logging.getLogger("sjc.warm")
POLL_SECONDS = 1.0


def _cache_layer(app: FastAPI) -> EdgeMiddleware | None:
    """The edge layer of the app's middleware stack, which holds the response cache (the
    stack is built on first use)."""
    if app.middleware_stack is None:
        app.middleware_stack = app.build_middleware_stack()
    layer: Any = app.middleware_stack
    while layer is not None and not isinstance(layer, EdgeMiddleware):
        layer = getattr(layer, "app", None)
    return layer


def detail_paths(app: FastAPI) -> list[str]:
    """The detail path of every record of every warm resource, in key order."""
    engine = reading(app.state.databases.primary)
    paths = []
    with Session(engine) as session:
        for resource in registry.warmed():
            keys = session.scalars(select(resource.spec.key).order_by(resource.spec.key))
            paths += [f"{PREFIX}/{resource.name}/{key}" for key in keys]
    return paths


async def keep_warm(app: FastAPI, share: float) -> None:
    """Render the warm details whenever the dataset version differs from the one last
    rendered (at start-up, then after each write), forever (cancelled at shutdown); a failure
    is logged and tried again on the next poll, never raised into the server."""
    while True:
        try:
            await _keep_warm(app, share)
            return
        except Exception:  # a database outage, say: serving goes on without the head start
            log.exception("rendering details ahead failed; trying again")
            await anyio.sleep(POLL_SECONDS)


async def _keep_warm(app: FastAPI, share: float) -> None:
    layer = _cache_layer(app)
    if layer is None or layer.cache is None:
        return
    base = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "root_path": "",
        "query_string": b"",
        "client": None,
        "server": None,
        "app": app,
        "state": {},
    }
    budget, rendered_for = int(layer.cache.max_bytes * share), None
    while True:
        version = await layer.versions.primary.get()
        if version != rendered_for:
            paths = await anyio.to_thread.run_sync(detail_paths, app)
            count = await layer.warm(base, paths, budget)
            app.state.warmed = (version, count)
            telemetry.RENDERED_AHEAD.inc(count)
            log.info("rendered %d details ahead for dataset version %d", count, version)
            rendered_for = version
        await anyio.sleep(POLL_SECONDS)
