"""Unit tests of the write engine, below HTTP: one transaction per write, If-Match, the key
that cannot change, refusals of records still referred to, idempotent replays, and the audit
log that records each change once (on the suite's database, migrated and seeded)."""

from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from app.action_areas.writes import WRITABLE as ACTION_AREAS
from app.audit.models import AuditEvent
from app.auth.service import authenticate, create_key
from app.core import version
from app.core.errors import (
    ConflictError,
    PreconditionFailedError,
    PreconditionRequiredError,
    UnprocessableError,
)
from app.writes import engine as writes
from app.writes.engine import Actor, Outcome


@pytest.fixture
def actor(engine: Engine) -> Actor:
    with Session(engine) as session, session.begin():
        token = create_key(session, "unit-test", ["write"])
    with Session(engine) as session:
        principal = authenticate(session, token)
    assert principal is not None
    return Actor(principal=principal, request_id="unit")


def write(engine: Engine, work: Any, idempotency: tuple[int, str, str] | None = None) -> Outcome:
    return writes.run(work, database=engine, idempotency=idempotency)


def events(engine: Engine, key: str) -> list[str]:
    with Session(engine) as session:
        stmt = select(AuditEvent.action).where(AuditEvent.resource_key == key)
        return list(session.execute(stmt.order_by(AuditEvent.id)).scalars())


def etag(engine: Engine, key: str) -> str:
    with Session(engine) as session:
        return writes._current_tag(session, ACTION_AREAS, key)[1]


def test_create_update_delete_each_audited_once(engine: Engine, actor: Actor) -> None:
    body = writes.validate(ACTION_AREAS, {"slug": "unit-area", "name": "Unit area"})
    created = write(engine, lambda s: writes.create(s, ACTION_AREAS, body, actor))
    assert created.status == 201 and created.headers["Location"] == "/api/v1/action-areas/unit-area"
    same = write(
        engine,
        lambda s: writes.update(
            s, ACTION_AREAS, "unit-area", {"name": "Unit area"}, etag(engine, "unit-area"), actor
        ),
    )
    assert same.status == 200
    assert events(engine, "unit-area") == ["create"]  # an update that changes nothing
    renamed = write(
        engine,
        lambda s: writes.update(
            s, ACTION_AREAS, "unit-area", {"name": "Renamed"}, etag(engine, "unit-area"), actor
        ),
    )
    assert b'"Renamed"' in renamed.body and renamed.headers["ETag"] != created.headers["ETag"]
    gone = write(
        engine,
        lambda s: writes.remove(s, ACTION_AREAS, "unit-area", etag(engine, "unit-area"), actor),
    )
    assert gone.status == 204
    assert events(engine, "unit-area") == ["create", "update", "delete"]


def test_if_match_is_required_and_must_be_current(engine: Engine, actor: Actor) -> None:
    with pytest.raises(PreconditionRequiredError):
        write(
            engine, lambda s: writes.update(s, ACTION_AREAS, "courts", {"name": "X"}, None, actor)
        )
    with pytest.raises(PreconditionFailedError):
        write(
            engine,
            lambda s: writes.update(s, ACTION_AREAS, "courts", {"name": "X"}, '"stale"', actor),
        )
    with pytest.raises(UnprocessableError, match="cannot change"):
        write(
            engine,
            lambda s: writes.update(
                s, ACTION_AREAS, "courts", {"slug": "other"}, etag(engine, "courts"), actor
            ),
        )
    assert events(engine, "courts") == []


def test_a_record_still_referred_to_is_not_deleted(engine: Engine, actor: Actor) -> None:
    with pytest.raises(ConflictError, match="Still referred to by"):
        write(
            engine,
            lambda s: writes.remove(s, ACTION_AREAS, "courts", etag(engine, "courts"), actor),
        )
    assert etag(engine, "courts")  # still there


def test_a_failed_write_changes_nothing_not_even_the_version(engine: Engine, actor: Actor) -> None:
    before = version.current(engine)
    body = writes.validate(ACTION_AREAS, {"slug": "courts", "name": "Duplicate"})
    with pytest.raises(ConflictError, match="already exists"):
        write(engine, lambda s: writes.create(s, ACTION_AREAS, body, actor))
    assert version.current(engine) == before  # the bump was rolled back with the rest


def test_an_idempotent_retry_is_replayed_not_repeated(engine: Engine, actor: Actor) -> None:
    body = writes.validate(ACTION_AREAS, {"slug": "retry-area", "name": "Retry"})
    digest = writes.request_hash("POST", "/api/v1/action-areas", b"{}")
    key = (actor.principal.id, "retry-1", digest)
    first = write(engine, lambda s: writes.create(s, ACTION_AREAS, body, actor), key)
    again = write(engine, lambda s: writes.create(s, ACTION_AREAS, body, actor), key)
    assert (first.replayed, again.replayed) == (False, True)
    assert again.body == first.body and again.status == 201
    assert events(engine, "retry-area") == ["create"]
