"""Lists with full-text restriction: `q=` narrows the statement through the search index,
then the list engine pages and renders it (or, with `as_of`, the audit log answers)."""

from datetime import UTC, datetime
from email.utils import format_datetime
from functools import lru_cache
from typing import Any

from fastapi import Request
from sqlalchemy import Select
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from app.audit.as_of import Matcher, list_as_of
from app.core import version
from app.core.waits import yielding
from app.lists.engine import (
    Filtered,
    ListParams,
    ListSpec,
    parse_sort,
    run_list,
    statement_of,
)
from app.lists.render import every_page, list_response, negotiate
from app.search.plans import Page, Plan
from app.search.query import plan_for, restrict


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
    planned = None
    if as_of is None and spec.searchable and params.q:
        planned = await yielding(session, _plan, request, session, spec, stmt, params)
    args = (request, session, spec, stmt, params, as_of, matches, planned)
    if _reads_every_match(params, as_of, planned) or _sorts_every_row(spec, stmt, params):
        return await run_in_threadpool(_respond, *args)
    return await yielding(session, _respond, *args)


def _reads_every_match(params: ListParams, as_of: datetime | None, planned: Plan | None) -> bool:
    """Whether answering reads every matching row rather than one indexed page (a `q=`
    does unless its plan probes the page's rows one by one)."""
    whole_file = params.format in ("csv", "ndjson")
    searching = bool(params.q) and (planned is None or planned.reads_every_match)
    return bool(searching or params.count or params.facets or as_of is not None or whole_file)


def _plan(
    request: Request,
    session: Session,
    spec: ListSpec,
    stmt: Select[Any] | Filtered,
    params: ListParams,
) -> Plan | None:
    """How `q=` is matched (`search/plans.py`): chosen before the rest, since a plan that
    reads only the page's rows needs no worker thread."""
    assert params.q is not None
    one_page = not (params.count or params.facets or _whole_file(request, params))
    page = Page(params.limit + 1, one_page and _walks_index(spec, stmt, params))
    return plan_for(session, spec.resource, params.q, spec.model.id, spec.key, page)


def _whole_file(request: Request, params: ListParams) -> bool:
    """Whether the answer is every matching row as a file (CSV or NDJSON, no `limit` or
    `cursor`) rather than one page."""
    paged = "limit" in request.query_params or "cursor" in request.query_params
    return negotiate(request, params.format) in ("csv", "ndjson") and not paged


def _respond(
    request: Request,
    session: Session,
    spec: ListSpec,
    stmt: Select[Any] | Filtered,
    params: ListParams,
    as_of: datetime | None,
    matches: Matcher | None,
    planned: Plan | None,
) -> Response:
    if as_of is not None and matches is not None:
        past = list_as_of(session, spec, statement_of(stmt), params, as_of, matches)
        return list_response(request, spec, params, past)
    if planned is not None and planned.name == "probe" and isinstance(stmt, Filtered):
        stmt = stmt.narrowed(planned.narrowing())  # a page of a shape built once
    elif spec.searchable and params.q:
        stmt = restrict(session, statement_of(stmt), spec.key, spec.resource, params.q, planned)
    if params.updated_since is not None:
        since = params.updated_since.astimezone(UTC)
        stmt = statement_of(stmt).where(spec.model.updated_at > since)
    if _whole_file(request, params):
        fmt = negotiate(request, params.format)
        response: Response = every_page(session.get_bind(), spec, stmt, params, fmt)
    else:
        result = run_list(session, spec, stmt, params)
        response = list_response(request, spec, params, result)
        if result.changed_read:
            return with_last_modified(response, session, result.changed_at)
    return with_last_modified(response, session)


def _walks_index(spec: ListSpec, stmt: Select[Any] | Filtered, params: ListParams) -> bool:
    """Whether the list's rows come from walking the index of its first sort column alone: no
    filter narrows it (nor `updated_since`), and that column is indexed and never null."""
    return _unfiltered(stmt, params) and _sorted_by_index(spec, params)


def _sorts_every_row(spec: ListSpec, stmt: Select[Any] | Filtered, params: ListParams) -> bool:
    """Whether a page sorts every row of its table: nothing narrows it and no index gives its
    order (the whole table is read and sorted, which can take a while)."""
    return _unfiltered(stmt, params) and not _sorted_by_index(spec, params)


def _unfiltered(stmt: Select[Any] | Filtered, params: ListParams) -> bool:
    """Whether no filter, nor `updated_since`, narrows a collection's own list."""
    unnarrowed = isinstance(stmt, Filtered) and not stmt.active
    return unnarrowed and params.updated_since is None


def _sorted_by_index(spec: ListSpec, params: ListParams) -> bool:
    """Whether the first sort column is indexed and never null (so an index gives the order)."""
    first = spec.sorts[parse_sort(spec, params.sort)[0][0]]
    column = getattr(first, "expression", first)
    indexed = any(getattr(column, flag, False) for flag in ("index", "unique", "primary_key"))
    return indexed and getattr(column, "nullable", True) is False


def with_last_modified(response: Response, session: Session, *read: datetime | None) -> Response:
    """`Last-Modified`: when the dataset last changed (a mirror passes it back as
    `updated_since` on its next sync); `read`: that time, when the page's query read it."""
    changed = read[0] if read else version.changed_at(session)
    if changed is not None:
        response.headers["Last-Modified"] = http_date(changed)
    return response


@lru_cache(maxsize=64)
def http_date(moment: datetime) -> str:
    """A time as an HTTP date; kept, since every page until the next write shows the same one."""
    return format_datetime(moment, usegmt=True)
