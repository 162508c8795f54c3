"""The lean reference: the least Python that answers the benchmark's reads from the same
SQLite file (raw ASGI, sqlite3, orjson; no framework, no middleware, no validation, no
envelope). It shows what the machine allows a Python server; sjc-api does much more per
request (problem+json, ETags, rate limits, CORS, logs, metrics) and is measured against it.

Usage: SJC_LEAN_DB=bench/data/bench.db uvicorn bench.lean:app --port 18005
Paths: /jurisdictions?state=TX&limit=100, /jurisdictions/{slug},
/observations?jurisdiction={slug}&metric={key}&limit=100.
"""

import os
import sqlite3
from typing import Any
from urllib.parse import parse_qsl

import orjson

SUMMARY = (
    "slug, name, kind, state, fips, has_profile, jail_population_change_pct, "
    "jail_population_change_text, social_handle, last_updated, source_id"
)
LIST = f"SELECT id, {SUMMARY} FROM jurisdiction WHERE state = ? ORDER BY slug LIMIT ?"
DETAIL = f"SELECT id, {SUMMARY} FROM jurisdiction WHERE slug = ?"
AREAS = (
    "SELECT l.jurisdiction_id, a.slug FROM jurisdiction_action_area l "
    "JOIN action_area a ON a.id = l.action_area_id WHERE l.jurisdiction_id IN ({}) ORDER BY a.slug"
)
OBSERVATIONS = (
    "SELECT o.key, o.metric_key, o.value, o.qualifier, o.period_start, o.period_end, o.source_id "
    "FROM observation o JOIN jurisdiction j ON j.id = o.jurisdiction_id "
    "WHERE j.slug = ? AND o.metric_key = ? ORDER BY o.key LIMIT ?"
)
FIELDS = tuple(f.strip() for f in SUMMARY.split(","))
OBSERVATION_FIELDS = (
    "id",
    "metric",
    "value",
    "qualifier",
    "period_start",
    "period_end",
    "source_id",
)
_db: sqlite3.Connection | None = None


def db() -> sqlite3.Connection:
    """One read connection for the process (the server is one thread)."""
    global _db
    if _db is None:
        _db = sqlite3.connect(os.environ["SJC_LEAN_DB"], check_same_thread=False)
    return _db


def jurisdictions(rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Rows as summaries with their action-area slugs."""
    areas: dict[int, list[str]] = {r[0]: [] for r in rows}
    if rows:
        marks = ",".join("?" * len(rows))
        for jid, slug in db().execute(AREAS.format(marks), list(areas)):
            areas[jid].append(slug)
    return [{**dict(zip(FIELDS, r[1:], strict=True)), "action_areas": areas[r[0]]} for r in rows]


def answer(path: str, query: dict[str, str]) -> tuple[int, Any]:
    """The status and JSON body for one request."""
    limit = int(query.get("limit", "100"))
    if path == "/jurisdictions":
        return 200, {"data": jurisdictions(db().execute(LIST, (query["state"], limit)).fetchall())}
    if path.startswith("/jurisdictions/"):
        found = db().execute(DETAIL, (path.rsplit("/", 1)[1],)).fetchall()
        return (200, {"data": jurisdictions(found)[0]}) if found else (404, {"title": "Not found"})
    if path == "/observations":
        params = (query["jurisdiction"], query["metric"], limit)
        rows = db().execute(OBSERVATIONS, params).fetchall()
        return 200, {"data": [dict(zip(OBSERVATION_FIELDS, r, strict=True)) for r in rows]}
    return 404, {"title": "Not found"}


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer one HTTP request."""
    if scope["type"] != "http":
        return
    status, payload = answer(scope["path"], dict(parse_qsl(scope["query_string"].decode())))
    body = orjson.dumps(payload)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
