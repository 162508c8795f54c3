"""What a public resource is, declared once in its domain: its routes, its list (fields,
filters, sorts, files, export), its one-record envelope, how it is written, searched and
seeded, and its OpenAPI tag. The registry reads every list of resources off these."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter
from sqlmodel import Session, select

from app.lists.engine import ListSpec
from app.lists.envelopes import ItemEnvelope
from app.search.index import Indexed
from app.writes.engine import Writable

Load = Callable[[Session, Any], dict[str, Any]]
Save = Callable[[Session, Any, Any], Any]
Counts = Any  # a collections.Counter[str] of inserted / updated / unchanged


@dataclass(frozen=True)
class SeedStep:
    """One collection of the seed files and the domain functions that store and read it back."""

    label: str  # the table the seed report counts it under
    collection: str  # the seed bundle's attribute (seed_data/<collection>.yaml)
    model: Any
    key: str
    load: Load
    save: Save
    order: Callable[[Sequence[Any]], Sequence[Any]] = lambda records: records
    resource: str | None = None  # the API resource its records are written (and audited) as

    @classmethod
    def of(cls, collection: str, w: Writable, **extra: Any) -> "SeedStep":
        """The step of a writable resource: the seed writes exactly as the write API does."""
        table = str(w.model.__tablename__)
        return cls(
            table, collection, w.model, w.key_field, w.load, w.save, resource=w.resource, **extra
        )

    def write(self, session: Session, records: Sequence[Any], counts: Counts) -> None:
        """Save every record; a record whose stored form did not change counts as unchanged."""
        stored = {getattr(r, self.key): r for r in session.exec(select(self.model)).all()}
        for record in self.order(records):
            row = stored.get(getattr(record, self.key))
            before = self.load(session, row) if row is not None else None
            saved = self.save(session, record, row)
            if before is None:
                counts["inserted"] += 1
            else:
                counts["unchanged" if self.load(session, saved) == before else "updated"] += 1


@dataclass(frozen=True)
class Resource:
    """One public collection of /api/v1, declared once in its domain (`app/<domain>/resource.py`)."""

    name: str  # its path segment under /api/v1, its export and its search type ("action-areas")
    description: str  # what its OpenAPI tag says
    router: APIRouter  # its read routes
    spec: ListSpec  # its list: fields, filters, sorts, includes, CSV columns; its export too
    tag: str | None = None  # its OpenAPI tag, when not its name ("action areas")
    item: type[ItemEnvelope[Any]] | None = None  # the one-record envelope a write answers with
    writable: Writable | None = None  # how the write API (and the seed) store it
    search: Indexed | None = None  # how its records enter the full-text index
    seed: tuple[SeedStep, ...] = ()  # how its seed files are written, in order
    after: tuple[str, ...] = ()  # the resources its records refer to (seeded before it)
    exported: bool = True  # streamed whole under /exports/{name}
    warm: bool = False  # its details are rendered ahead of requests (SJC_WARM_DETAILS)

    @property
    def tag_name(self) -> str:
        """The OpenAPI tag its operations are grouped under."""
        return self.tag or self.name
