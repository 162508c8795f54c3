"""Lists as they stood at a past time: today's rows that no write has touched since, merged
with the recorded past versions of those that were (from the audit log), in key order."""

import base64
import binascii
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlmodel import Session, col

from app.audit.models import AuditEvent
from app.core.errors import InvalidParameterError, NotFoundError
from app.lists.engine import ListParams, ListResult, ListSpec, run_list

Matcher = Callable[[dict[str, Any]], bool]


def past_versions(
    session: Session, resource: str, as_of: datetime, key: str | None = None
) -> dict[str, Any]:
    """Key -> public view at `as_of` (None: did not exist) for every record written since
    (or only for `key`)."""
    versions: dict[str, Any] = {}
    stmt = select(col(AuditEvent.resource_key), col(AuditEvent.before_view)).where(
        col(AuditEvent.resource) == resource, col(AuditEvent.at) > as_of
    )
    if key is not None:
        stmt = stmt.where(col(AuditEvent.resource_key) == key)
    for record_key, before in session.execute(stmt.order_by(col(AuditEvent.id))):
        versions.setdefault(record_key, before)  # the earliest later event knows how it stood
    return versions


def view_as_of(session: Session, resource: str, key: str, as_of: datetime) -> dict[str, Any] | None:
    """A record's public view at `as_of`, or None when nothing changed it since (the current
    view is the answer). 404 when it did not exist at that time."""
    versions = past_versions(session, resource, as_of, key)
    if key not in versions:
        return None
    if versions[key] is None:
        raise NotFoundError(f"'{key}' did not exist at {as_of.isoformat()}.")
    return dict(versions[key])


def _cursor(raw: str | None) -> str | None:
    if raw is None:
        return None
    try:
        key = base64.b64decode(raw.encode(), altchars=b"-_", validate=True).decode()
        if not key:
            raise ValueError("empty cursor")
        return key
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise InvalidParameterError(
            "cursor", "This cursor was not issued for an as_of list."
        ) from exc


def _refuse_unsupported(spec: ListSpec, params: ListParams) -> None:
    """as_of lists come in key order only: the parameters that need more are refused."""
    unsupported = [
        name
        for name, value in [
            ("sort", params.sort not in (None, "", spec.key_field)),
            ("include", params.include),
            ("facet", params.facets),
            ("extras", params.count),
            ("q", params.q),
            ("updated_since", params.updated_since),
        ]
        if value
    ]
    if unsupported:
        raise InvalidParameterError(
            unsupported[0], f"{unsupported[0]} cannot be combined with as_of (key order only)."
        )


def list_as_of(
    session: Session,
    spec: ListSpec,
    stmt: Select[Any],
    params: ListParams,
    as_of: datetime,
    matches: Matcher,
) -> ListResult:
    """One page, in key order, of the rows matching the filters as they stood at `as_of`.
    `stmt` applies the filters in SQL to today's rows; `matches` applies them to past views."""
    _refuse_unsupported(spec, params)
    after = _cursor(params.cursor)
    past = past_versions(session, spec.resource, as_of)
    today = stmt.where(spec.key.not_in(list(past))) if past else stmt
    if after is not None:
        today = today.where(spec.key > after)
    current = run_list(session, spec, today, replace(params, cursor=None, fields=()))
    then = [
        view
        for key, view in past.items()
        if view is not None and (after is None or key > after) and matches(view)
    ]
    merged = sorted([*current.items, *then], key=lambda item: str(item[spec.key_field]))
    page = merged[: params.limit]
    more = current.next_cursor is not None or len(merged) > params.limit
    names = (spec.key_field, *(params.fields or spec.fields))
    items = [{n: item.get(n) for n in names} for item in page]
    last = str(page[-1][spec.key_field]) if page else None
    next_cursor = base64.urlsafe_b64encode(last.encode()).decode() if more and last else None
    return ListResult(items=items, next_cursor=next_cursor)
