"""The dataset version: bumped by every change to the data, it keys strong ETags."""

from datetime import UTC, datetime

from sqlalchemy import Engine, String, select, type_coerce, update
from sqlmodel import Field, Session, SQLModel, col

import app.core.base  # noqa: F401
from app.core.refs import plain_rows


class DatasetVersion(SQLModel, table=True):
    """A single row whose `version` grows whenever the data changes."""

    __tablename__ = "dataset_version"

    id: int = Field(default=1, primary_key=True)
    version: int = 0
    updated_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


def bump(session: Session) -> int:
    """Record that the data changed (inside the caller's transaction); return the new version.

    One atomic UPDATE: it is also the write lock every API write takes first (row lock on
    PostgreSQL, the database write lock on SQLite)."""
    changed = session.execute(
        update(DatasetVersion)
        .where(DatasetVersion.id == 1)
        .values(version=DatasetVersion.version + 1, updated_at=datetime.now(UTC))
    )
    if not changed.rowcount:
        session.add(DatasetVersion(id=1, version=1))
        session.flush()
    return int(
        session.execute(select(DatasetVersion.version).where(DatasetVersion.id == 1)).scalar_one()
    )


def current(engine: Engine) -> int:
    """The current dataset version (0 before anything was loaded)."""
    with engine.connect() as conn:
        return int(
            conn.execute(select(DatasetVersion.version).where(DatasetVersion.id == 1)).scalar() or 0
        )


# The change time as the driver returns it (ISO text on SQLite, a datetime on PostgreSQL),
# not parsed by SQLAlchemy: `parsed` makes it a datetime. Pages read it in their own statement.
CHANGED_AT = select(type_coerce(col(DatasetVersion.updated_at), String)).where(
    DatasetVersion.id == 1
)


def changed_at(session: Session) -> datetime | None:
    """When the data last changed (UTC), or None before anything was loaded: through the
    driver (a list page whose own statement did not read it asks), in the session's
    transaction, so it is the time of the data the page was read from."""
    rows = plain_rows(session, CHANGED_AT)
    return as_utc(parsed(rows[0][0])) if rows else None


def parsed(stamp: datetime | str | None) -> datetime | None:
    """A change time as the driver returns it (SQLite: the stored ISO text) as a datetime."""
    return datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp


def as_utc(stamp: datetime | None) -> datetime | None:
    """A stored change time in UTC (stored naive on SQLite: UTC is what was written)."""
    if stamp is None:
        return None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone(UTC)
