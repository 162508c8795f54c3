"""Run Alembic from code (CLI, tests, container start) against a given database URL."""

from alembic import command, context, op
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.util import CommandError
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from app.core.config import get_settings
from app.core.paths import shipped
from app.core.startup import startup_lock


def alembic_config(database_url: str | None = None) -> Config:
    """Alembic config for the shipped migrations, pointed at `database_url` (or Settings);
    needs no alembic.ini, so an installed package migrates from any directory."""
    config = Config()
    config.set_main_option("script_location", str(shipped("migrations")))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url or get_settings().database_url
    config.attributes["configure_logger"] = False
    return config


def current_revisions(database_url: str) -> set[str]:
    """The revisions the database is at (empty before the first migration)."""
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


def upgrade(database_url: str | None = None, revision: str = "head") -> bool:
    """Migrate the database up to `revision`, holding the start-up lock so that replicas
    starting together migrate once; True when this call changed the schema."""
    url = database_url or get_settings().database_url
    with startup_lock(url):
        before = current_revisions(url)
        command.upgrade(alembic_config(url), revision)
        return current_revisions(url) != before


def downgrade(
    database_url: str | None = None, revision: str = "base", *, allow_data_loss: bool = False
) -> None:
    """Migrate the database down to `revision` (refused where rows would be lost, unless
    `allow_data_loss`)."""
    config = alembic_config(database_url)
    config.attributes["allow_data_loss"] = allow_data_loss
    command.downgrade(config, revision)


def _data_loss_allowed() -> bool:
    if context.config.attributes.get("allow_data_loss"):
        return True
    flag = context.get_x_argument(as_dictionary=True).get("allow_data_loss", "")
    return flag.lower() in ("1", "true", "yes")


def refuse_data_loss(*targets: str) -> None:
    """Stop a downgrade that would drop stored data: `targets` are tables ("api_key") or
    columns ("metric.universe"); any holding rows or values make the downgrade fail, saying
    what would be lost and how to keep it, unless data loss was explicitly allowed."""
    lost = []
    bind = op.get_bind()
    for target in targets:
        table, _, column = target.partition(".")
        where = f" WHERE {column} IS NOT NULL" if column else ""
        rows = bind.execute(text(f"SELECT count(*) FROM {table}{where}")).scalar_one()
        if rows:
            lost.append(f"{target}: {rows:,} {'values' if column else 'rows'}")
    if not lost or _data_loss_allowed():
        return
    raise CommandError(
        "this downgrade would destroy data: "
        + "; ".join(lost)
        + ". Back the database up first (pg_dump, or `sqlite3 sjc.db '.backup copy.db'`; the"
        " audit log can also be read at GET /api/v1/audit), then run it again with"
        " `alembic -x allow_data_loss=true downgrade ...` to drop them."
    )
