"""The one Settings object: every knob the service has, read from SJC_* environment variables."""

import contextlib
import os
import secrets
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.core.paths import default_data_dir, shipped

BUCKETS_CEILING = 10_000  # the most max_series_buckets may be set to


class Settings(BaseSettings):
    """Service configuration; environment variables carry the `SJC_` prefix."""

    model_config = SettingsConfigDict(env_prefix="SJC_", extra="ignore")

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the default SQLite file and a generated secret live: the checkout "
        "when run from one, else $XDG_DATA_HOME/sjc-api (~/.local/share/sjc-api).",
    )
    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; `sqlite:///<data_dir>/sjc.db` when unset, "
        "postgresql+psycopg://... in production.",
    )
    database_replica_url: str | None = Field(
        default=None,
        description="A streaming replica of the database for anonymous reads (GET/HEAD without "
        "an Authorization header); requests with a key read from the primary.",
    )
    seed_dir: Path = Field(
        default_factory=lambda: shipped("seed_data"), description="Seed files to load."
    )
    db_pool_size: int = Field(
        default=10, ge=1, description="PostgreSQL read connections kept per worker (every read)."
    )
    db_max_overflow: int = Field(default=10, ge=0, description="Extra PostgreSQL read connections.")
    db_write_pool_size: int = Field(
        default=2,
        ge=1,
        description="PostgreSQL connections kept per worker for work in transactions: writes, "
        "imports, API-key checks, health checks.",
    )
    db_write_max_overflow: int = Field(
        default=3, ge=0, description="Extra PostgreSQL connections for work in transactions."
    )
    db_connect_timeout: int = Field(
        default=3,
        ge=1,
        description="Seconds to wait for a PostgreSQL connection (short reads run on the event "
        "loop, so an unreachable server must fail fast: a 503, not a stalled worker).",
    )
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    # SQLite's default is 2,000 KiB a connection; the operating system caches the file as well,
    # and a worker's connections (the event loop's, its threads') each keep their own copy.
    sqlite_cache_kb: int = Field(
        default=256, ge=16, description="SQLite's page cache per connection, in KiB."
    )
    default_page_size: int = Field(default=50, ge=1, le=500)
    max_page_size: int = Field(default=500, ge=1)
    cache_max_age: int = Field(
        default=60, ge=0, description="Cache-Control max-age of GET responses (s)."
    )
    cache_shared_max_age: int | None = Field(
        default=None,
        ge=0,
        description="s-maxage of GET responses for shared caches (a CDN), when it should differ "
        "from max-age; unset: shared caches use max-age.",
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
        description="Memory for the answers to anonymous /api/ reads, keyed by dataset version, "
        "URL and negotiation (0 turns the cache off).",
    )
    warm_details: float = Field(
        default=0,
        ge=0,
        le=1,
        description="Share of the response cache that pre-rendered record details (the resources "
        "declared `warm`: jurisdiction profiles) may fill, rendered after start-up and again "
        "after every write; 0 (the default) renders nothing ahead of requests.",
    )
    max_series_buckets: int = Field(
        default=600,
        ge=1,
        le=BUCKETS_CEILING,
        description="Most buckets one series request may produce.",
    )
    export_batch_size: int = Field(
        default=250, ge=1, description="Rows per batch of a streamed export."
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Server secret that API key digests are keyed with (HMAC-SHA256). When unset,"
        " one is generated once into `secret_key_file`.",
    )
    secret_key_file: Path | None = Field(
        default=None,
        description="Where a generated secret is kept (0600); `<data_dir>/.sjc-secret` when unset.",
    )
    max_body_bytes: int = Field(
        default=1024 * 1024, ge=1, description="Largest request body accepted (413 above)."
    )
    max_import_bytes: int = Field(
        default=512 * 1024 * 1024,
        ge=1,
        description="Largest upload POST /api/v1/imports accepts (413 above).",
    )
    cors_write_origins: list[str] = Field(
        default_factory=list,
        description="Origins whose browsers may send writes (JSON list); reads allow any origin.",
    )
    opentelemetry: bool = Field(
        default=False,
        description="FastAPI's own OpenTelemetry spans and metrics (when an OpenTelemetry SDK is "
        "configured); off, no request pays for checking whether one is (the service's metrics "
        "are Prometheus', at /metrics).",
    )
    rate_limit_enabled: bool = Field(default=True, description="Apply rate limits at all.")
    rate_limit_reads: int = Field(
        default=600,
        ge=1,
        description="Reads (GET, HEAD) per client IP per window, with a key or without.",
    )
    rate_limit_writes: int = Field(
        default=120, ge=1, description="Write requests per API key per window."
    )
    rate_limit_window: int = Field(default=60, ge=1, description="Rate-limit window (s).")
    rate_limit_storage_url: str | None = Field(
        default=None,
        description="redis://... to share rate-limit budgets between replicas; memory when unset.",
    )
    rate_limit_auth_failures: int = Field(
        default=20,
        ge=1,
        description="Failed authentications per client address per window before 429.",
    )
    rate_limit_store_timeout: float = Field(
        default=0.2, gt=0, description="Socket timeout of the shared rate-limit store (s)."
    )
    environment: str = Field(
        default="local",
        pattern=r"^(local|development|test|staging|production)$",
        description="Which deployment this is (local, development, test, staging, production); "
        "the OpenAPI document's server description says it.",
    )
    contact_url: str | None = Field(
        default=None, description="Where integrators reach the maintainers (OpenAPI `contact`)."
    )
    public_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$",
        description="Public base URL for links (e.g. https://api.example.org); relative links "
        "when unset. Request headers (Host, X-Forwarded-*) never shape a response.",
    )
    forwarded_allow_ips: list[str] = Field(
        default_factory=list,
        description="Proxy addresses (IPs or CIDR networks, JSON list) whose X-Forwarded-For is "
        "trusted for the client address; none by default.",
    )
    header_timeout: float = Field(
        default=10, gt=0, description="Time a client has to send a request's headers (s)."
    )
    body_timeout: float = Field(
        default=30, gt=0, description="Longest wait for the next piece of a request body (s)."
    )
    retry_after: int = Field(
        default=5, ge=1, description="Retry-After (s) of a 503 when a dependency is unavailable."
    )
    workers: int = Field(
        default=1, ge=1, description="Worker processes of `sjc-api serve` (each one event loop)."
    )
    event_loop: Literal["asyncio", "uvloop"] = Field(
        default="asyncio",
        description="Event loop of `sjc-api serve`. asyncio's: under 32 connections on a cache "
        "miss uvloop answered no faster here and its slowest 1% took 1.3 s against 0.27 s "
        "(docs/benchmarks.md).",
    )
    root_path: str = Field(
        default="",
        pattern=r"^(/[^\s?#]*[^/\s?#])?$",
        description="Path prefix a proxy serves the API under (e.g. /data); empty when at the root.",
    )
    metrics_multiproc_dir: Path | None = Field(
        default=None,
        description="Folder where worker processes keep Prometheus counters; a fresh temporary "
        "folder when unset and workers > 1.",
    )
    idempotency_ttl: int = Field(
        default=24 * 3600, ge=1, description="How long an Idempotency-Key is remembered (s)."
    )

    @model_validator(mode="after")
    def _paths_under_data_dir(self) -> "Settings":
        if not self.database_url:  # the default file: its folder is made on first use
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.database_url = f"sqlite:///{self.data_dir / 'sjc.db'}"
        if self.secret_key_file is None:
            self.secret_key_file = self.data_dir / ".sjc-secret"
        return self

    def check_shared_secret(self) -> None:
        """Refuse to serve PostgreSQL, or several workers, without a shared SJC_SECRET_KEY, and
        several workers with per-process rate-limit counters: replicas sharing one database must
        share the secret (or a key made on one fails on the others) and the budgets."""
        if self.secret_key is None and not self.database_url.startswith("sqlite"):
            raise RuntimeError(
                "SJC_SECRET_KEY must be set when the database is not SQLite: every replica "
                "needs the same secret to check API keys (a generated per-process secret would "
                "make keys work on one replica only)."
            )
        if self.workers > 1 and self.secret_key is None:
            raise RuntimeError(
                "SJC_SECRET_KEY must be set to serve with more than one worker: every worker "
                "must check API keys with the same secret."
            )
        if self.workers > 1 and self.rate_limit_enabled and not self.rate_limit_storage_url:
            raise RuntimeError(
                "SJC_RATE_LIMIT_STORAGE_URL (redis://...) must be set to serve with more than "
                "one worker: per-process counters would let each worker grant the whole budget."
            )

    def secret_key_bytes(self) -> bytes:
        """The server secret: from SJC_SECRET_KEY, else from (or created in) the secret file."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        assert self.secret_key_file is not None  # set by the validator
        return _process_secret(self.secret_key_file)


def read_or_create_secret(path: Path) -> bytes:
    """Read the secret file, creating it atomically first if it does not exist: the secret is
    written whole to a private temporary file, then hard-linked into place (fails if another
    process won the race), so no reader can ever see an empty or partial secret."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".sjc-secret-")  # created 0600
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileExistsError):  # another process created it first
                os.link(temp, path)
        finally:
            os.unlink(temp)
    secret = path.read_text().strip()
    if not secret:
        raise RuntimeError(f"the secret file {path} is empty; remove it or set SJC_SECRET_KEY")
    return secret.encode()


@lru_cache
def _process_secret(path: Path) -> bytes:
    # read once per process: every key check needs it, and it never changes while serving
    return read_or_create_secret(path)


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings (read once)."""
    return Settings()
