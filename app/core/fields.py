"""A stored field is declared once, on its table column, and the other shapes are made from it.

A table's column carries, as `Annotated` metadata, how the public shapes show it (`Shown`:
description, example, whether list rows carry it, whether search reads it) and how the write
API and the seed files accept it (`Accepted`: the input type with its constraints). The
public models (a list row, a detail) and the input model are generated from the table in its
column order, so adding a field to a resource is one line on its table plus a migration.

Why metadata on the table rather than a base class the shapes inherit (SQLModel's usual
`HeroBase`): the shapes differ on purpose. The table stores an enum as text, the public field
carries the OpenAPI description and example, the input field the length and pattern
constraints, and links (`action_areas`) sit among the fields in each shape at their own place.
One declaration with a part for each shape keeps every shape's schema exactly what it was."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, Field, create_model
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from app.core.inputs import Input

Extra = tuple[Any, Any]  # a field of a shape: its type and its `Field(...)` (typed Any by pydantic)


@dataclass(frozen=True)
class Shown:
    """How the public shapes show a column."""

    description: str
    example: Any = None  # the OpenAPI example, when there is one
    listed: bool = True  # list rows carry it (else only the detail)
    as_type: Any = None  # the public type when narrower than the column's (an enum)
    searched: bool = False  # full-text search reads it (in column order)
    name: str | None = None  # the public name when not the column's
    optional: bool = False  # absent from some records' public form (default null)


@dataclass(frozen=True)
class Accepted:
    """How writes and seed files give a column: the input type with its constraints."""

    type: Any
    name: str | None = None  # the input's name when not the column's (a link by key)
    by: str | None = None  # a reference given by the target's key column (slug), not its id


def _meta(info: FieldInfo, kind: type[Any]) -> Any:
    return next((m for m in info.metadata if isinstance(m, kind)), None)


def _nullable(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, UnionType) and NoneType in get_args(annotation)


def _declared(model: type[BaseModel], kind: type[Any]) -> Iterable[tuple[str, FieldInfo, Any]]:
    for name, info in model.model_fields.items():
        part = _meta(info, kind)
        if part is not None:
            yield name, info, part


Before = str | Mapping[str, str] | None  # where extras go: before a field, or each its own


def _placed(fields: dict[str, Any], extra: Mapping[str, Any], before: Before) -> dict[str, Any]:
    """The fields with each extra inserted before the field `before` names for it (all before
    one field when it is a name; at the end when it names none)."""
    where = {name: before for name in extra} if isinstance(before, str) else dict(before or {})
    placed: dict[str, Any] = {}
    for name, field in fields.items():
        placed.update({e: extra[e] for e in extra if where.get(e) == name})
        placed[name] = field
    placed.update({e: extra[e] for e in extra if where.get(e) not in fields})
    return placed


def _public(info: FieldInfo, shown: Shown) -> Extra:
    annotation: Any = info.annotation
    if shown.as_type is not None:
        annotation = shown.as_type | None if _nullable(annotation) else shown.as_type
    examples = [shown.example] if shown.example is not None else None
    if shown.optional:
        return annotation, Field(default=None, description=shown.description, examples=examples)
    return annotation, Field(description=shown.description, examples=examples)


def shown(model: type[BaseModel], *, listed: bool) -> dict[str, Extra]:
    """The public fields of a table that list rows carry (`listed`) or only the detail has."""
    return {
        part.name or name: _public(info, part)
        for name, info, part in _declared(model, Shown)
        if part.listed == listed
    }


def public_model(
    name: str,
    doc: str,
    model: type[BaseModel],
    *,
    listed: bool = True,
    base: type[BaseModel] = BaseModel,
    extra: Mapping[str, Extra] | None = None,
    before: Before = None,
) -> type[BaseModel]:
    """A public shape: the table's shown columns (those list rows carry, or the detail's
    others), in column order, with `extra` fields placed before `before`."""
    fields = _placed(shown(model, listed=listed), extra or {}, before)
    return create_model(name, __base__=base, __doc__=doc, **fields)


def _input(info: FieldInfo, accepted: Accepted) -> Extra:
    if _nullable(info.annotation):
        return accepted.type | None, Field(default=None)
    if info.default is not PydanticUndefined and info.default is not None:
        default = info.default  # as the input type holds it (an enum member, not its text)
        if isinstance(accepted.type, type) and issubclass(accepted.type, Enum):
            default = accepted.type(default)
        return accepted.type, Field(default=default)
    return accepted.type, Field()


def input_model(
    name: str,
    model: type[BaseModel],
    *,
    extra: Mapping[str, Extra] | None = None,
    before: Before = None,
) -> type[Input]:
    """The input shape of writes and seed files: the table's accepted columns in column order
    (optional where the column is nullable or has a default), with `extra` links placed
    before `before`."""
    fields = {
        part.name or column: _input(info, part) for column, info, part in _declared(model, Accepted)
    }
    fields = _placed(fields, extra or {}, before)
    return create_model(name, __base__=Input, __doc__=None, **fields)  # type: ignore[call-overload]


def accepted(model: type[BaseModel]) -> Iterable[tuple[str, Accepted]]:
    """Each column writes and seed files give, with how they give it, in column order."""
    return ((column, part) for column, _, part in _declared(model, Accepted))


def searched(model: type[BaseModel]) -> tuple[str, ...]:
    """The columns full-text search reads, in column order."""
    return tuple(name for name, _, part in _declared(model, Shown) if part.searched)


def texts(row: Any, columns: Iterable[str]) -> str:
    """A row's non-empty texts of the given columns, a blank line apart (a search body)."""
    return "\n\n".join(t for t in (getattr(row, c) for c in columns) if t)


@dataclass(frozen=True)
class Rows:
    """Builds a shape's public rows from table rows: dicts of the shown columns (by their
    public names) and the extras a serializer computes, in one key order planned once."""

    plan: tuple[tuple[str, str | None], ...]  # (public name, column; None: an extra)

    @classmethod
    def of(
        cls,
        model: type[BaseModel],
        *,
        listed: bool = True,
        extras: Iterable[str] = (),
        before: Before = None,
    ) -> "Rows":
        """The rows of the columns list rows carry (`listed`) or only the detail adds, with
        `extras` placed before the fields `before` names (at the end otherwise)."""
        columns = {
            part.name or column: column
            for column, _, part in _declared(model, Shown)
            if part.listed == listed
        }
        return cls(tuple(_placed(columns, dict.fromkeys(extras), before).items()))

    def __call__(self, row: Any, **extras: Any) -> dict[str, Any]:
        """One row's public dict."""
        return {
            name: extras[name] if column is None else getattr(row, column)
            for name, column in self.plan
        }

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns a row is read from, in key order."""
        return tuple(column for _, column in self.plan if column is not None)

    def compiled(self, fields: Sequence[str] | None = None) -> Callable[..., dict[str, Any]]:
        """The same rows built by a function compiled once for this shape, for a hot path: it
        takes a tuple of the `columns` values (given `fields`, a row of those columns, each
        read at its place), then the extras by position in key order, and returns a dict
        literal (as fast as one written out by hand)."""
        extras = [name for name, column in self.plan if column is None]
        index: dict[str, int] = {}
        for i, column in enumerate(self.columns if fields is None else fields):
            index.setdefault(column, i)
        items = ", ".join(
            f"{name!r}: {name if column is None else f'values[{index[column]}]'}"
            for name, column in self.plan
        )
        # Names and positions come from the declarations, never from input.
        return eval(f"lambda values, {', '.join(extras)}: {{{items}}}")

    def at(self, fields: tuple[str, ...]) -> Callable[..., dict[str, Any]]:
        """`compiled(fields)`, made once per shape and fields: for the rows of a page."""
        return _compiled_at(self, fields)


@lru_cache(maxsize=64)
def _compiled_at(rows: Rows, fields: tuple[str, ...]) -> Callable[..., dict[str, Any]]:
    return rows.compiled(fields)
