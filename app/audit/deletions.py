"""`GET /api/v1/deletions`: what was deleted and when (resource and key only, never who), so a
mirror that syncs with `updated_since` can drop the same rows. Public, like the data."""

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Select, select
from sqlmodel import Session, col
from starlette.responses import Response

from app.audit.models import AuditEvent
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import IsoInstant
from app.lists.engine import ListParams, ListSpec
from app.lists.params import list_params
from app.lists.render import list_openapi_responses
from app.search.lists import respond_list


class Deletion(BaseModel):
    """One deleted record."""

    id: int = Field(description="The delete event's number (deletions are listed in order).")
    resource: str = Field(description="The collection it was in, as in its URL.")
    key: str = Field(description="Its slug or key.")
    deleted_at: datetime = Field(description="When it was deleted.")


def public(_session: Session, rows: list[AuditEvent]) -> list[dict[str, Any]]:
    """Delete events as the public sees them: what and when, not who."""
    return [
        {"id": e.id, "resource": e.resource, "key": e.resource_key, "deleted_at": e.at}
        for e in rows
    ]


SPEC = ListSpec(
    resource="deletions",
    model=AuditEvent,
    key=AuditEvent.id,
    key_field="id",
    serialize=public,
    row=Deletion,
    sorts={},
    default_sort="id",
)
router = APIRouter(tags=["audit"])
Params = Annotated[ListParams, Depends(list_params(SPEC))]
DeletionList = SPEC.envelope("DeletionList", "A page of deletions, oldest first.")


def deleted(since: datetime | None) -> Select[Any]:
    """Delete events, after `since` when given (a record restored later is listed again by
    `updated_since` on its collection)."""
    stmt = select(AuditEvent).where(col(AuditEvent.action) == "delete")
    if since is not None:
        stmt = stmt.where(col(AuditEvent.at) > since.astimezone(UTC))
    return stmt


@router.get(
    "/deletions",
    name="list_deletions",
    summary="List deleted records",
    description="Every record deleted through the API (resource, key, time), oldest first; "
    "with `since`, only those deleted after it. With `updated_since` on each collection and "
    "the lists' `Last-Modified`, enough to mirror the dataset incrementally.",
    response_model=DeletionList,
    responses={**list_openapi_responses(), **problem_responses(422)},
)
async def list_deletions(
    request: Request,
    session: SessionDep,
    params: Params,
    since: Annotated[
        IsoInstant | None,
        Query(
            description="Only deletions after this time (ISO 8601 with offset).",
            examples=["2026-11-26T12:00:00Z"],
        ),
    ] = None,
) -> Response:
    """List deletions."""
    return await respond_list(request, session, SPEC, deleted(since), params)
