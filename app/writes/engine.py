"""The write engine: every write is one transaction that first takes the write lock (the
dataset-version bump), checks If-Match against the record's current ETag, validates with the
seed loader's models, writes, re-indexes, and records an audit event; or changes nothing."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, delete, select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from app.audit.models import AuditEvent, IdempotencyRecord
from app.auth.service import Principal
from app.core import version
from app.core.base import utc_now
from app.core.config import get_settings
from app.core.errors import (
    ConflictError,
    FieldProblem,
    NotFoundError,
    PreconditionFailedError,
    PreconditionRequiredError,
    UnprocessableError,
    field_problem,
)
from app.core.etags import same_entity
from app.lists.render import entity_tag, item_body
from app.writes.columns import read_row, save_columns
from app.writes.refs import jsonable


@dataclass(frozen=True)
class Writable:
    """What the engine needs to know to write one kind of record."""

    resource: str
    singular: str
    model: Any
    key_field: str
    schema: type[BaseModel]
    view: Callable[[Session, str], dict[str, Any]]
    dependents: Callable[[Session, Any], list[str]]
    # its writable form and how it is stored; by default its declared columns (`columns.py`)
    load: Callable[[Session, Any], dict[str, Any]] = read_row
    save: Callable[[Session, Any, Any], Any] | None = None
    links: tuple[tuple[Any, str], ...] = ()
    reindex: Callable[[Session, str, str], None] | None = None  # the search index, if any
    after_write: Callable[[Session, str], None] | None = None
    refuse: Callable[[Any], str | None] | None = None
    example: dict[str, Any] | None = None
    key_is_path: bool = False  # a key with '/' (observations): the URL takes the rest of the path

    def store(self, session: Session, body: Any, row: Any) -> Any:
        """Insert (row None) or update a record from a validated body; return its row."""
        if self.save is None:
            return save_columns(session, self.model, body, row)
        return self.save(session, body, row)


@dataclass(frozen=True)
class Actor:
    """Who writes, and in which request."""

    principal: Principal
    request_id: str


@dataclass(frozen=True)
class Outcome:
    """What a write answers: status, public representation bytes and headers."""

    status: int
    body: bytes
    headers: dict[str, str]
    replayed: bool = False


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def validate(w: Writable, values: dict[str, Any]) -> Any:
    """Validate a whole record with the seed loader's model; 422 with JSON pointers."""
    try:
        return w.schema.model_validate(values)
    except ValidationError as exc:
        problems = [field_problem({**e, "loc": ("body", *e["loc"])}) for e in exc.errors()]
        names = ", ".join(p.pointer or "" for p in problems)
        raise UnprocessableError(f"Invalid body: {names}.", errors=problems) from exc


def find(session: Session, w: Writable, key: str) -> Any:
    """The record's row, or None."""
    return session.scalars(select(w.model).where(getattr(w.model, w.key_field) == key)).first()


def _current_tag(session: Session, w: Writable, key: str) -> tuple[dict[str, Any], str]:
    view = w.view(session, key)
    return view, entity_tag(item_body(view))


def _check_if_match(if_match: str | None, current: str) -> None:
    if if_match is None:
        raise PreconditionRequiredError(
            "This write needs If-Match with the record's current ETag (from GET)."
        )
    tags = [t for t in if_match.split(",") if t.strip()]
    if not any(t.strip() == "*" or same_entity(t, current) for t in tags):
        raise PreconditionFailedError(
            f"The record changed since that ETag was issued; its current ETag is {current}."
        )


def _audit(
    session: Session,
    w: Writable,
    actor: Actor,
    action: str,
    key: str,
    before: tuple[dict[str, Any] | None, dict[str, Any] | None],
    after: tuple[dict[str, Any] | None, dict[str, Any] | None],
) -> None:
    session.add(
        AuditEvent(
            at=now(),
            key_id=actor.principal.id,
            actor=actor.principal.name,
            action=action,
            resource=w.resource,
            resource_key=key,
            before=_json(before[0]),
            before_view=_json(before[1]),
            after=_json(after[0]),
            after_view=_json(after[1]),
            request_id=actor.request_id,
        )
    )


def _json(values: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if values is None else jsonable(values)


def _after_change(session: Session, w: Writable, key: str) -> None:
    if w.reindex is not None:
        w.reindex(session, w.resource, key)
    if w.after_write:
        w.after_write(session, key)


def _saved(session: Session, w: Writable, body: Any, row: Any) -> tuple[Any, dict[str, Any]]:
    row = w.store(session, body, row)
    key = getattr(row, w.key_field)
    if hasattr(w.model, "updated_at"):  # its links may be all that changed: stamp the record
        session.execute(
            sql_update(w.model)
            .where(getattr(w.model, w.key_field) == key)
            .values(updated_at=utc_now())
        )
    _after_change(session, w, key)
    return row, w.view(session, key)


def _location(w: Writable, key: str) -> str:
    return f"/api/v1/{w.resource}/{key}"


def _created(w: Writable, key: str, view: dict[str, Any], status: int = 201) -> Outcome:
    body = item_body(view)
    return Outcome(status, body, {"Location": _location(w, key), "ETag": entity_tag(body)})


def create(session: Session, w: Writable, body: Any, actor: Actor) -> Outcome:
    """Insert a new record; 409 when its natural key is taken."""
    key = getattr(body, w.key_field)
    if find(session, w, key) is not None:
        raise ConflictError(f"A record of {w.resource} with {w.key_field} '{key}' already exists.")
    if w.refuse and (reason := w.refuse(body)):
        raise UnprocessableError(reason)
    row, view = _saved(session, w, body, None)
    _audit(session, w, actor, "create", key, (None, None), (w.load(session, row), view))
    return _created(w, key, view)


def update(
    session: Session,
    w: Writable,
    key: str,
    patch: dict[str, Any],
    if_match: str | None,
    actor: Actor,
) -> Outcome:
    """Apply a merge patch to the current record after checking If-Match."""
    row = find(session, w, key)
    if row is None:
        raise NotFoundError(f"No record of {w.resource} has the {w.key_field} '{key}'.")
    before_view, tag = _current_tag(session, w, key)
    _check_if_match(if_match, tag)
    if w.key_field in patch and patch[w.key_field] != key:
        raise UnprocessableError(
            f"The {w.key_field} of a record cannot change.",
            errors=[FieldProblem(pointer=f"/{w.key_field}", detail="cannot change")],
        )
    if w.refuse and (reason := w.refuse(row)):
        raise ConflictError(reason)
    before = w.load(session, row)
    merged = validate(w, {**before, **patch})
    if w.refuse and (reason := w.refuse(merged)):
        raise UnprocessableError(reason)
    row, view = _saved(session, w, merged, row)
    after = w.load(session, row)
    if after != before or view != before_view:
        _audit(session, w, actor, "update", key, (before, before_view), (after, view))
    return _created(w, key, view, status=200)


def remove(session: Session, w: Writable, key: str, if_match: str | None, actor: Actor) -> Outcome:
    """Delete a record that nothing refers to; it stays in the audit log, restorable."""
    row = find(session, w, key)
    if row is None:
        raise NotFoundError(f"No record of {w.resource} has the {w.key_field} '{key}'.")
    before_view, tag = _current_tag(session, w, key)
    _check_if_match(if_match, tag)
    if w.refuse and (reason := w.refuse(row)):
        raise ConflictError(reason)
    blocking = w.dependents(session, row)
    if blocking:
        raise ConflictError(
            f"Still referred to by {', '.join(blocking[:20])}"
            + (f" and {len(blocking) - 20} more" if len(blocking) > 20 else "")
            + "; change those first."
        )
    before = w.load(session, row)
    for link, parent in w.links:
        session.execute(delete(link).where(getattr(link, parent) == row.id))
    session.delete(row)
    session.flush()
    _after_change(session, w, key)
    _audit(session, w, actor, "delete", key, (before, before_view), (None, None))
    return Outcome(204, b"", {})


def restore(
    session: Session, event_id: int, actor: Actor, writables: dict[str, Writable]
) -> Outcome:
    """Bring back the record a delete event removed, as it was (if its resource is one of
    `writables`)."""
    event = session.get(AuditEvent, event_id)
    if event is None:
        raise NotFoundError(f"No audit event has the id {event_id}.")
    w = writables.get(event.resource)
    if event.action != "delete" or w is None or event.before is None:
        raise ConflictError("Only delete events can be restored.")
    if find(session, w, event.resource_key) is not None:
        raise ConflictError(f"'{event.resource_key}' exists again; nothing to restore.")
    body = validate(w, event.before)
    try:
        _, view = _saved(session, w, body, None)
    except UnprocessableError as exc:
        raise ConflictError(f"Cannot restore: {exc.detail}", errors=exc.errors) from exc
    _audit(session, w, actor, "restore", event.resource_key, (None, None), (event.before, view))
    return _created(w, event.resource_key, view)


def request_hash(method: str, path: str, body: bytes) -> str:
    """What identifies a request for Idempotency-Key comparison."""
    return hashlib.sha256(b"|".join([method.encode(), path.encode(), body])).hexdigest()


def run(
    work: Callable[[Session], Outcome],
    *,
    database: Engine,
    idempotency: tuple[int, str, str] | None = None,
    idempotency_ttl: float | None = None,
) -> Outcome:
    """Run one write in its own transaction, serialized with every other write.

    The dataset-version bump is the first statement: on PostgreSQL it row-locks the version row,
    on SQLite it takes the database's write lock, so concurrent writes queue and each one sees
    the committed result of the one before (If-Match checks are race-free). Any failure rolls
    back everything, including the bump. `idempotency` is (key id, Idempotency-Key, hash),
    remembered for `idempotency_ttl` seconds (the app's setting; the process's by default).
    """
    ttl = get_settings().idempotency_ttl if idempotency_ttl is None else idempotency_ttl
    with Session(database, expire_on_commit=False) as session:
        session.begin()
        try:
            version.bump(session)
            if idempotency is not None and (replay := _replay(session, ttl, *idempotency)):
                session.rollback()  # a replay changes nothing, not even the version
                return replay
            outcome = work(session)
            if idempotency is not None:
                _remember(session, ttl, idempotency, outcome)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError("The write conflicts with existing data; nothing changed.") from exc
    return outcome


def _replay(session: Session, ttl: float, key_id: int, key: str, digest: str) -> Outcome | None:
    record = session.get(IdempotencyRecord, (key_id, key))
    if record is None:
        return None
    age = (
        now() - record.created_at.replace(tzinfo=record.created_at.tzinfo or UTC)
    ).total_seconds()
    if age > ttl:
        session.delete(record)
        session.flush()
        return None
    if record.request_hash != digest:
        raise UnprocessableError(
            "This Idempotency-Key was used with a different request; use a new key.",
            errors=[FieldProblem(parameter="Idempotency-Key", detail="reused with another body")],
        )
    return Outcome(record.status, record.body.encode(), dict(record.headers), replayed=True)


def _remember(
    session: Session, ttl: float, idempotency: tuple[int, str, str], outcome: Outcome
) -> None:
    key_id, key, digest = idempotency
    expired = now() - timedelta(seconds=ttl)
    session.execute(delete(IdempotencyRecord).where(col(IdempotencyRecord.created_at) < expired))
    session.add(
        IdempotencyRecord(
            key_id=key_id,
            idempotency_key=key,
            request_hash=digest,
            status=outcome.status,
            headers=outcome.headers,
            body=outcome.body.decode(),
            created_at=now(),
        )
    )
