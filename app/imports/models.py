"""An import job: a file uploaded over HTTP, validated and written in the background."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from pydantic import Field as PField
from sqlalchemy import JSON, DateTime
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401  (naming convention before tables)


class ImportJob(SQLModel, table=True):
    """One upload's import; progress is written as it runs, the report when it ends."""

    __tablename__ = "import_job"

    id: str = Field(primary_key=True)
    status: str = Field(index=True)
    phase: str
    file: str
    size: int
    mapping: str | None = None
    dry_run: bool = False
    rows_total: int = 0
    rows_checked: int = 0
    rows_written: int = 0
    rows_to_write: int | None = None
    percent: float = 0.0
    report: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    error: str | None = None
    actor: str
    key_id: int | None = Field(default=None, foreign_key="api_key.id")
    request_id: str
    created_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)
    heartbeat_at: datetime = Field(sa_type=DateTime(timezone=True))
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class ImportProgress(BaseModel):
    """How far an import has got."""

    phase: str = PField(
        description="queued, validating, planning, writing or done.", examples=["validating"]
    )
    rows_total: int = PField(description="Data rows in the file (counted before validating).")
    rows_checked: int = PField(description="Rows validated so far.")
    rows_written: int = PField(description="Rows inserted or updated so far.")
    rows_to_write: int | None = PField(
        description="Rows that differ from what is stored (known once planning ends)."
    )
    percent: float = PField(description="Share of the work done, 0 to 100.", examples=[42.5])


class ImportJobPublic(BaseModel):
    """An import job as the API shows it."""

    id: str = PField(description="Job id (random; it names nothing else).")
    status: str = PField(
        description="queued, running, succeeded (written, or checked on a dry run), refused "
        "(the file has problems: nothing written; see report.problems), failed (an error "
        "outside the file: nothing written) or interrupted (the process running it stopped).",
        examples=["running"],
    )
    file: str = PField(description="Name of the uploaded file.")
    size: int = PField(description="Bytes uploaded.")
    mapping: str | None = PField(description="Mapping file used for a wide table, if named.")
    dry_run: bool = PField(description="True: checked and planned, nothing written.")
    progress: ImportProgress
    report: dict[str, Any] | None = PField(
        description="The importer's report (as `sjc-api import --json` prints it), when done."
    )
    error: str | None = PField(description="What went wrong, for a failed job.")
    actor: str = PField(description="Name of the API key that uploaded.")
    created_at: datetime = PField(description="When the upload was accepted.")
    finished_at: datetime | None = PField(description="When the job ended.")
