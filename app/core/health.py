"""Liveness and readiness probes."""

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from app.core.db import databases, reading
from app.core.errors import ApiError, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """Probe result."""

    status: str


class DatabaseUnavailableError(ApiError):
    """The database cannot be reached."""

    status = 503
    code = "database_unavailable"


@router.get(
    "/healthz",
    name="healthz",
    summary="Liveness probe",
    response_model=Health,
    description="Answers 200 while the process serves requests; touches no database and waits "
    "for no worker thread, so it stays up while the database is down.",
)
async def healthz() -> dict[str, Any]:
    """The process is alive."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    name="readyz",
    summary="Readiness probe",
    response_model=Health,
    description="Answers 200 when the database (and the read replica, when one is configured) "
    "answers a query on each pool requests use (writes, and reads), 503 otherwise.",
    responses=problem_responses(503),
)
def readyz(request: Request) -> dict[str, Any]:
    """The database is reachable through the pools requests use: the primary's for writes, and
    the read pool of the database reads go to (on PostgreSQL a pool of its own)."""
    chosen = databases(request.scope)
    pools = [chosen.primary, reading(chosen.primary)]
    pools += [reading(chosen.replica)] if chosen.replica else []
    try:
        for engine in dict.fromkeys(pools):  # on SQLite the read engine is the engine
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means not ready
        raise DatabaseUnavailableError(
            "The database is not reachable.",
            headers={"Retry-After": str(request.app.state.settings.retry_after)},
        ) from exc
    return {"status": "ready"}
