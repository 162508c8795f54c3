"""API keys: only an HMAC of each key is stored, never the key."""

from datetime import datetime

from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401


class ApiKey(SQLModel, table=True):
    """A named key with scopes; `key_id` is the public part used to find it."""

    __tablename__ = "api_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    key_id: str = Field(unique=True, index=True)
    digest: str
    scopes: str
    created_at: datetime
    revoked_at: datetime | None = None
