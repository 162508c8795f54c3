"""Import jobs: an uploaded file imported in a background thread of the process that took the
upload. Status, progress and report live in the import_job table, so any replica answers a
poll; the success is written in the import's own transaction, with its audit event."""

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, update
from sqlmodel import Session

from app.audit.models import AuditEvent
from app.auth.service import Principal
from app.core.base import utc_now
from app.core.errors import NotFoundError
from app.imports.layouts import Mapping
from app.imports.models import ImportJob
from app.imports.progress import Progress
from app.imports.report import ImportReport

log = logging.getLogger("sjc.imports")
STALE_AFTER = timedelta(minutes=15)  # a running job not heard from for this long has stopped
FLUSH_EVERY = 0.5  # seconds between two progress writes
ONE_AT_A_TIME = threading.Lock()  # imports serialize on the write lock anyway: queue them here

PROGRESS_FIELDS = ("phase", "rows_total", "rows_checked", "rows_written", "rows_to_write")


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC; the API always states the offset."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def public(job: ImportJob) -> dict[str, Any]:
    """The job as the API shows it; a running job whose process went silent is `interrupted`."""
    status = job.status
    heartbeat = _aware(job.heartbeat_at)
    assert heartbeat is not None
    if status in ("queued", "running") and utc_now() - heartbeat > STALE_AFTER:
        status = "interrupted"
    return {
        "id": job.id,
        "status": status,
        "file": job.file,
        "size": job.size,
        "mapping": job.mapping,
        "dry_run": job.dry_run,
        "progress": {
            **{name: getattr(job, name) for name in PROGRESS_FIELDS},
            "percent": job.percent,
        },
        "report": job.report,
        "error": job.error,
        "actor": job.actor,
        "created_at": _aware(job.created_at),
        "finished_at": _aware(job.finished_at),
    }


def get(session: Session, job_id: str) -> dict[str, Any]:
    """One job, or a 404."""
    job = session.get(ImportJob, job_id)
    if job is None:
        raise NotFoundError(f"No import job has the id '{job_id}'.")
    return public(job)


@dataclass(frozen=True)
class Upload:
    """What was uploaded and by whom."""

    job_id: str
    path: Path
    file: str
    size: int
    mapping: tuple[str, Mapping] | None
    dry_run: bool
    principal: Principal
    request_id: str


def create(session: Session, upload: Upload) -> ImportJob:
    """Record a queued job for an upload (committed by the caller)."""
    now = utc_now()
    job = ImportJob(
        id=upload.job_id,
        status="queued",
        phase="queued",
        file=upload.file,
        size=upload.size,
        mapping=upload.mapping[0] if upload.mapping else None,
        dry_run=upload.dry_run,
        actor=upload.principal.name,
        key_id=upload.principal.id,
        request_id=upload.request_id,
        created_at=now,
        heartbeat_at=now,
    )
    session.add(job)
    return job


class Runner:
    """Runs one job: progress written every FLUSH_EVERY seconds in short transactions of its own
    (not while an SQLite import holds the write lock), the outcome once at the end."""

    def __init__(self, engine: Engine, upload: Upload) -> None:
        self.engine, self.upload = engine, upload
        self.last_flush = 0.0
        self.latest = Progress()
        self.sqlite = engine.dialect.name == "sqlite"

    def start(self) -> None:
        """Run in a daemon thread (the upload's request has already been answered)."""
        threading.Thread(target=self.run, name=f"import-{self.upload.job_id}", daemon=True).start()

    def run(self) -> None:
        """Wait for the previous import, import, record the outcome, drop the uploaded file."""
        # The importer is loaded by the first job, not by every serving worker (memory).
        from app.imports.observations import import_observations

        try:
            with ONE_AT_A_TIME:
                self._write(status="running")
                report = import_observations(
                    self.engine,
                    self.upload.path,
                    dry_run=self.upload.dry_run,
                    mappings=(self.upload.mapping[1],) if self.upload.mapping else None,
                    progress=self.on_progress,
                    before_commit=self.on_commit,
                )
                if not report.ok or self.upload.dry_run:
                    self._write(**self._outcome(report, "succeeded" if report.ok else "refused"))
        except Exception as exc:  # any failure outside the file: nothing was written
            log.exception("import job %s failed", self.upload.job_id)
            self._write(
                status="failed",
                error=f"The import stopped ({type(exc).__name__}); nothing was written.",
                finished_at=utc_now(),
            )
        finally:
            self.upload.path.unlink(missing_ok=True)

    def on_progress(self, progress: Progress) -> None:
        """Write progress now and then; never from inside an SQLite write transaction."""
        self.latest = progress
        moment = time.monotonic()
        if self.sqlite and progress.phase == "writing":
            return
        if progress.phase != "done" and moment - self.last_flush < FLUSH_EVERY:
            return
        self.last_flush = moment
        self._write(**self._progress_values(progress))

    def on_commit(self, session: Session, report: ImportReport) -> None:
        """In the import's transaction: the success and its audit event, so all or nothing."""
        session.execute(self._update(**self._outcome(report, "succeeded")))
        session.add(
            AuditEvent(
                at=utc_now(),
                key_id=self.upload.principal.id,
                actor=self.upload.principal.name,
                action="import",
                resource="imports",
                resource_key=self.upload.job_id,
                after=report.as_dict(),
                request_id=self.upload.request_id,
            )
        )

    def _outcome(self, report: ImportReport, status: str) -> dict[str, Any]:
        return {
            **self._progress_values(self.latest),
            "status": status,
            "phase": "done",
            "percent": 100.0,
            "rows_written": 0 if self.upload.dry_run else report.inserted + report.updated,
            "report": report.as_dict(),
            "finished_at": utc_now(),
        }

    @staticmethod
    def _progress_values(progress: Progress) -> dict[str, Any]:
        values = {name: getattr(progress, name) for name in PROGRESS_FIELDS}
        return {**values, "percent": progress.percent}

    def _update(self, **values: Any) -> Any:
        return (
            update(ImportJob)
            .where(ImportJob.id == self.upload.job_id)  # type: ignore[arg-type]
            .values(heartbeat_at=utc_now(), **values)
        )

    def _write(self, **values: Any) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(self._update(**values))
