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
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ARRAY, Engine, String, any_, bindparam, insert, select, update
from sqlmodel import Session

import app.models  # noqa: F401  (every table, so foreign keys resolve)
from app.core import telemetry, version
from app.imports.bulk import BulkInsert
from app.imports.layouts import Mapping
from app.imports.progress import Listener, Tracker, count_rows
from app.imports.rows import (
    Context,
    RefusedError,
    RowProblem,
    file_layout,
    parse_row,
    read_rows,
)
from app.imports.staging import COMPARED, INSERT, UNCHANGED, UPDATE, Staging
from app.jurisdictions.models import Jurisdiction
from app.metrics.models import Metric, Observation
from app.sources.models import Document, Source

BATCH = 2000


@dataclass
class ImportReport:
    """What an import did (or, on a dry run or a refusal, would have done)."""

    file: str
    sha256: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    jurisdictions_created: int = 0
    fips_padded: int = 0
    metrics_created: list[str] = field(default_factory=list)
    layout: str = "long"
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        """True when the file was accepted."""
        return not self.problems

    def summary(self) -> str:
        """Human-readable report."""
        if self.problems:
            lines = [f"{self.file}: refused, nothing written ({len(self.problems)} problems)"]
            return "\n".join(lines + [f"  {p}" for p in self.problems[:200]])
        verb = "would import" if self.dry_run else "imported"
        created = f"; metrics defined by the mapping: {', '.join(self.metrics_created)}"
        text = (
            f"{self.file} ({self.layout}): {verb} {self.rows} rows: {self.inserted} inserted, "
            f"{self.updated} updated, {self.unchanged} unchanged; {self.jurisdictions_created} "
            f"jurisdictions created from FIPS; {self.fips_padded} county FIPS codes given without "
            f"their leading zero were padded{created if self.metrics_created else ''}; "
            f"SHA-256 {self.sha256}"
        )
        if self.notes:
            text += f"\n{len(self.notes)} notes (the import is not refused for them):"
            text += "".join(f"\n  {n}" for n in self.notes[:50])
        return text

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (`sjc-api import --json`)."""
        data = asdict(self)
        data["ok"] = self.ok
        for name in ("problems", "notes"):
            data[name] = [asdict(p) for p in getattr(self, name)]
        return data


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


def _staged(line: int, r: dict[str, Any]) -> tuple[Any, ...]:
    """A parsed row as the staging table holds it (dates as ISO text)."""
    start, end = r["period_start"], r["period_end"]
    return (
        line,
        r["key"],
        r["slug"],
        r["metric_key"],
        start and start.isoformat(),
        end and end.isoformat(),
        r["frequency"],
        r["value"],
        r["qualifier"],
        r["text_as_written"],
        r["citation"],
    )


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
    try:
        for line, row in read_rows(path, mappings):
            tracker.line("rows_checked", line)
            if "__note__" in row:
                report.notes.append(RowProblem(line, row["__note__"], row["reason"]))
                continue
            report.rows += 1
            parsed = parse_row(line, row, ctx, report.problems)
            if parsed is not None:
                batch.append(_staged(line, parsed))
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


def _create_metrics(session: Session, definitions: list[dict[str, Any]]) -> None:
    for definition in definitions:
        session.add(
            Metric(
                key=definition["metric"],
                name=definition["name"],
                unit=definition["unit"],
                description=definition["description"],
                universe=definition.get("universe"),
            )
        )
    session.flush()


def _provenance(session: Session, path: Path, report: ImportReport) -> tuple[str, dict[str, str]]:
    """The import's document (one per file content) and a source per citation, get-or-create."""
    key = f"import-{report.sha256[:16]}"
    if session.scalars(select(Document).where(Document.key == key)).first() is None:
        session.add(
            Document(
                key=key,
                kind="import_file",
                title=path.name,
                sha256=report.sha256,
                row_count=report.rows,
                imported_at=datetime.now(UTC),
            )
        )
        session.flush()
    return key, {}


def _source_id(
    session: Session, doc_key: str, citation: str, path: Path, cache: dict[str, str]
) -> str:
    if citation in cache:
        return cache[citation]
    suffix = "-" + hashlib.blake2b(citation.encode(), digest_size=4).hexdigest() if citation else ""
    source_id = doc_key + suffix
    if session.get(Source, source_id) is None:
        document = session.scalars(select(Document).where(Document.key == doc_key)).one()
        session.add(
            Source(
                id=source_id,
                document_id=document.id,
                section="import",
                passage=citation or f"Rows of the imported file {path.name}",
                note=f"Imported from {path.name} (SHA-256 {document.sha256}).",
            )
        )
        session.flush()
    cache[citation] = source_id
    return source_id


_STORED = select(Observation.key, *(getattr(Observation, c) for c in COMPARED))
_BY_KEYS = {  # a batch of keys: one array parameter on PostgreSQL, an expanded IN elsewhere
    "postgresql": _STORED.where(Observation.key == any_(bindparam("keys", type_=ARRAY(String)))),
    "sqlite": _STORED.where(Observation.key.in_(bindparam("keys", expanding=True))),
}


def _plan(session: Session, staging: Staging, report: ImportReport, tracker: Tracker) -> None:
    """Second pass (reads only), over the staged rows: compare each with what is stored and
    mark what changes (a staged row is an insert until the plan says otherwise)."""
    connection = session.connection()
    stored_by_keys = _BY_KEYS[connection.dialect.name]
    for rows in staging.batches(BATCH):
        found = connection.execute(stored_by_keys, {"keys": [r[1] for r in rows]})
        stored = {key: tuple(_iso(v) for v in values) for key, *values in found}
        marks = []
        for rowid, key, *values, _line in rows:
            current = stored.get(key)
            if current is None:
                report.inserted += 1
            elif current != tuple(values):
                marks.append((UPDATE, rowid))
                report.updated += 1
            else:
                marks.append((UNCHANGED, rowid))
                report.unchanged += 1
        staging.mark(marks)
        tracker.update(rows_planned=rows[-1][-1] - 1)


def _iso(value: Any) -> Any:
    """A stored value as the staging table holds it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value


CREATED_NOTE = "Created by an import from its FIPS code; the source material has no profile for it."


def _create_jurisdictions(session: Session, ctx: Context, report: ImportReport) -> None:
    """The counties the file names by FIPS code that are not stored yet, in one statement."""
    if not ctx.created:
        return
    rows = [{**v, "has_profile": False, "note": CREATED_NOTE} for v in ctx.created.values()]
    session.execute(insert(Jurisdiction.__table__), rows)
    slugs = [v["slug"] for v in ctx.created.values()]
    for start in range(0, len(slugs), BATCH):
        found = session.execute(
            select(Jurisdiction.slug, Jurisdiction.id, Jurisdiction.fips).where(
                Jurisdiction.slug.in_(slugs[start : start + BATCH])
            )
        )
        for slug, jid, fips in found:
            ctx.jurisdictions[fips] = ctx.jurisdictions[slug] = (jid, slug)
    report.jurisdictions_created += len(rows)


def _publish(
    session: Session,
    path: Path,
    ctx: Context,
    staging: Staging,
    report: ImportReport,
    tracker: Tracker,
) -> None:
    """Third pass, the only one that writes: the new rows in bulk (COPY on PostgreSQL), then
    the changed ones."""
    _create_jurisdictions(session, ctx, report)
    doc_key, cache = _provenance(session, path, report)
    sources = {c: _source_id(session, doc_key, c, path, cache) for c in staging.citations()}
    writer = BulkInsert(session.connection(), Observation.__table__, INSERTED)
    for rows in staging.to_write(INSERT, BATCH):
        writer.write(
            [
                (key, ctx.jurisdictions[slug][0], metric, *values, "reported", sources[citation])
                for key, slug, metric, *values, citation in rows
            ]
        )
        tracker.update(rows_written=tracker.now.rows_written + len(rows))
    table = Observation.__table__
    update_stmt = (
        update(table)
        .where(table.c.key == bindparam("b_key"))
        .values({c: bindparam(c) for c in ("jurisdiction_id", "source_id", *COMPARED)})
    )
    for rows in staging.to_write(UPDATE, BATCH):
        changes = []
        for key, slug, _metric, *values, citation in rows:
            change = dict(zip(COMPARED, values, strict=True))
            for column in ("period_start", "period_end"):
                change[column] = change[column] and date.fromisoformat(change[column])
            jurisdiction, source = ctx.jurisdictions[slug][0], sources[citation]
            changes.append(
                {"b_key": key, "jurisdiction_id": jurisdiction, "source_id": source, **change}
            )
        session.execute(update_stmt, changes)
        tracker.update(rows_written=tracker.now.rows_written + len(rows))


INSERTED = ("key", "jurisdiction_id", "metric_key", *COMPARED, "status", "source_id")


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
    with Session(engine) as session:
        ctx = _context(session)
        definitions = _mapped_metrics(path, mappings, ctx, report)
        staging = Staging()
        try:
            if not report.problems:
                _validate(path, ctx, report, mappings, tracker, staging)
            if report.problems:
                return report
            tracker.update(phase="planning", rows_checked=tracker.now.rows_total)
            _plan(session, staging, report, tracker)
            session.rollback()  # end the read snapshot: publishing starts from current data
            tracker.update(
                phase="writing",
                rows_planned=tracker.now.rows_total,
                rows_to_write=0 if dry_run else report.inserted + report.updated,
            )
            if dry_run:
                report.jurisdictions_created = len(ctx.created)
            else:
                if report.inserted or report.updated:
                    version.bump(session)  # first: the write lock; rows are stamped after it
                _create_metrics(session, definitions)
                _publish(session, path, ctx, staging, report, tracker)
                if before_commit is not None:
                    before_commit(session, report)
                session.commit()
                telemetry.IMPORTED_ROWS.labels("observations").inc(report.inserted + report.updated)
        except BaseException:
            session.rollback()
            raise
        finally:
            staging.close()
    tracker.update(phase="done")
    return report
