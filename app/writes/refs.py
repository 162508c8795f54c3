"""Helpers every resource's write adapter shares: resolve references, replace link rows,
find what still refers to a record. Problems are collected and reported together (422)."""

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy import delete, func, select
from sqlmodel import Session, SQLModel

from app.core.errors import FieldProblem, UnprocessableError


def _field_of(problem: FieldProblem) -> str:
    """The top-level body field a problem's pointer names ("/inputs/0" -> "inputs")."""
    return (problem.pointer or "").lstrip("/").split("/")[0]


class Refs:
    """Resolves natural keys to row ids, remembering every one that names nothing."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.problems: list[FieldProblem] = []

    def one(self, model: Any, value: str | None, pointer: str, column: str = "slug") -> Any:
        """The id of the row whose `column` is `value` (None passes through)."""
        if value is None:
            return None
        found = self.session.execute(
            select(model.id).where(getattr(model, column) == value)
        ).scalar()
        if found is None:
            self.missing(model, value, pointer)
        return found

    def many(self, model: Any, values: Sequence[str], pointer: str) -> list[Any]:
        """Ids in the given order; duplicates and unknown slugs are problems."""
        found = dict(
            self.session.execute(select(model.slug, model.id).where(model.slug.in_(values))).all()
        )
        seen: set[str] = set()
        for i, value in enumerate(values):
            if value in seen:
                self.problems.append(
                    FieldProblem(pointer=f"{pointer}/{i}", detail=f"'{value}' is listed twice.")
                )
            seen.add(value)
            if value not in found:
                self.missing(model, value, f"{pointer}/{i}")
        return [found.get(v) for v in values]

    def exists(self, model: Any, column: str, value: str | None, pointer: str) -> None:
        """Check a reference stored by natural key (sources, metrics)."""
        if value is None:
            return
        hit = self.session.execute(
            select(func.count()).select_from(model).where(getattr(model, column) == value)
        ).scalar()
        if not hit:
            self.missing(model, value, pointer)

    def missing(self, model: Any, value: str, pointer: str) -> None:
        """Record a reference that names nothing."""
        table = str(model.__tablename__).replace("_", " ")
        self.problems.append(FieldProblem(pointer=pointer, detail=f"No {table} '{value}' exists."))

    def problem(self, pointer: str, detail: str) -> None:
        """Record any other problem with a field."""
        self.problems.append(FieldProblem(pointer=pointer, detail=detail))

    def check(self, order: Iterable[str] = ()) -> None:
        """Raise one 422 listing every problem found so far (in the order of the body's fields
        when `order` names them)."""
        rank = {name: i for i, name in enumerate(order)}
        self.problems.sort(key=lambda p: rank.get(_field_of(p), len(rank)))
        if self.problems:
            pointers = ", ".join(p.pointer or "?" for p in self.problems)
            raise UnprocessableError(f"Invalid references: {pointers}.", errors=self.problems)


def put_row(session: Session, model: type[SQLModel], row: Any, values: dict[str, Any]) -> Any:
    """Insert a new row (row is None) or update `row` with `values`; flush and return it."""
    if row is None:
        row = model(**values)
        session.add(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return row


def replace_links(
    session: Session, model: Any, parent: str, parent_id: Any, rows: list[dict[str, Any]]
) -> None:
    """Make the parent's link rows exactly `rows`."""
    session.execute(delete(model).where(getattr(model, parent) == parent_id))
    session.add_all(model(**{parent: parent_id, **r}) for r in rows)
    session.flush()


def linked(column: Any, link: Any, parent: str, parent_id: Any) -> Any:
    """Select `column` of the rows joined through `link` to the parent `parent_id`."""
    return select(column).join(link).where(getattr(link, parent) == parent_id)


def slugs(session: Session, stmt: Any) -> list[str]:
    """The first column of a query as strings."""
    return [str(v) for v in session.execute(stmt).scalars()]


def referrers(session: Session, checks: list[tuple[str, Any]]) -> list[str]:
    """`label 'slug'` for every row the queries find (each selects the referrer's slug)."""
    return [f"{label} '{s}'" for label, stmt in checks for s in slugs(session, stmt)]


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Dates and enums as JSON strings (the form stored in the audit log)."""
    result: dict[str, Any] = to_jsonable_python(values)
    return result
