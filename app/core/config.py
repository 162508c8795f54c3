"""The one Settings object: every knob the service has, read from SJC_* environment variables."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    """Service configuration; environment variables carry the `SJC_` prefix."""

    model_config = SettingsConfigDict(env_prefix="SJC_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{REPO_ROOT / 'sjc.db'}",
        description="SQLAlchemy URL; SQLite file by default, postgresql+psycopg://... in production.",
    )
    seed_dir: Path = Field(default=REPO_ROOT / "seed_data", description="Seed files to load.")
    db_pool_size: int = Field(default=10, ge=1, description="PostgreSQL connection pool size.")
    db_max_overflow: int = Field(default=10, ge=0, description="Extra PostgreSQL connections.")
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    default_page_size: int = Field(default=50, ge=1, le=500)
    max_page_size: int = Field(default=500, ge=1)
    cache_max_age: int = Field(
        default=60, ge=0, description="Cache-Control max-age of GET responses (s)."
    )
    etag_version_ttl: float = Field(
        default=1.0, ge=0, description="How long a process trusts its cached dataset version (s)."
    )
    gzip_minimum_size: int = Field(
        default=1000, ge=0, description="Compress bodies from this size (bytes)."
    )
    worker_threads: int = Field(
        default=2, ge=1, description="Threads that run sync routes (raise it for PostgreSQL)."
    )
    max_series_buckets: int = Field(
        default=600, ge=1, description="Most buckets one series request may produce."
    )
    export_batch_size: int = Field(
        default=5000, ge=1, description="Rows per batch of a streamed export."
    )


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings (read once)."""
    return Settings()
