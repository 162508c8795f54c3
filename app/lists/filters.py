"""List filters declared once, as objects: each narrows today's rows in SQL and applies the
same test to a recorded public view (the `as_of` lists), so the two cannot drift apart.

A list declares them by query-parameter name (`ListSpec.filters`), each with the type of its
query parameter (`query`, which the collection routes take); routes, exports and `as_of` all
go through `ListSpec.select` and `ListSpec.matcher`. A value that is None or
empty means "no filter"."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Select, select


class Filter(Protocol):
    """What every filter does: narrow a statement, and test a recorded view."""

    def narrow(self, stmt: Select[Any], model: Any, value: Any) -> Select[Any]:
        """The statement with this filter's condition."""
        ...

    def matches(self, view: Mapping[str, Any], value: Any) -> bool:
        """Whether a public view (as served) passes the filter."""
        ...

    @property
    def query(self) -> Any:
        """The type of its query parameter (None: no route takes it as a parameter)."""
        ...


def _shown(value: Any) -> Any:
    """A value as a recorded public view holds it (dates as ISO strings)."""
    return value.isoformat() if isinstance(value, date) else value


def _slugs(shown: Any, subfield: str | None) -> list[Any]:
    """The slugs a view's field holds: a list of slugs, or of objects carrying one."""
    items = shown if isinstance(shown, list) else [shown]
    return [i.get(subfield) if subfield and isinstance(i, dict) else i for i in items]


@dataclass(frozen=True)
class Equals:
    """`column = value`; the view's `field` holds the value."""

    column: Any
    field: str
    query: Any = None  # the query parameter's type (`core/params.py`), when a route takes it

    def narrow(self, stmt: Select[Any], model: Any, value: Any) -> Select[Any]:
        """WHERE column = value."""
        return stmt.where(self.column == value)

    def matches(self, view: Mapping[str, Any], value: Any) -> bool:
        """The view's field equals the value."""
        return bool(_shown(view.get(self.field)) == _shown(value))


@dataclass(frozen=True)
class Bound:
    """A period or date bound: rows whose `column` is >= value (`at_least`) or <= value."""

    column: Any
    field: str
    at_least: bool
    query: Any = None

    def narrow(self, stmt: Select[Any], model: Any, value: Any) -> Select[Any]:
        """WHERE column >= value (or <=)."""
        return stmt.where(self.column >= value if self.at_least else self.column <= value)

    def matches(self, view: Mapping[str, Any], value: Any) -> bool:
        """The view's field is present and on the right side of the value."""
        shown = _shown(view.get(self.field))
        if shown is None:
            return False
        return bool(shown >= _shown(value) if self.at_least else shown <= _shown(value))


@dataclass(frozen=True)
class Parent:
    """A to-one reference by slug: join the referenced table, `slug = value`; the view's
    `field` holds the reference as an object with `subfield`."""

    target: Any
    on: Any
    slug: Any
    field: str
    subfield: str = "slug"
    query: Any = None

    def narrow(self, stmt: Select[Any], model: Any, value: Any) -> Select[Any]:
        """JOIN target ON ... WHERE target.slug = value."""
        return stmt.join(self.target, self.on).where(self.slug == value)

    def matches(self, view: Mapping[str, Any], value: Any) -> bool:
        """The view's reference names the value."""
        return value in _slugs(view.get(self.field), self.subfield)


@dataclass(frozen=True)
class Tagged:
    """A many-to-many link by slug: rows whose id is among the link's `parent` ids joined to
    the target whose `slug = value`; the view's `field` lists slugs (or objects with
    `subfield`)."""

    parent: Any
    target: Any
    on: Any
    slug: Any
    field: str
    subfield: str | None = None
    query: Any = None

    def narrow(self, stmt: Select[Any], model: Any, value: Any) -> Select[Any]:
        """WHERE id IN (SELECT link.parent JOIN target WHERE target.slug = value)."""
        tagged = select(self.parent).join(self.target, self.on).where(self.slug == value)
        return stmt.where(model.id.in_(tagged))

    def matches(self, view: Mapping[str, Any], value: Any) -> bool:
        """The view lists the value."""
        return value in _slugs(view.get(self.field) or [], self.subfield)
