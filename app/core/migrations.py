"""Run Alembic from code (CLI, tests, container start) against a given database URL."""

from alembic import command
from alembic.config import Config

from app.core.config import REPO_ROOT, get_settings


def alembic_config(database_url: str | None = None) -> Config:
    """Alembic config for the repo's migrations, pointed at `database_url` (or Settings)."""
    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(REPO_ROOT / "migrations"))
    config.attributes["database_url"] = database_url or get_settings().database_url
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str | None = None, revision: str = "head") -> None:
    """Migrate the database up to `revision`."""
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str | None = None, revision: str = "base") -> None:
    """Migrate the database down to `revision`."""
    command.downgrade(alembic_config(database_url), revision)
