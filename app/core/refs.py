"""Batch loaders for related rows: one query per relation per page, never per row, each
statement built once when its relation is declared (not per request)."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select
from sqlmodel import Session

from app.core.errors import NotFoundError


@dataclass(frozen=True, eq=False)
class Related:
    """Rows related to many parents, grouped by parent id: `columns` reached from the link
    table's `parent` column through `joins`, narrowed by `where`, in `order_by` order."""

    parent: Any
    columns: Sequence[ColumnElement[Any]]
    joins: Sequence[tuple[Any, Any]] = ()
    where: Sequence[ColumnElement[bool]] = ()
    order_by: Sequence[Any] = field(default=())

    @classmethod
    def through(
        cls,
        parent: Any,
        target: Any,
        link: Any,
        columns: Sequence[ColumnElement[Any]] | None = None,
        order_by: Sequence[Any] | None = None,
    ) -> "Related":
        """Rows of `target` reached from the link table column `parent` through its column
        `link` (the target's id): by default the target's slug and name, in slug order."""
        return cls(
            parent,
            columns if columns is not None else [target.slug, target.name],
            joins=[(target, target.id == link)],
            order_by=order_by if order_by is not None else [target.slug],
        )

    @cached_property
    def statement(self) -> Select[Any]:
        """The query, built once; the parent ids are one expanding parameter."""
        stmt = select(self.parent.label("_parent"), *self.columns)
        for target, on in self.joins:
            stmt = stmt.join(target, on)
        stmt = stmt.where(self.parent.in_(bindparam("_parents", expanding=True)), *self.where)
        return stmt.order_by(*self.order_by) if self.order_by else stmt

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The keys of each related item (the columns' names)."""
        return tuple(self.statement.selected_columns.keys())[1:]

    def _rows(self, session: Session, parents: Collection[int]) -> Sequence[Any]:
        """(parent id, *columns) rows for the parents, fetched at once (none asked for: no
        query)."""
        if not parents:
            return ()
        result = session.connection().execute(self.statement, {"_parents": list(parents)})
        return result.fetchall()

    def load(self, session: Session, parents: Collection[int]) -> dict[int, list[dict[str, Any]]]:
        """The related items of each parent (an empty list for a parent without any)."""
        out: dict[int, list[dict[str, Any]]] = {p: [] for p in parents}
        names = self.names
        for row in self._rows(session, parents):
            out[row[0]].append(dict(zip(names, row[1:], strict=True)))
        return out

    def for_rows(self, session: Session, rows: list[Any]) -> dict[int, Any]:
        """The related items of each row of a page (an include loader)."""
        return self.load(session, ids_of(rows))

    def values(self, session: Session, parents: Collection[int]) -> dict[int, list[Any]]:
        """The first column's values for each parent (a list of slugs, say)."""
        out: dict[int, list[Any]] = {p: [] for p in parents}
        for parent_id, value, *_ in self._rows(session, parents):
            out[parent_id].append(value)
        return out


def values_of(rows: Sequence[Any], names: Sequence[str]) -> list[tuple[Any, ...]]:
    """The named columns of each row as a tuple, in `names` order: picked by position from
    plain rows (far cheaper than by attribute), by attribute from model instances."""
    if not rows:
        return []
    if hasattr(rows[0], "_fields"):
        fields = rows[0]._fields
        pick = itemgetter(*(fields.index(name) for name in names))
        return [pick(row) for row in rows] if len(names) > 1 else [(pick(r),) for r in rows]
    return [tuple(getattr(row, name) for name in names) for row in rows]


def ids_of(rows: list[Any]) -> list[int]:
    """Primary keys of a page of rows."""
    return [r.id for r in rows]


def one(session: Session, key: Any, value: Any, noun: str) -> Any:
    """The record whose `key` column (of a table model) equals `value`, or a 404 saying that no
    `noun` has it."""
    found = session.scalars(select(key.class_).where(key == value)).first()
    if found is None:
        raise NotFoundError(f"No {noun} has the {key.key} '{value}'.")
    return found
