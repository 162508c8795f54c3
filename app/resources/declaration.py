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
from app.search.routes import Collection, collection_router
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
            table, collection, w.model, w.key_field, w.load, w.store, resource=w.resource, **extra
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
    spec: ListSpec  # its list: fields, filters, sorts, includes, CSV columns; its export too
    collection: Collection | None = None  # its list and detail routes, made from their names
    router: APIRouter | None = None  # or its own read routes (more than a list and a detail)
    tag: str | None = None  # its OpenAPI tag, when not its name ("action areas")
    item: type[ItemEnvelope[Any]] | None = None  # the one-record envelope a write answers with
    writable: Writable | None = None  # how the write API (and the seed) store it
    search: Indexed | None = None  # how its records enter the full-text index
    seed: tuple[SeedStep, ...] | None = None  # its seed steps; default: its writable's, once
    after: tuple[str, ...] = ()  # the resources its records refer to (seeded before it)
    exported: bool = True  # streamed whole under /exports/{name}
    warm: bool = False  # its details are rendered ahead of requests (SJC_WARM_DETAILS)

    def __post_init__(self) -> None:
        if self.collection is not None:  # routes and envelope from the collection's names
            routes = collection_router(
                self.collection, self.spec, prefix=f"/{self.name}", tag=self.tag_name
            )
            object.__setattr__(self, "router", routes)
            object.__setattr__(self, "item", self.item or self.collection.item)
        if self.seed is None:  # seed_data/<name>.yaml, written as the write API writes
            w = self.writable
            steps = (SeedStep.of(self.name.replace("-", "_"), w),) if w is not None else ()
            object.__setattr__(self, "seed", steps)
        if self.router is None:
            raise ValueError(f"resource {self.name!r} declares neither routes nor a collection")

    @property
    def tag_name(self) -> str:
        """The OpenAPI tag its operations are grouped under."""
        return self.tag or self.name

    @property
    def routes(self) -> APIRouter:
        """Its read routes."""
        assert self.router is not None  # __post_init__ made sure
        return self.router
