"""Migrations: the chain goes down to base and up again, and matches the models exactly."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.core.db import build_engine
from app.core.migrations import downgrade, upgrade
from app.search.index import include_name
from app.seed import seed_database
from tests.conftest import SEED_DIR


def test_downgrade_to_base_and_upgrade_again(fresh_url: str) -> None:
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    seed_database(engine, SEED_DIR)
    downgrade(fresh_url, "base", allow_data_loss=True)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(fresh_url)
    assert "jurisdiction" in inspect(engine).get_table_names()
    assert seed_database(engine, SEED_DIR).changed > 0
    engine.dispose()


def test_models_and_migrations_do_not_drift(fresh_url: str) -> None:
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []
