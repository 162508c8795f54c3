"""Prometheus metrics: requests by route and status, latency, response cache, 304s, 429s,
rate-limit store failures, database connections in use, imported rows and responses rendered
ahead.

With several worker processes (`sjc-api serve --workers N`), prometheus-client's multiprocess
mode keeps each worker's values in files under PROMETHEUS_MULTIPROC_DIR and `/metrics` adds
them up, so whichever worker answers the scrape reports the whole server."""

import bisect
import contextlib
import os
import shutil
import tempfile
from collections import Counter as Tally
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from prometheus_client import REGISTRY as PROCESS_REGISTRY
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter(
    "sjc_http_requests",
    "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "sjc_http_request_duration_seconds",
    "Time to answer a request, by route template.",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
RESPONSE_CACHE = Counter(
    "sjc_response_cache", "Rendered-response cache lookups, by result (hit or miss).", ["result"]
)
ANSWERED_AT_ONCE = Counter(
    "sjc_answered_at_once",
    "Stored answers (200 or 304) the server gave while reading the request, past every layer.",
)
NOT_MODIFIED = Counter("sjc_not_modified", "Responses answered 304 Not Modified.")
RATE_LIMITED = Counter("sjc_rate_limited", "Requests refused with 429 Too Many Requests.")
RATE_LIMIT_STORE_FAILURES = Counter(
    "sjc_rate_limit_store_failures", "Calls to the shared rate-limit store that failed."
)
DB_CONNECTIONS_IN_USE = Gauge(
    "sjc_db_connections_in_use",
    "Database connections checked out of the pool.",
    multiprocess_mode="livesum",
)
IMPORTED_ROWS = Counter("sjc_import_rows", "Rows written by imports.", ["kind"])
RENDERED_AHEAD = Counter(
    "sjc_rendered_ahead",
    "Responses rendered into the response cache before any request (SJC_WARM_DETAILS).",
)


def observe_requests(answered: Sequence[tuple[str, str | None, int, float]]) -> None:
    """Count and time a turn's answers, each (method, route, status, seconds; routes without a
    template as `unmatched`), with one update of each value changed: what an inc() and an
    observe() a request would do (Prometheus takes a lock for each call and walks the
    histogram's buckets for each value)."""
    durations: dict[tuple[str, str | None, int], list[float]] = {}
    for method, route, status, seconds in answered:
        durations.setdefault((method, route, status), []).append(seconds)
    for (method, route, status), values in durations.items():
        template, count = route or "unmatched", len(values)
        REQUESTS.labels(method, template, str(status)).inc(count)
        latency: Any = LATENCY.labels(method, template)
        # The histogram's own state, as its observe() updates it for each value: the first
        # bucket whose bound is not below the value, and the sum (tests/test_at_once_parts.py
        # compares the two ways).
        latency._sum.inc(sum(values))
        bounds = latency._upper_bounds
        for bucket, n in Tally(bisect.bisect_left(bounds, v) for v in values).items():
            latency._buckets[bucket].inc(n)
        if status == 304:
            NOT_MODIFIED.inc(count)
        elif status == 429:
            RATE_LIMITED.inc(count)


def answered_at_once(statuses: Sequence[int]) -> None:
    """Count the answers the server gave at once, the stored 200s among them as cache hits (the
    edge layer counts the hits it replays itself)."""
    ANSWERED_AT_ONCE.inc(len(statuses))
    hits = sum(1 for status in statuses if status == 200)
    if hits:
        RESPONSE_CACHE.labels("hit").inc(hits)


def exposition() -> bytes:
    """The metrics in Prometheus text format (every worker's, in multiprocess mode)."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(PROCESS_REGISTRY)


@contextlib.contextmanager
def multiprocess_dir(configured: Path | None) -> Iterator[Path]:
    """Give worker processes an empty folder for their metric files (a temporary one unless
    configured); must be entered before the workers start, so they inherit it."""
    folder = configured or Path(tempfile.mkdtemp(prefix="sjc-metrics-"))
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):  # counters of a previous run would be added in
        stale.unlink()
    os.environ[MULTIPROC_ENV] = str(folder)
    try:
        yield folder
    finally:
        if configured is None:
            shutil.rmtree(folder, ignore_errors=True)
