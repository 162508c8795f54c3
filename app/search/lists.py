"""Lists with full-text restriction: `q=` narrows the statement through the search index,
then the list engine pages and renders it (or, with `as_of`, the audit log answers)."""

from datetime import datetime
from typing import Any

from fastapi import Request
from sqlalchemy import Select
from sqlmodel import Session
from starlette.responses import Response

from app.audit.as_of import Matcher, list_as_of
from app.core.listing import ListParams, ListSpec, run_list
from app.core.render import every_page, list_response, negotiate
from app.search.query import restrict


def respond_list(
    request: Request,
    session: Session,
    spec: ListSpec,
    stmt: Select[Any],
    params: ListParams,
    *,
    as_of: datetime | None = None,
    matches: Matcher | None = None,
) -> Response:
    """Search-filter, page and render a filtered statement; with `as_of`, as the rows stood
    then (`matches` applies the same filters to recorded past versions)."""
    if as_of is not None and matches is not None:
        return list_response(
            request, spec, params, list_as_of(session, spec, stmt, params, as_of, matches)
        )
    if spec.searchable:
        stmt = restrict(session, stmt, spec.key, spec.resource, params.q)
    fmt = negotiate(request, params.format)
    paged = "limit" in request.query_params or "cursor" in request.query_params
    if fmt in ("csv", "ndjson") and not paged:  # a file: every matching row, not one page
        return every_page(session.get_bind(), spec, stmt, params, fmt)
    return list_response(request, spec, params, run_list(session, spec, stmt, params))
