"""The one Settings object: every knob the service has, read from SJC_* environment variables."""

import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
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
    response_cache_mb: float = Field(
        default=64,
        ge=0,
        description="Memory for rendered /api/ responses, keyed by dataset version and URL "
        "(0 turns the cache off).",
    )
    max_series_buckets: int = Field(
        default=600, ge=1, description="Most buckets one series request may produce."
    )
    export_batch_size: int = Field(
        default=5000, ge=1, description="Rows per batch of a streamed export."
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Server secret that API key digests are keyed with (HMAC-SHA256). When unset,"
        " one is generated once into `secret_key_file`.",
    )
    secret_key_file: Path = Field(
        default=REPO_ROOT / ".sjc-secret", description="Where a generated secret is kept (0600)."
    )
    max_body_bytes: int = Field(
        default=1024 * 1024, ge=1, description="Largest request body accepted (413 above)."
    )
    cors_write_origins: list[str] = Field(
        default_factory=list,
        description="Origins whose browsers may send writes (JSON list); reads allow any origin.",
    )
    rate_limit_enabled: bool = Field(default=True, description="Apply rate limits at all.")
    rate_limit_reads: int = Field(
        default=600, ge=1, description="Anonymous requests per client IP per window."
    )
    rate_limit_writes: int = Field(
        default=120, ge=1, description="Write requests per API key per window."
    )
    rate_limit_window: int = Field(default=60, ge=1, description="Rate-limit window (s).")
    rate_limit_storage_url: str | None = Field(
        default=None,
        description="redis://... to share rate-limit budgets between replicas; memory when unset.",
    )
    idempotency_ttl: int = Field(
        default=24 * 3600, ge=1, description="How long an Idempotency-Key is remembered (s)."
    )

    def secret_key_bytes(self) -> bytes:
        """The server secret: from SJC_SECRET_KEY, else from (or created in) the secret file."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        path = self.secret_key_file
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip().encode()
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        return path.read_text().strip().encode()


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings (read once)."""
    return Settings()
