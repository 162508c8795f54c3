"""GET /metrics: Prometheus metrics for operators, behind an API key with the `metrics` scope."""

from fastapi import APIRouter, Depends, Response

from app.auth.deps import require_scope
from app.core import telemetry
from app.core.errors import problem_responses

router = APIRouter(tags=["health"])

PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


@router.get(
    "/metrics",
    name="metrics",
    summary="Prometheus metrics",
    description="Request counts and latency by route and status, response-cache hits and misses, "
    "304s, 429s, rate-limit store failures, database connections in use and imported rows, in "
    "the Prometheus text format (every worker's, when serving with several). Needs an API key "
    "with the `metrics` scope (`sjc-api keys create --name prometheus --scopes metrics`).",
    response_class=Response,
    responses={
        200: {"content": {PROMETHEUS_TEXT: {"schema": {"type": "string"}}}},
        **problem_responses(401, 403),
    },
    dependencies=[Depends(require_scope("metrics"))],
)
async def metrics() -> Response:
    """The current metrics."""
    return Response(
        telemetry.exposition(),
        media_type=PROMETHEUS_TEXT,
        headers={"Cache-Control": "no-store"},
    )
