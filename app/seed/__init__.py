"""Seeding: read seed_data/ and upsert it in one transaction (CLI, tests and container start)."""

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from app.core import version
from app.search import index as search_index
from app.search.index import index_is_empty
from app.seed.reader import SeedError, read_seed_dir
from app.seed.writer import SeedReport, write_bundle

__all__ = ["SeedError", "SeedReport", "seed_database"]


def seed_database(engine: Engine, seed_dir: Path) -> SeedReport:
    """Validate every seed file, then write all of it in one transaction (all or nothing)."""
    bundle = read_seed_dir(seed_dir)
    with Session(engine) as session, session.begin():
        report = write_bundle(session, bundle)
        if report.changed or index_is_empty(session):
            search_index.rebuild(session)
            version.bump(session)
        return report
