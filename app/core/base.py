"""Table metadata conventions shared by every model module (imported before any table)."""

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """Now, in UTC (the one clock every stamp uses)."""
    return datetime.now(UTC)


class Stamped(SQLModel):
    """A record that knows when it last changed: set on insert, on every update of its row, and
    by the write engine when only its links change. Lists filter on it (`updated_since`)."""

    updated_at: datetime | None = Field(
        default_factory=utc_now,
        index=True,
        sa_type=DateTime(timezone=True),
        sa_column_kwargs={"onupdate": utc_now},
    )
