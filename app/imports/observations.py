"""`sjc-api import observations FILE.csv`: validate every row first, then write all of it in
one short transaction (or nothing); re-importing the same file changes nothing, a corrected file
updates only what changed, and the file itself is recorded as a source.

Long format, one observation per row (header names, any order):
  jurisdiction | fips   slug of a known jurisdiction, or a 5-digit county FIPS code
  metric                metric key (see /api/v1/metrics)
  period_start          ISO date
  period_end | frequency  ISO date, or day|month|quarter|year (end derived from the start)
  value                 number (not negative unless the metric's unit is percent)
  qualifier             optional: exact (default), almost, approximately, more_than, less_than
  text_as_written       optional: the figure as the publication writes it (default: the value cell)
  source                optional: citation of the publication the figure comes from
"""

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session

import app.models  # noqa: F401  (every table, so foreign keys resolve)
from app.core import telemetry
from app.imports.layouts import Mapping
from app.imports.long_format import LongParser
from app.imports.planning import plan
from app.imports.progress import Listener, Tracker, count_rows
from app.imports.publishing import publish
from app.imports.report import ImportReport
from app.imports.rows import (
    Context,
    Records,
    RefusedError,
    RowProblem,
    file_layout,
    parse_row,
    staged,
)
from app.imports.staging import Staging
from app.jurisdictions.models import Jurisdiction
from app.metrics.models import Metric

BATCH = 2000


def _context(session: Session) -> Context:
    jurisdictions: dict[str, tuple[int | None, str]] = {}
    for j in session.execute(select(Jurisdiction.id, Jurisdiction.slug, Jurisdiction.fips)):
        jurisdictions[j.slug] = (j.id, j.slug)
        if j.fips:
            jurisdictions[j.fips] = (j.id, j.slug)
    metrics = dict(session.execute(select(Metric.key, Metric.unit)).all())
    return Context(jurisdictions, metrics)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _validate(
    path: Path,
    ctx: Context,
    report: ImportReport,
    mappings: tuple[Mapping, ...] | None,
    tracker: Tracker,
    staging: Staging,
) -> None:
    """First pass, streaming the file: every row parsed and checked once and staged in bulk;
    then the duplicates found in one query over the staged keys."""
    batch: list[tuple[Any, ...]] = []
    records, problems = Records(path, mappings), report.problems
    long_rows: LongParser | None = None
    try:
        for line, row in records:
            tracker.line("rows_checked", line)
            if isinstance(row, list):
                long_rows = long_rows or LongParser(records.header, ctx, problems)
                result = long_rows.staged(line, row)
            elif "__note__" in row:
                report.notes.append(RowProblem(line, row["__note__"], row["reason"]))
                continue
            else:
                parsed = parse_row(line, row, ctx, problems)
                result = None if parsed is None else staged(line, parsed)
            report.rows += 1
            if result is not None:
                batch.append(result)
                if len(batch) >= BATCH:
                    staging.add(batch)
                    batch.clear()
    except RefusedError as exc:
        report.problems.append(RowProblem(exc.line, "-", str(exc)))
        _add_duplicates(staging, batch, report)
        return
    _add_duplicates(staging, batch, report)
    if report.rows == 0:
        report.problems.append(RowProblem(2, "-", "no data rows under the header"))
    report.problems = list(dict.fromkeys(report.problems))  # each problem once
    report.notes = list(dict.fromkeys(report.notes))
    report.fips_padded = len(ctx.padded_fips)


DUPLICATE = "duplicate row: same jurisdiction, metric and period as an earlier line"


def _add_duplicates(staging: Staging, batch: list[tuple[Any, ...]], report: ImportReport) -> None:
    """Stage the last rows, then name every line that repeats an earlier one, in line order
    among the other problems."""
    staging.add(batch)
    duplicates = [RowProblem(line, "period_start", DUPLICATE) for line in staging.duplicates()]
    if duplicates:
        report.problems = sorted(report.problems + duplicates, key=lambda p: p.line)


def _mapped_metrics(
    path: Path, mappings: tuple[Mapping, ...] | None, ctx: Context, report: ImportReport
) -> list[dict[str, Any]]:
    """The layout of the file; for a mapped table, each column's metric must exist in the API
    with the mapping's unit, or be defined by the mapping (then created with the import)."""
    layout = file_layout(path, mappings)
    mapping = layout.mapping
    report.layout = f"{mapping.name} (mapped)" if mapping else layout.kind
    if mapping is None:
        return []
    new: dict[str, dict[str, Any]] = {}
    for column, target in mapping.columns.items():
        unit = ctx.metrics.get(target.metric)
        if unit is None and target.metric in new:
            continue
        if unit is None and target.name and target.unit and target.description:
            new[target.metric] = target.model_dump(exclude_none=True)
            ctx.metrics[target.metric] = target.unit
        elif unit is None:
            reason = f"metric '{target.metric}' is not in the API and the mapping does not define it (name, unit, description)"
            report.problems.append(RowProblem(1, column, reason))
        elif target.unit and target.unit != unit:
            reason = (
                f"the mapping gives {target.metric} in {target.unit}; the API measures it in {unit}"
            )
            report.problems.append(RowProblem(1, column, reason))
    report.metrics_created = sorted(new)
    return list(new.values())


def import_observations(
    engine: Engine,
    path: Path,
    *,
    dry_run: bool = False,
    mappings: tuple[Mapping, ...] | None = None,
    progress: Listener | None = None,
    before_commit: Callable[[Session, ImportReport], None] | None = None,
) -> ImportReport:
    """Validate the whole file, plan the changes against the stored rows, then publish them in
    one short transaction (all or nothing). A county-period table is read with the first of
    `mappings` (default: the shipped ones) whose columns its header has. `progress` hears how
    far it has got; `before_commit` adds to the publishing transaction (an audit event)."""
    report = ImportReport(file=path.name, dry_run=dry_run)
    if not path.is_file():
        report.problems.append(RowProblem(0, "-", "file not found"))
        return report
    report.sha256 = _sha256(path)
    tracker = Tracker(progress)
    tracker.update(phase="validating", rows_total=count_rows(path))
    with engine.connect() as connection, Session(bind=connection) as session:
        ctx = _context(session)
        definitions = _mapped_metrics(path, mappings, ctx, report)
        staging = Staging()
        try:
            if not report.problems:
                _validate(path, ctx, report, mappings, tracker, staging)
            if report.problems:
                return report
            tracker.update(phase="planning", rows_checked=tracker.now.rows_total)
            plan(session, staging, report, tracker)
            session.rollback()  # end the read snapshot: publishing starts from current data
            tracker.update(
                phase="writing",
                rows_planned=tracker.now.rows_total,
                rows_to_write=0 if dry_run else report.inserted + report.updated,
            )
            if dry_run:
                report.jurisdictions_created = len(ctx.created)
            else:
                publish(session, path, ctx, staging, report, tracker, definitions, before_commit)
                telemetry.IMPORTED_ROWS.labels("observations").inc(report.inserted + report.updated)
        finally:
            staging.close()
    tracker.update(phase="done")
    return report
