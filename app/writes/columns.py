"""The stored columns of a write, from the table's declarations (`Accepted`): a record's
writable form reads them (a reference by its target's key), a save resolves and stores them.
A resource's own links and checks come on top of these in its `writes.py`."""

from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from app.core.fields import accepted
from app.writes.refs import Refs, jsonable, put_row


@dataclass(frozen=True)
class Column:
    """One accepted column: its name as stored and as given, and what it refers to."""

    column: str
    name: str
    target: Any = None  # the model a foreign key points to
    target_column: str = "id"  # the column it points to
    by: str | None = None  # the target's column the input names it by (when not the same)


def _model_of(table: Any) -> Any:
    return next(m.class_ for m in SQLModel._sa_registry.mappers if m.local_table is table)


@cache
def columns(model: Any) -> tuple[Column, ...]:
    """The columns of `model` writes accept, in column order."""
    found = []
    for column, part in accepted(model):
        keys = list(model.__table__.columns[column].foreign_keys)
        target = keys[0].column if keys else None
        found.append(
            Column(
                column,
                part.name or column,
                _model_of(target.table) if target is not None else None,
                target.name if target is not None else "id",
                part.by,
            )
        )
    return tuple(found)


def read(session: Session, model: Any, row: Any) -> dict[str, Any]:
    """The accepted columns of a stored row as writes give them (references by key)."""
    out: dict[str, Any] = {}
    for c in columns(model):
        value = getattr(row, c.column)
        if c.by and value is not None:
            target = c.target
            value = session.execute(
                select(getattr(target, c.by)).where(getattr(target, c.target_column) == value)
            ).scalar()
        out[c.name] = value
    return jsonable(out)


def form(
    session: Session, model: Any, row: Any, schema: Any, links: dict[str, Any]
) -> dict[str, Any]:
    """A record's writable form in its input schema's order: its declared columns and its
    `links` (what the resource reads itself: link tables, a body kept apart)."""
    values = {**read(session, model, row), **jsonable(links)}
    return {name: values[name] for name in schema.model_fields}


def read_row(session: Session, row: Any) -> dict[str, Any]:
    """The writable form of a row of a resource without links: its accepted columns."""
    return read(session, type(row), row)


def resolve(refs: Refs, model: Any, body: Any) -> dict[str, Any]:
    """The stored values of a body's accepted columns: references resolved to what the table
    stores (one that names nothing is a problem in `refs`), enums as their values."""
    values: dict[str, Any] = {}
    for c in columns(model):
        value = getattr(body, c.name)
        if c.target is not None and c.by:
            value = refs.one(c.target, value, f"/{c.name}", column=c.by)
        elif c.target is not None:
            refs.exists(c.target, c.target_column, value, f"/{c.name}")
        values[c.column] = value.value if isinstance(value, Enum) else value
    return values


def save_columns(session: Session, model: Any, body: Any, row: Any) -> Any:
    """Insert or update a row of a resource without links: its columns, references checked."""
    refs = Refs(session)
    values = resolve(refs, model, body)
    refs.check()
    return put_row(session, model, row, values)
