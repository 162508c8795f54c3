"""The list engine every collection shares: filters in, then search, sort with a unique
tiebreak, keyset cursor, count, facets, includes and sparse fields, all computed in SQL."""

import base64
import binascii
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

import orjson
from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlmodel import Session

from app.core import driver, version
from app.core.contract import FACET_MAX
from app.core.errors import InvalidParameterError
from app.lists.envelopes import list_envelope
from app.lists.filters import Filter

PAGE_SHAPES = 512  # page statements a list keeps (ListSpec.page)
Rows = Sequence[Any]
Serializer = Callable[[Session, list[Any]], list[dict[str, Any]]]
IncludeLoader = Callable[[Session, list[Any]], dict[Any, Any]]
SearchFilter = Callable[[Select[Any], Any, str], Select[Any]]


@dataclass(frozen=True)
class Include:
    """Related records a list can embed (`include=name`): how to load them for a page of rows,
    and the type each row then carries (the OpenAPI document shows it)."""

    load: IncludeLoader
    shape: Any


@dataclass(frozen=True)
class Narrowing:
    """A condition beside the filters, the same for every request but for its bound values
    (a full-text probe, `search/plans.py`), so that a shaped page builds it once; `name`
    tells the shapes apart."""

    name: str
    condition: Callable[[Any], ColumnElement[bool]]  # the list's model -> a clause
    values: Mapping[str, Any]


@dataclass(frozen=True)
class Facet:
    """A facet: value and label expressions reached from the resource's table by `joins`."""

    value: Any
    label: Any
    joins: tuple[tuple[Any, Any], ...] = ()


@dataclass
class ListSpec:
    """Everything the engine needs to know about one collection."""

    resource: str
    model: Any
    key: Any
    key_field: str
    serialize: Serializer
    row: type[BaseModel]  # what one row of the list is (its fields, CSV columns, OpenAPI item)
    sorts: dict[str, Any]
    default_sort: str
    includes: dict[str, Include] = field(default_factory=dict)
    facets: dict[str, Facet] = field(default_factory=dict)
    searchable: bool = False
    filters: dict[str, Filter] = field(default_factory=dict)  # by query-parameter name
    # Labelled columns a page reads beside the table's on PostgreSQL: what its rows show of
    # other tables, as scalar subqueries, so that `serialize` needs no round trip after the page
    # (it reads them by label when a row has them, else looks them up itself). Not on SQLite,
    # where the lookups after the page cost less than a subquery per row (docs/benchmarks.md).
    riders: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        self.sorts.setdefault(self.key_field, self.key)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields of a row, in order."""
        return tuple(self.row.model_fields)

    @property
    def include_shapes(self) -> dict[str, Any]:
        """What each `include=` adds to a row, by name."""
        return {name: include.shape for name, include in self.includes.items()}

    @property
    def stamped(self) -> bool:
        """Whether rows carry `updated_at` (then lists take `updated_since`)."""
        return hasattr(self.model, "updated_at")

    def select(self, values: Mapping[str, Any] | None = None) -> Select[Any]:
        """The rows matching every filter given a value (None or empty: not filtering)."""
        stmt = select(self.model)
        for name, value in (values or {}).items():
            if value:
                stmt = self.filters[name].narrow(stmt, self.model, value)
        return stmt

    def filtered(self, values: Mapping[str, Any]) -> "Filtered":
        """The rows matching every filter given a value, as a statement built when needed."""
        return Filtered(self, values)

    def page(
        self,
        active: tuple[str, ...],
        sort: tuple[tuple[str, bool], ...],
        after: bool,
        limit: int,
        riding: bool = False,
        narrowing: Narrowing | None = None,
    ) -> Select[Any]:
        """The page statement of one shape, built once and kept (at most PAGE_SHAPES shapes,
        all forgotten when full): filters and cursor values are parameters (`Filtered.binds`);
        `riding`: with the riders; `narrowing`: with its condition."""
        shapes: dict[Any, Select[Any]] = self.__dict__.setdefault("_pages", {})
        key = (active, sort, after, limit, riding, narrowing and narrowing.name)
        page = shapes.get(key)
        if page is None:
            stmt = select(self.model)
            for name in active:
                stmt = self.filters[name].narrow(stmt, self.model, bindparam(f"_f_{name}"))
            if narrowing is not None:
                stmt = stmt.where(narrowing.condition(self.model))
            exprs = [(_sort_expr(self.sorts[name]), desc) for name, desc in sort]
            cursor: list[Any] | None = (
                [bindparam(f"_c{i}") for i in range(len(exprs))] if after else None
            )
            # The dataset's change time rides along (Last-Modified without another query), as
            # the driver gives it: SQLAlchemy would parse it again on every row.
            changed = version.CHANGED_AT.scalar_subquery().label("_changed")
            riders = self.riders if riding else ()
            page = _page(self, stmt, exprs, cursor, limit, changed, *riders)
            if len(shapes) >= PAGE_SHAPES:
                shapes.clear()
            shapes[key] = page
        return page

    def matcher(self, values: Mapping[str, Any] | None = None) -> Callable[[Any], bool]:
        """The same filters as a test of a recorded public view (`as_of` lists)."""
        given = [(self.filters[name], value) for name, value in (values or {}).items() if value]
        return lambda view: all(f.matches(view, value) for f, value in given)

    def envelope(self, name: str, doc: str) -> type[BaseModel]:
        """The response model of a page of this list (rows typed with their includes)."""
        return list_envelope(name, self.row, self.include_shapes, doc)


@dataclass(frozen=True)
class ListParams:
    """Validated query parameters common to every list."""

    limit: int
    cursor: str | None = None
    sort: str | None = None
    fields: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    count: bool = False
    facets: tuple[str, ...] = ()
    q: str | None = None
    format: str | None = None
    updated_since: datetime | None = None


@dataclass
class ListResult:
    """One page plus the extras that were asked for."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    total: int | None = None
    facets: dict[str, list[dict[str, Any]]] | None = None
    changed_at: datetime | None = None  # when the data last changed, read with the page
    changed_read: bool = False  # whether changed_at was read (a shaped page with rows)


def split_csv_param(name: str, raw: str | None, allowed: Sequence[str]) -> tuple[str, ...]:
    """Split `a,b` and refuse names outside `allowed` with a 422 that lists them."""
    if not raw:
        return ()
    names = tuple(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
    unknown = [n for n in names if n not in allowed]
    if unknown or not names:
        raise InvalidParameterError(
            name,
            f"Unknown {name} value '{','.join(unknown) or raw}'; allowed: {', '.join(allowed)}.",
        )
    return names


def parse_sort(spec: ListSpec, raw: str | None) -> list[tuple[str, bool]]:
    """Parse `sort=-a,b` into (name, descending) pairs ending with the unique key."""
    text = raw or spec.default_sort
    keys: list[tuple[str, bool]] = []
    for part in (p.strip() for p in text.split(",")):
        name = part.lstrip("-")
        if name not in spec.sorts:
            raise InvalidParameterError(
                "sort", f"Unknown sort key '{name}'; allowed: {', '.join(sorted(spec.sorts))}."
            )
        if name not in {k for k, _ in keys}:
            keys.append((name, part.startswith("-")))
    if spec.key_field not in {k for k, _ in keys}:
        keys.append((spec.key_field, False))
    return keys


def _python_type(column: Any) -> type:
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return str
    return python_type if python_type in (date, int, float, bool) else str


def _sort_expr(column: Any) -> Any:
    """Nullable columns sort through a sentinel so that keyset comparisons stay total."""
    if not getattr(getattr(column, "expression", column), "nullable", False):
        return column
    python_type = _python_type(column)
    sentinel: Any = {str: "", date: date(1, 1, 1)}.get(python_type, -1e300)
    return func.coalesce(column, literal(sentinel, column.type))


def fits_integer_column(column: Any, value: Any) -> bool:
    """Whether `value` is an integer the column can hold (32-bit unless declared BigInteger),
    so a forged cursor cannot make the database raise an overflow."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    column_type = getattr(column, "type", None)
    bits = 63 if isinstance(column_type, BigInteger) else 31
    return -(2**bits) <= value < 2**bits


def _encode_cursor(sort: list[tuple[str, bool]], values: Sequence[Any]) -> str:
    token = [",".join(("-" if d else "") + n for n, d in sort), list(values)]
    return base64.urlsafe_b64encode(orjson.dumps(token)).decode().rstrip("=")


def _decode_cursor(spec: ListSpec, sort: list[tuple[str, bool]], cursor: str) -> list[Any]:
    bad = InvalidParameterError(
        "cursor", "Malformed cursor or one made for another sort; use links.next as given."
    )
    try:
        sort_text, values = orjson.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        )
    except (binascii.Error, ValueError, TypeError):
        raise bad from None
    if sort_text != ",".join(("-" if d else "") + n for n, d in sort) or not isinstance(
        values, list
    ):
        raise bad
    if len(values) != len(sort):
        raise bad
    typed = []
    for (name, _), value in zip(sort, values, strict=True):
        python_type = _python_type(spec.sorts[name])
        if python_type is str and not isinstance(value, str):
            raise bad
        if python_type is int and not fits_integer_column(spec.sorts[name], value):
            raise bad
        try:
            typed.append(date.fromisoformat(value) if python_type is date else python_type(value))
        except (TypeError, ValueError):
            raise bad from None
    return typed


def _after(exprs: list[tuple[Any, bool]], values: Sequence[Any]) -> ColumnElement[bool]:
    clauses = []
    for i, (expr, desc) in enumerate(exprs):
        equal = [e == v for (e, _), v in zip(exprs[:i], values[:i], strict=True)]
        clauses.append(and_(*equal, expr < values[i] if desc else expr > values[i]))
    return or_(*clauses)


def count_rows(session: Session, stmt: Select[Any]) -> int:
    """Count the rows a filtered statement matches."""
    return int(
        session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    )


def facet_counts(
    session: Session, spec: ListSpec, stmt: Select[Any], names: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """Value, label and count of each facet over the filtered rows, in SQL (the FACET_MAX most
    frequent values)."""
    ids = stmt.order_by(None).with_only_columns(spec.model.id).subquery()
    out: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        facet = spec.facets[name]
        query = select(
            facet.value.label("value"),
            facet.label.label("label"),
            func.count(func.distinct(spec.model.id)).label("count"),
        ).select_from(spec.model)
        for target, on in facet.joins:
            query = query.join(target, on)
        query = (
            query.where(spec.model.id.in_(select(ids.c.id)), facet.value.is_not(None))
            .group_by(facet.value, facet.label)
            .order_by(func.count(func.distinct(spec.model.id)).desc(), facet.value)
            .limit(FACET_MAX)
        )
        out[name] = [dict(r) for r in session.execute(query).mappings()]
    return out


def run_list(
    session: Session, spec: ListSpec, stmt: "Select[Any] | Filtered", params: ListParams
) -> ListResult:
    """Run a filtered statement as one page with the extras the params ask for."""
    sort = parse_sort(spec, params.sort)
    whole = statement_of(stmt) if params.count or params.facets else None
    total = count_rows(session, whole) if whole is not None and params.count else None
    facets = None
    if whole is not None and params.facets:
        facets = facet_counts(session, spec, whole, params.facets)
    after = _decode_cursor(spec, sort, params.cursor) if params.cursor else None
    # Plain rows, not ORM instances: serializers read attributes by name, and skipping the
    # identity map is the cheaper way to read a page.
    changed: tuple[datetime | None, bool] = (None, False)
    rows: list[Any]
    riding = bool(spec.riders) and session.get_bind().dialect.name == "postgresql"
    if isinstance(stmt, Filtered):
        shape = (stmt.active, tuple(sort), after is not None, params.limit, riding)
        page = spec.page(*shape, stmt.narrowing)
        rows = driver.statement_rows(session.connection(), page, stmt.binds(after))
        changed = (version.as_utc(version.parsed(rows[0]._changed)), True) if rows else changed
    else:
        exprs = [(_sort_expr(spec.sorts[name]), desc) for name, desc in sort]
        page = _page(spec, stmt, exprs, after, params.limit, *(spec.riders if riding else ()))
        rows = list(session.connection().execute(page).all())
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        next_cursor = _encode_cursor(sort, [_jsonable(v) for v in rows[-1][-len(sort) :]])
    items = _items(session, spec, list(rows), params)
    return ListResult(items, next_cursor, total, facets, changed[0], changed[1])


def _page(
    spec: ListSpec,
    stmt: Select[Any],
    exprs: list[tuple[Any, bool]],
    after: Sequence[Any] | None,
    limit: int,
    *extra: Any,
) -> Select[Any]:
    """A page of a filtered statement: the table's columns, `extra` columns and the sort
    values, after the cursor's values, in sort order, one row more than the limit (to know a
    next page exists)."""
    columns = stmt.with_only_columns(*read_columns(spec.model), *extra)
    page = columns.add_columns(*(e.label(f"_s{i}") for i, (e, _) in enumerate(exprs)))
    if after is not None:
        page = page.where(_after(exprs, after))
    # The limit is written in the statement: a planner that sees it plans the same page for
    # every request (a parameter's limit is planned as a tenth of the table).
    rows = literal_column(str(int(limit) + 1), Integer)
    return page.order_by(*(e.desc() if d else e.asc() for e, d in exprs)).limit(rows)


# Kept for filtering (`updated_since`) and never shown, so never read with a page or a file:
# each row's value was parsed into a datetime for nothing (a whole export's CPU 4.6 -> 4.2 s).
UNSHOWN = frozenset({"updated_at"})


def read_columns(model: Any) -> list[Any]:
    """The columns of a model's table a page or a file reads (all but UNSHOWN)."""
    return [c for c in model.__table__.columns if c.key not in UNSHOWN]


def statement_of(stmt: "Select[Any] | Filtered") -> Select[Any]:
    """The statement itself (a Filtered one built now)."""
    return stmt.statement if isinstance(stmt, Filtered) else stmt


@dataclass(frozen=True, eq=False)
class Filtered:
    """A list's rows narrowed by filter values, built into a statement only when something
    needs one: a plain page runs the statement its spec keeps for the page's shape (which
    filters, sort, cursor or not, limit), the values bound as parameters, so that a request
    does not build and compile a statement (docs/architecture.md)."""

    spec: ListSpec
    values: Mapping[str, Any]
    narrowing: Narrowing | None = None

    @cached_property
    def statement(self) -> Select[Any]:
        """The filtered statement, values inline (search, counts, facets, past versions)."""
        stmt = self.spec.select(self.values)
        if self.narrowing is None:
            return stmt
        return stmt.where(self.narrowing.condition(self.spec.model)).params(self.narrowing.values)

    def narrowed(self, narrowing: Narrowing) -> "Filtered":
        """The same rows narrowed further by a condition."""
        return Filtered(self.spec, self.values, narrowing)

    @cached_property
    def active(self) -> tuple[str, ...]:
        """The filters given a value, in the order given."""
        return tuple(name for name, value in self.values.items() if value)

    def binds(self, after: Sequence[Any] | None) -> dict[str, Any]:
        """The values of a shaped page's parameters: the filters', then the cursor's."""
        values = {f"_f_{name}": self.values[name] for name in self.active}
        values.update({f"_c{i}": value for i, value in enumerate(after or ())})
        values.update(self.narrowing.values if self.narrowing else {})
        return values


def _items(
    session: Session, spec: ListSpec, rows: list[Any], params: ListParams
) -> list[dict[str, Any]]:
    """A page's rows as items: serialized, with the included relations, cut to `fields`."""
    items = spec.serialize(session, rows)
    for name in params.include:
        embedded = spec.includes[name].load(session, rows)
        for row, item in zip(rows, items, strict=True):
            item[name] = embedded.get(row.id, [])
    if params.fields:
        keep = {spec.key_field, *params.fields, *params.include}
        items = [{k: v for k, v in item.items() if k in keep} for item in items]
    return items


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
