"""Seeding: read seed_data/ and upsert it in one transaction (CLI, tests and container start)."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from app.audit.models import AuditEvent
from app.core import version
from app.resources import registry
from app.search import index as search_index
from app.search.index import index_is_empty
from app.seed.reader import SeedBundle, SeedError, read_seed_dir
from app.seed.writer import STEPS, SeedReport, write_bundle

__all__ = ["SeedError", "SeedReport", "seed_database"]


# Seed collections written as an API resource: (collection, resource, natural key). Derived
# from the seed steps, so a resource made writable is protected from re-seeding at once.
WRITABLE = [(s.collection, s.resource, s.key) for s in STEPS if s.resource is not None]


def without_api_edits(session: Session, bundle: SeedBundle) -> tuple[SeedBundle, int]:
    """Leave out records that staff have created, changed or deleted through the API since:
    the API's version wins, so re-seeding (e.g. at every container start) never undoes a write.
    Derived figures whose inputs were edited are left to the API's recomputation too."""
    edited = set(session.execute(select(AuditEvent.resource, AuditEvent.resource_key)).all())
    if not edited:
        return bundle, 0
    changes: dict[str, list[Any]] = {}
    for collection, resource, key in WRITABLE:
        records = getattr(bundle, collection)
        changes[collection] = [r for r in records if (resource, getattr(r, key)) not in edited]
    changes["derived"] = [
        d for d in bundle.derived if not {("observations", k) for k in [d.key, *d.inputs]} & edited
    ]
    skipped = sum(len(getattr(bundle, c)) - len(v) for c, v in changes.items())
    return replace(bundle, **changes), skipped


def seed_database(engine: Engine, seed_dir: Path) -> SeedReport:
    """Validate every seed file, then write all of it in one transaction (all or nothing)."""
    bundle = read_seed_dir(seed_dir)
    try:
        with Session(engine) as session, session.begin():
            # The bump first, as every writer does: it takes the write lock, and every row
            # this transaction stamps is then newer than the dataset's Last-Modified.
            version.bump(session)
            bundle, skipped = without_api_edits(session, bundle)
            report = write_bundle(session, bundle)
            report.skipped = skipped
            if not (report.changed or index_is_empty(session)):
                raise _Unchanged(report)  # roll back the bump: nothing changed
            search_index.rebuild(session, registry.indexed())
            return report
    except _Unchanged as unchanged:
        return unchanged.report


class _Unchanged(Exception):
    """The seed changed nothing (its transaction, bump included, is rolled back)."""

    def __init__(self, report: SeedReport) -> None:
        super().__init__("unchanged")
        self.report = report
