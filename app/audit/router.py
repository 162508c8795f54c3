"""The audit log (admin scope)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from app.audit import service
from app.auth.deps import require_scope
from app.auth.service import Principal
from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.params import IsoInstant
from app.lists.engine import ListParams
from app.lists.params import list_params
from app.lists.render import list_openapi_responses
from app.search.lists import respond_list

router = APIRouter(prefix="/audit", tags=["audit"])
Params = Annotated[ListParams, Depends(list_params(service.SPEC))]
Admin = Annotated[Principal, Depends(require_scope("admin"))]


AuditList = service.SPEC.envelope("AuditList", "A page of audit events.")


@router.get(
    "",
    name="list_audit_events",
    summary="List audit events",
    description="Every write, newest first: who (key), when, what, before and after, request id. "
    "Needs the `admin` scope; never cached by shared caches.",
    response_model=AuditList,
    responses={**list_openapi_responses(), **problem_responses(401, 403, 422, 429)},
)
async def list_audit_events(
    request: Request,
    session: SessionDep,
    params: Params,
    _admin: Admin,
    resource: Annotated[str | None, Query(max_length=100, description="Collection name.")] = None,
    key: Annotated[str | None, Query(max_length=300, description="Slug or key.")] = None,
    action: Annotated[
        Literal["create", "update", "delete", "restore"] | None, Query(description="Kind of write.")
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, description="API key name.")] = None,
    since: Annotated[IsoInstant | None, Query(description="Events at or after (ISO 8601).")] = None,
    until: Annotated[
        IsoInstant | None, Query(description="Events at or before (ISO 8601).")
    ] = None,
) -> Response:
    """List audit events."""
    stmt = service.filtered(
        resource=resource, key=key, action=action, actor=actor, since=since, until=until
    )
    response = await respond_list(request, session, service.SPEC, stmt, params)
    response.headers["Cache-Control"] = "private, no-store"
    return response
