"""Lists with full-text restriction: `q=` narrows the statement through the search index,
then the list engine pages and renders it (or, with `as_of`, the audit log answers)."""

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from fastapi import Request
from sqlalchemy import Select
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from app.audit.as_of import Matcher, list_as_of
from app.core import version
from app.core.waits import yielding
from app.lists.engine import Filtered, ListParams, ListSpec, run_list, statement_of
from app.lists.render import every_page, list_response, negotiate
from app.search.query import restrict


async def respond_list(
    request: Request,
    session: Session,
    spec: ListSpec,
    stmt: Select[Any] | Filtered,
    params: ListParams,
    *,
    as_of: datetime | None = None,
    matches: Matcher | None = None,
) -> Response:
    """Search-filter, page and render a filtered statement; with `as_of`, as the rows stood
    then (`matches` applies the same filters to recorded past versions).

    A page is a few indexed queries of a millisecond or two: it runs on the event loop, since
    a hand-off to a worker thread would cost more than the work (docs/benchmarks.md). What
    reads every matching row can take longer (a full-text restriction, `count`, `facets`, a
    past version, a whole file): that runs in a worker thread, so that it never holds up the
    requests around it."""
    args = (request, session, spec, stmt, params, as_of, matches)
    if _reads_every_match(params, as_of):
        return await run_in_threadpool(_respond, *args)
    return await yielding(session, _respond, *args)


def _reads_every_match(params: ListParams, as_of: datetime | None) -> bool:
    """Whether answering reads every matching row rather than one indexed page."""
    whole_file = params.format in ("csv", "ndjson")
    return bool(params.q or params.count or params.facets or as_of is not None or whole_file)


def _respond(
    request: Request,
    session: Session,
    spec: ListSpec,
    stmt: Select[Any] | Filtered,
    params: ListParams,
    as_of: datetime | None,
    matches: Matcher | None,
) -> Response:
    if as_of is not None and matches is not None:
        past = list_as_of(session, spec, statement_of(stmt), params, as_of, matches)
        return list_response(request, spec, params, past)
    if spec.searchable and params.q:
        stmt = restrict(
            session, statement_of(stmt), spec.key, spec.resource, params.q, spec.model.id
        )
    if params.updated_since is not None:
        since = params.updated_since.astimezone(UTC)
        stmt = statement_of(stmt).where(spec.model.updated_at > since)
    fmt = negotiate(request, params.format)
    paged = "limit" in request.query_params or "cursor" in request.query_params
    if fmt in ("csv", "ndjson") and not paged:  # a file: every matching row, not one page
        response: Response = every_page(session.get_bind(), spec, stmt, params, fmt)
    else:
        result = run_list(session, spec, stmt, params)
        response = list_response(request, spec, params, result)
        if result.changed_read:
            return with_last_modified(response, session, result.changed_at)
    return with_last_modified(response, session)


def with_last_modified(response: Response, session: Session, *read: datetime | None) -> Response:
    """`Last-Modified`: when the dataset last changed (a mirror passes it back as
    `updated_since` on its next sync); `read`: that time, when the page's query read it."""
    changed = read[0] if read else version.changed_at(session)
    if changed is not None:
        response.headers["Last-Modified"] = format_datetime(changed, usegmt=True)
    return response
