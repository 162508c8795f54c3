"""The dataset version: bumped by every change to the data, it keys strong ETags."""

from datetime import UTC, datetime

from sqlalchemy import Engine, select, update
from sqlmodel import Field, Session, SQLModel, col

import app.core.base  # noqa: F401


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


CHANGED_AT = select(col(DatasetVersion.updated_at)).where(DatasetVersion.id == 1)


def changed_at(session: Session) -> datetime | None:
    """When the data last changed (UTC), or None before anything was loaded."""
    stamp = session.connection().execute(CHANGED_AT).scalar()
    if stamp is None:
        return None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone(UTC)
