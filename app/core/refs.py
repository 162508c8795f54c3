"""Batch loaders for related rows: one query per relation per page, never per row, each
statement built once when its relation is declared (not per request).

A relation's rows are read through the database driver with SQL compiled once per dialect
(the parent ids are one parameter: a JSON array read by `json_each` on SQLite, an array
compared with `= ANY` on PostgreSQL), because SQLAlchemy's per-row result processing cost
more than the query (a profile's reads: 0.65-1.25 ms against 1.04-1.59 ms, docs/benchmarks.md).
Only columns the
driver already returns as the public form needs are read that way (text, numbers, and dates,
which SQLite returns as the ISO text they are served as); others go through SQLAlchemy."""

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Float,
    ScalarSelect,
    Select,
    bindparam,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.engine import Dialect
from sqlmodel import Session

from app.core import driver
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

    def select(self, parents: ColumnElement[bool], *columns: Any) -> Select[Any]:
        """`columns` (by default the parent id, then the relation's columns, in its order) of
        the rows the condition `parents` picks, reached from the link table through the joins."""
        chosen = columns or (self.parent.label("_parent"), *self.columns)
        stmt = select(*chosen).select_from(self.parent.table)
        for target, on in self.joins:
            stmt = stmt.join(target, on)
        stmt = stmt.where(parents, *self.where)
        return stmt if columns else stmt.order_by(*self.order_by)

    @cached_property
    def statement(self) -> Select[Any]:
        """The query, built once; the parent ids are one expanding parameter."""
        return self.select(self.parent.in_(bindparam("_parents", expanding=True)))

    @cached_property
    def floats(self) -> tuple[str, ...]:
        """The names of its float columns."""
        pairs = zip(self.names, self.columns, strict=True)
        return tuple(name for name, column in pairs if isinstance(column.type, Float))

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The keys of each related item (the columns' names)."""
        return tuple(self.statement.selected_columns.keys())[1:]

    def _rows(self, session: Session, parents: Collection[int]) -> Sequence[Any]:
        """(parent id, *columns) rows for the parents, fetched at once (none asked for: no
        query)."""
        if not parents:
            return ()
        conn = session.connection()
        sql, ids = self._driver_sql(conn.dialect), list(parents)

        def through_sqlalchemy() -> Sequence[Any]:
            return conn.execute(self.statement, {"_parents": ids}).fetchall()

        if sql is None:
            return through_sqlalchemy()
        return driver.run(conn, sql, _ids_parameter(conn.dialect, ids), through_sqlalchemy)

    def _driver_sql(self, dialect: Dialect) -> str | None:
        """The statement as the driver runs it, compiled once per dialect (None: a column
        needs SQLAlchemy's result processing)."""
        compiled: dict[str, str | None] = self.__dict__.setdefault("_compiled", {})
        if dialect.name not in compiled:
            compiled[dialect.name] = _compile(self, dialect)
        return compiled[dialect.name]

    def load(self, session: Session, parents: Collection[int]) -> dict[int, list[dict[str, Any]]]:
        """The related items of each parent (an empty list for a parent without any)."""
        out: dict[int, list[dict[str, Any]]] = {p: [] for p in parents}
        item = self._item
        for row in self._rows(session, parents):
            out[row[0]].append(item(row))
        return out

    @cached_property
    def _item(self) -> Callable[[Sequence[Any]], dict[str, Any]]:
        """One item from a (parent id, *columns) row: a dict literal made once (a profile builds
        a hundred; `dict(zip(...))` of each row's slice was 8% of it)."""
        items = ", ".join(f"{name!r}: r[{i}]" for i, name in enumerate(self.names, start=1))
        # The names are the declared columns' keys, never input.
        made: Callable[[Sequence[Any]], dict[str, Any]] = eval(f"lambda r: {{{items}}}")
        return made

    def for_rows(self, session: Session, rows: list[Any]) -> dict[int, Any]:
        """The related items of each row of a page (an include loader)."""
        return self.load(session, ids_of(rows))

    def values_rider(self, parent: Any, label: str) -> Any:
        """The first column's values for the enclosing query's `parent` column, in order, as a
        labelled JSON array (PostgreSQL): `values` in a list page's own statement. Correlated
        to `parent`'s table only, so a page that joins the link table for a filter keeps it."""
        found = _ordered_array(self, self.columns[0], parent).correlate(parent.table)
        return found.scalar_subquery().label(label)

    def items_rider(self, parent: Any, label: str) -> Any:
        """The related items of the enclosing query's `parent` column as a labelled JSON array
        of objects (PostgreSQL; `as_loaded` makes them what `load` gives), in order:
        `load` in a list page's own statement, correlated as `values_rider` is."""
        found = _ordered_array(self, _json_object(self), parent).correlate(parent.table)
        return found.scalar_subquery().label(label)

    def as_loaded(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Items read from JSON as `load` gives them: JSON writes 33500.0 as 33500, so the
        columns that hold floats are floats again."""
        return _as_loaded(self, items)

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
        return list(map(pick, rows)) if len(names) > 1 else [(pick(r),) for r in rows]
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


def _plain(column: Any, dialect: Dialect) -> bool:
    """Whether the driver returns this column as served: no result processing, or a date on
    SQLite (its ISO text is what JSON shows)."""
    kind = column.type
    if dialect.name == "sqlite" and isinstance(kind, Date) and not isinstance(kind, DateTime):
        return True
    return kind.result_processor(dialect, None) is None


def _compile(relation: Related, dialect: Dialect) -> str | None:
    """The relation's query with the parent ids as one driver parameter, or None."""
    if dialect.name not in ("sqlite", "postgresql"):
        return None
    if not all(_plain(c, dialect) for c in relation.statement.selected_columns):
        return None
    sqlite = dialect.name == "sqlite"
    ids: ColumnElement[Any] = literal_column(
        "(SELECT value FROM json_each(__IDS__))" if sqlite else "ANY(__IDS__)"
    )
    stmt = relation.select(relation.parent.op("IN" if sqlite else "=")(ids))
    sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    return sql.replace("__IDS__", ":ids" if sqlite else "%(ids)s")


def _ids_parameter(dialect: Dialect, parents: list[int]) -> dict[str, Any]:
    """The parent ids as the compiled SQL takes them: a JSON array on SQLite, a list else."""
    if dialect.name == "sqlite":
        return {"ids": "[" + ",".join(map(str, parents)) + "]"}
    return {"ids": parents}


def plain_rows(session: Session, stmt: Select[Any]) -> Sequence[Any]:
    """The rows of a statement without parameters (its values written into the SQL), through
    the driver with its SQL compiled once per dialect when every column comes back as served
    (else through SQLAlchemy)."""
    conn = session.connection()
    sql = _plain_sql(stmt, conn.dialect)

    def through_sqlalchemy() -> Sequence[Any]:
        return conn.execute(stmt).fetchall()

    if sql is None:
        return through_sqlalchemy()
    return driver.run(conn, sql, None, through_sqlalchemy)


@lru_cache(maxsize=64)
def _plain_sql(stmt: Select[Any], dialect: Dialect) -> str | None:
    if dialect.name not in ("sqlite", "postgresql"):
        return None
    if not all(_plain(c, dialect) for c in stmt.selected_columns):
        return None
    return str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def load_together(
    session: Session, relations: Mapping[str, Related], parent: int
) -> dict[str, list[dict[str, Any]]]:
    """One parent's related items for several relations, by name: one query on PostgreSQL
    (each relation a JSON array, so a profile is not a network round trip per relation), one
    per relation elsewhere (SQLite has no round trip to save)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return {name: r.load(session, [parent])[parent] for name, r in relations.items()}
    together = tuple(relations.items())
    row = conn.execute(_together(together), {"_parent": parent}).one()
    return {name: _as_loaded(r, items) for (name, r), items in zip(together, row, strict=True)}


def row_together(
    session: Session,
    row: Select[Any],
    params: Mapping[str, Any],
    relations: Mapping[str, Related],
    parent: Any,
) -> tuple[Any, dict[str, list[dict[str, Any]]]]:
    """The first row of `row` (None: no row) and, for that row's `parent` column, the related
    items of several relations by name: on PostgreSQL one statement (the row with a JSON
    array column per relation, correlated to it: a profile is one round trip), elsewhere the
    row, then one query per relation."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        found = _first(driver.statement_rows(conn, row, params))
        if found is None:
            return None, {}
        return found, load_together(session, relations, getattr(found, parent.key))
    together = tuple(relations.items())
    found = _first(driver.statement_rows(conn, _row_together(row, together, parent), params))
    if found is None:
        return None, {}
    arrays = found[len(found) - len(together) :]
    return found, {
        name: _as_loaded(r, items) for (name, r), items in zip(together, arrays, strict=True)
    }


def _first(rows: Sequence[Any]) -> Any:
    return rows[0] if rows else None


@lru_cache(maxsize=16)
def _row_together(
    row: Select[Any], relations: tuple[tuple[str, Related], ...], parent: Any
) -> Select[Any]:
    """`row` with one JSON array column per relation, each matching the row's `parent`."""
    return row.add_columns(*(_json_array(r, parent).label(f"_{name}") for name, r in relations))


@lru_cache(maxsize=16)
def _together(relations: tuple[tuple[str, Related], ...]) -> Select[Any]:
    """One row, one JSON array column per relation (built once per set of relations)."""
    return select(*(_json_array(r, bindparam("_parent")).label(name) for name, r in relations))


def _json_array(relation: Related, parent: Any) -> ScalarSelect[Any]:
    """The relation's items of the parent (a parameter, or a column of an enclosing query)
    as a JSON array, in its order."""
    return _ordered_array(relation, _json_object(relation), parent).scalar_subquery()


def _json_object(relation: Related) -> Any:
    """One related item as a JSON object of the relation's names and columns."""
    pairs = [
        x
        for name, column in zip(relation.names, relation.columns, strict=True)
        for x in (literal(name), column)
    ]
    return func.json_build_object(*pairs)


def _ordered_array(relation: Related, item: Any, parent: Any) -> Select[Any]:
    """The parent's `item`s of the relation as one JSON array in the relation's order (an
    empty array when it has none)."""
    agg = (
        func.json_agg(aggregate_order_by(item, *relation.order_by))
        if relation.order_by
        else func.json_agg(item)
    )
    array = func.coalesce(agg, literal_column("'[]'::json"))
    return relation.select(relation.parent == parent, array)


def _as_loaded(relation: Related, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items read from JSON as `load` gives them: JSON writes 33500.0 as 33500, so the columns
    that hold floats are floats again."""
    for item in items:
        for name in relation.floats:
            if item[name] is not None:
                item[name] = float(item[name])
    return items
