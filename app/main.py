"""Application factory: settings, middleware, routers, error handlers, offline docs."""

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

import anyio
from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline

from app.api.examples import add_examples
from app.api.front import router as front_router
from app.api.telemetry import router as telemetry_router
from app.api.v1 import router as v1_router
from app.api.warm import keep_warm
from app.auth.deps import verify_token
from app.core import dispatch, openapi, version
from app.core.config import Settings, get_settings
from app.core.db import Databases, reading
from app.core.deprecation import DEPRECATIONS, Deprecation
from app.core.errors import install_error_handlers
from app.core.etags import code_fingerprint
from app.core.health import router as health_router
from app.core.query import refuse_unknown_query_parameters
from app.explorer.router import router as explorer_router
from app.imports.router import upload_limit
from app.middleware import edge
from app.middleware.access_log import note_route
from app.middleware.compression import CompressionMiddleware
from app.middleware.deprecation import DeprecationMiddleware
from app.middleware.failures import FailureMiddleware
from app.middleware.hardening import BodyLimitMiddleware, CorsMiddleware, SecurityHeadersMiddleware
from app.middleware.http_cache import DatasetVersions, HttpCacheMiddleware, VersionCache
from app.middleware.ratelimit import Limiter, Limits, RateLimitMiddleware, build_store
from app.middleware.response_cache import ResponseCache
from app.middleware.suffixes import FileSuffixMiddleware
from app.resources import registry

DESCRIPTION = """
The public data API of the Safety and Justice Challenge network: jurisdictions, action areas,
strategies, jail population figures (each with the passage it comes from), articles,
organizations, people and networks.

Lists return `{"data", "links", "meta"}` and page with `limit` and an opaque `cursor`
(follow `links.next`). Every error is `application/problem+json` (RFC 9457).
"""

SERVICE_TAGS = [  # the tags of the operations that are not a resource's own
    {"name": "search", "description": "Ranked full-text search across resource types."},
    {"name": "exports", "description": "Every row of a resource, streamed as CSV or NDJSON."},
    {"name": "imports", "description": "Files of figures uploaded and imported as jobs (admin)."},
    {"name": "audit", "description": "The history of every write (admin scope)."},
    {"name": "health", "description": "Liveness and readiness probes."},
    {"name": "meta", "description": "What the API serves: collections, counts, dataset version."},
]
TAGS = [*registry.tags(), *SERVICE_TAGS]


def _operation_id(route: APIRoute) -> str:
    return route.name


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Size the worker-thread pool that runs sync routes (CPU-bound Python gains nothing from
    dozens of threads, and fewer threads mean less GIL hand-off); flatten the routes for the
    dispatcher; freeze what start-up made
    out of the garbage collector's reach; keep details rendered ahead when SJC_WARM_DETAILS
    asks for it."""
    settings = app.state.settings
    settings.check_shared_secret()
    anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
    dispatch.prepare(app)
    # What start-up made lives as long as the process: set it aside from the garbage collector,
    # whose full passes over it (160,000 objects) stopped every request for 140-190 ms.
    gc.freeze()
    warming = (
        asyncio.create_task(keep_warm(app, settings.warm_details))
        if settings.warm_details
        else None
    )
    yield
    gc.unfreeze()
    if warming is not None:
        warming.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await warming


def create_app(
    settings: Settings | None = None, *, deprecations: tuple[Deprecation, ...] = DEPRECATIONS
) -> FastAPI:
    """Build the ASGI application (from the process settings unless others are given; the
    deprecations are those declared in app/core/deprecation.py unless others are given)."""
    settings = settings or get_settings()
    app = FastAPIOffline(
        lifespan=lifespan,
        title="sjc-api",
        version="1.0.0",
        summary="Public data API of the Safety and Justice Challenge network.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        servers=[
            {
                "url": settings.public_url or "/",
                "description": f"This server ({settings.environment})",
                "x-internal": False,
            }
        ],
        contact={"name": "sjc-api maintainers"}
        | ({"url": settings.contact_url} if settings.contact_url else {}),
        license_info={
            "name": "Not stated by the source: the captured pages carry no licence "
            "(GET /api/v1, `licence`)"
        },
        generate_unique_id_function=_operation_id,
        telemetry={key: settings.opentelemetry for key in ("tracing", "metrics", "logs")},
        dependencies=[Depends(refuse_unknown_query_parameters), Depends(note_route)],
    )
    install_error_handlers(app)
    # Added innermost first. Outermost to innermost: edge (request id, real client, access log
    # and metrics, stored answers replayed; outside even Starlette's error layer, so a 500 is
    # logged with its id) -> security headers -> CORS -> file suffixes ->
    # failures (500/503) -> rate limit -> body limit -> HTTP cache (validators, 304, HEAD) ->
    # gzip -> deprecation notices.
    app.state.settings = settings
    app.state.deprecations = deprecations
    app.add_middleware(DeprecationMiddleware, deprecations=deprecations)
    app.add_middleware(CompressionMiddleware, minimum_size=settings.gzip_minimum_size)
    # The one place that chooses this app's databases; requests find them in app.state.
    chosen = app.state.databases = Databases.of(settings)
    # The version is read in autocommit (one round trip on PostgreSQL, no BEGIN or ROLLBACK)
    app.state.versions = VersionCache(
        lambda: version.current(reading(chosen.primary)), settings.etag_version_ttl
    )
    replica = chosen.replica
    app.state.replica_versions = (
        VersionCache(lambda: version.current(reading(replica)), settings.etag_version_ttl)
        if replica is not None
        else None
    )
    versions = DatasetVersions(app.state.versions, app.state.replica_versions)
    cache_bytes = int(settings.response_cache_mb * 1024 * 1024)
    app.state.response_cache = ResponseCache(cache_bytes) if cache_bytes else None
    app.add_middleware(
        HttpCacheMiddleware,
        versions=versions,
        max_age=settings.cache_max_age,
        shared_max_age=settings.cache_shared_max_age,
        salt=f"{app.version}+{code_fingerprint()}",
    )
    app.add_middleware(
        BodyLimitMiddleware,
        limit=settings.max_body_bytes,
        timeout=settings.body_timeout,
        larger={"/api/v1/imports": settings.max_import_bytes},
    )
    app.state.limiter = None
    if settings.rate_limit_enabled:
        limits = Limits(
            reads=settings.rate_limit_reads,
            writes=settings.rate_limit_writes,
            window=settings.rate_limit_window,
            auth_failures=settings.rate_limit_auth_failures,
        )
        store = build_store(settings.rate_limit_storage_url, settings.rate_limit_store_timeout)
        app.state.limiter = Limiter(store, limits)
        verify = partial(verify_token, chosen.primary, secret=settings.secret_key_bytes)
        app.add_middleware(RateLimitMiddleware, limiter=app.state.limiter, verify=verify)
    app.add_middleware(FailureMiddleware, retry_after=settings.retry_after)
    app.add_middleware(FileSuffixMiddleware, routes=lambda: dispatch.api_routes(app.router))
    app.add_middleware(CorsMiddleware, write_origins=settings.cors_write_origins)
    app.add_middleware(SecurityHeadersMiddleware)
    edge.install(
        app,
        at_once=not settings.opentelemetry,  # a traced request goes through FastAPI's tracing
        trusted=settings.forwarded_allow_ips,
        versions=versions,
        cache=app.state.response_cache,
        limiter=app.state.limiter,
    )
    app.include_router(front_router)
    app.include_router(explorer_router)
    app.include_router(health_router)
    app.include_router(telemetry_router)
    app.include_router(v1_router)
    openapi.install(app, add_examples, upload_limit(settings))
    dispatch.install(app)  # planned routes answered without walking FastAPI's router
    return app


app = create_app()
