"""The history of every write: who, when, what, before and after."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from pydantic import Field as PField
from sqlalchemy import JSON, Text
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401


class AuditEvent(SQLModel, table=True):
    """One write. `before`/`after` hold the writable form, `*_view` the public representation."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    key_id: int | None = Field(default=None, foreign_key="api_key.id", index=True)
    actor: str
    action: str = Field(index=True)
    resource: str = Field(index=True)
    resource_key: str = Field(index=True)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    before_view: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after_view: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    request_id: str


class IdempotencyRecord(SQLModel, table=True):
    """The first response to a POST carrying an Idempotency-Key, replayed on a retry."""

    __tablename__ = "idempotency_record"

    key_id: int = Field(foreign_key="api_key.id", primary_key=True)
    idempotency_key: str = Field(primary_key=True)
    request_hash: str
    status: int
    headers: dict[str, str] = Field(sa_type=JSON)
    body: str = Field(sa_type=Text)
    created_at: datetime = Field(index=True)


class AuditEventPublic(BaseModel):
    """One write as the audit log shows it."""

    id: int = PField(description="Event id, increasing.")
    at: datetime = PField(description="When the write committed (UTC).")
    actor: str = PField(description="Name of the API key that wrote.")
    key_id: int | None = PField(description="Row id of that key.")
    action: str = PField(description="create, update, delete or restore.")
    resource: str = PField(description="Collection name, e.g. jurisdictions.")
    key: str = PField(description="Slug or key of the record.")
    before: dict[str, Any] | None = PField(description="Writable form before (null on create).")
    after: dict[str, Any] | None = PField(description="Writable form after (null on delete).")
    request_id: str = PField(description="X-Request-ID of the write.")
