"""Batch loaders for related rows: one query per relation per page, never per row."""

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, bindparam, select
from sqlmodel import Session


def grouped(
    session: Session,
    parent: Any,
    columns: list[ColumnElement[Any]],
    parents: Collection[int],
    *,
    joins: list[tuple[Any, Any]],
    where: list[ColumnElement[bool]] | None = None,
    order_by: list[Any] | None = None,
) -> dict[int, list[dict[str, Any]]]:
    """Load `columns` for many parents at once and group the rows by `parent`'s value."""
    out: dict[int, list[dict[str, Any]]] = {p: [] for p in parents}
    if not parents:
        return out
    stmt = select(parent.label("_parent"), *columns)
    for target, on in joins:
        stmt = stmt.join(target, on)
    # One expanding parameter: no per-value coercion of the id list.
    stmt = stmt.where(
        parent.in_(bindparam("_parents", list(parents), expanding=True)), *(where or [])
    )
    if order_by:
        stmt = stmt.order_by(*order_by)
    result = session.connection().execute(stmt)  # Core rows: no ORM loading machinery
    names = list(result.keys())[1:]
    for parent_id, *values in result:
        out[parent_id].append(dict(zip(names, values, strict=True)))
    return out


def ids_of(rows: list[Any]) -> list[int]:
    """Primary keys of a page of rows."""
    return [r.id for r in rows]
