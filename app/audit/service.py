"""Queries over the audit log, and reading a record as it stood at a past time."""

from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlmodel import Session

from app.audit.models import AuditEvent, AuditEventPublic
from app.lists.engine import ListSpec


def public(_session: Session, rows: list[AuditEvent]) -> list[dict[str, Any]]:
    """Audit events as the API shows them."""
    return [
        {
            "id": e.id,
            "at": e.at,
            "actor": e.actor,
            "key_id": e.key_id,
            "action": e.action,
            "resource": e.resource,
            "key": e.resource_key,
            "before": e.before,
            "after": e.after,
            "request_id": e.request_id,
        }
        for e in rows
    ]


SPEC = ListSpec(
    resource="audit",
    model=AuditEvent,
    key=AuditEvent.id,
    key_field="id",
    serialize=public,
    row=AuditEventPublic,
    sorts={"at": AuditEvent.at},
    default_sort="-id",
)


def filtered(
    *,
    resource: str | None = None,
    key: str | None = None,
    action: str | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[Any]:
    """Events matching every filter given."""
    stmt = select(AuditEvent)
    for column, value in [
        (AuditEvent.resource, resource),
        (AuditEvent.resource_key, key),
        (AuditEvent.action, action),
        (AuditEvent.actor, actor),
    ]:
        if value is not None:
            stmt = stmt.where(column == value)
    if since is not None:
        stmt = stmt.where(AuditEvent.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEvent.at <= until)
    return stmt
