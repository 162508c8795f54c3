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
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, insert, select, update
from sqlmodel import Session

import app.models  # noqa: F401  (every table, so foreign keys resolve)
from app.core import telemetry, version
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


class _SeenKeys:
    """Row keys seen so far, kept on disk (a temporary SQLite table) so memory stays flat
    however long the file is."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "" = a private temporary database on disk
        self.db.execute("CREATE TABLE seen (digest BLOB PRIMARY KEY) WITHOUT ROWID")

    def add(self, key: str) -> bool:
        """Record a key; False when it was already there."""
        digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
        return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (digest,)).rowcount == 1

    def close(self) -> None:
        """Drop the temporary database."""
        self.db.close()


def _validate(
    path: Path,
    ctx: Context,
    report: ImportReport,
    mappings: tuple[Mapping, ...] | None,
    tracker: Tracker,
) -> None:
    """First pass: every row checked and duplicates found, streaming the file."""
    seen = _SeenKeys()
    try:
        for line, row in read_rows(path, mappings):
            tracker.line("rows_checked", line)
            if "__note__" in row:
                report.notes.append(RowProblem(line, row["__note__"], row["reason"]))
                continue
            report.rows += 1
            parsed = parse_row(line, row, ctx, report.problems)
            if parsed is not None and not seen.add(parsed["key"]):
                report.problems.append(
                    RowProblem(
                        line,
                        "period_start",
                        "duplicate row: same jurisdiction, metric and period as an earlier line",
                    )
                )
    except RefusedError as exc:
        report.problems.append(RowProblem(exc.line, "-", str(exc)))
        return
    finally:
        seen.close()
    if report.rows == 0:
        report.problems.append(RowProblem(2, "-", "no data rows under the header"))
    report.problems = list(dict.fromkeys(report.problems))  # each problem once
    report.notes = list(dict.fromkeys(report.notes))
    report.fips_padded = len(ctx.padded_fips)


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


_COMPARED = ("period_start", "period_end", "frequency", "value", "qualifier", "text_as_written")
_STAGED = ("op", "key", "slug", "metric_key", *_COMPARED, "citation")


class _Staging:
    """The rows to write, planned outside any write transaction and kept on disk (a private
    temporary SQLite database), so that memory stays flat and the target database's write lock
    is held only while the planned rows are published."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.execute(f"CREATE TABLE staged ({', '.join(_STAGED)})")

    def add(self, op: str, row: dict[str, Any]) -> None:
        """Stage one insert ("i") or update ("u")."""
        values = [op, *(row[c] for c in _STAGED[1:])]
        values[4] = values[4] and values[4].isoformat()  # period_start
        values[5] = values[5] and values[5].isoformat()  # period_end
        self.db.execute(f"INSERT INTO staged VALUES ({', '.join('?' * len(_STAGED))})", values)

    def citations(self) -> list[str]:
        """Every distinct citation of the staged rows."""
        return [c for (c,) in self.db.execute("SELECT DISTINCT citation FROM staged")]

    def batches(self, op: str, size: int) -> Iterator[list[dict[str, Any]]]:
        """The staged rows of one kind, `size` at a time."""
        cursor = self.db.execute("SELECT * FROM staged WHERE op = ? ORDER BY rowid", (op,))
        while rows := cursor.fetchmany(size):
            batch = [dict(zip(_STAGED, r, strict=True)) for r in rows]
            for row in batch:
                for column in ("period_start", "period_end"):
                    row[column] = row[column] and date.fromisoformat(row[column])
            yield batch

    def close(self) -> None:
        """Drop the temporary database."""
        self.db.close()


def _plan(
    session: Session,
    path: Path,
    ctx: Context,
    staging: _Staging,
    report: ImportReport,
    mappings: tuple[Mapping, ...] | None,
    tracker: Tracker,
) -> None:
    """Second pass (reads only): compare each row with what is stored; stage what changes."""
    table = Observation.__table__
    columns = [table.c.key, *(table.c[c] for c in _COMPARED)]
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        keys = [r["key"] for r in batch]
        stored = {
            row[0]: row[1:]
            for row in session.execute(select(*columns).where(table.c.key.in_(keys)))
        }
        for r in batch:
            current = stored.get(r["key"])
            if current is None:
                staging.add("i", r)
                report.inserted += 1
            elif tuple(current) != tuple(r[c] for c in _COMPARED):
                staging.add("u", r)
                report.updated += 1
            else:
                report.unchanged += 1
        batch.clear()

    for line, row in read_rows(path, mappings):
        tracker.line("rows_planned", line)
        if "__note__" in row:
            continue
        parsed = parse_row(line, row, ctx, [])
        assert parsed is not None  # validated in the first pass
        batch.append(parsed)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()


def _create_jurisdictions(session: Session, ctx: Context, report: ImportReport) -> None:
    for values in ctx.created.values():
        jurisdiction = Jurisdiction(
            **values,
            has_profile=False,
            note="Created by an import from its FIPS code; the source material has no profile for it.",
        )
        session.add(jurisdiction)
        session.flush()
        ctx.jurisdictions[values["fips"]] = ctx.jurisdictions[values["slug"]] = (
            jurisdiction.id,
            values["slug"],
        )
        report.jurisdictions_created += 1


def _publish(
    session: Session,
    path: Path,
    ctx: Context,
    staging: _Staging,
    report: ImportReport,
    tracker: Tracker,
) -> None:
    """Third pass, the only one that writes: bulk inserts and updates from the staging file."""
    _create_jurisdictions(session, ctx, report)
    doc_key, cache = _provenance(session, path, report)
    sources = {c: _source_id(session, doc_key, c, path, cache) for c in staging.citations()}
    table = Observation.__table__

    def row_values(r: dict[str, Any]) -> dict[str, Any]:
        return {
            "jurisdiction_id": ctx.jurisdictions[r["slug"]][0],
            "source_id": sources[r["citation"]],
            **{c: r[c] for c in _COMPARED},
        }

    for batch in staging.batches("i", BATCH):
        rows = [
            {"key": r["key"], "metric_key": r["metric_key"], "status": "reported", **row_values(r)}
            for r in batch
        ]
        session.execute(insert(table), rows)
        tracker.update(rows_written=tracker.now.rows_written + len(rows))
    update_stmt = (
        update(table)
        .where(table.c.key == bindparam("b_key"))
        .values({c: bindparam(c) for c in ("jurisdiction_id", "source_id", *_COMPARED)})
    )
    for batch in staging.batches("u", BATCH):
        session.execute(update_stmt, [{"b_key": r["key"], **row_values(r)} for r in batch])
        tracker.update(rows_written=tracker.now.rows_written + len(batch))


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
        if not report.problems:
            _validate(path, ctx, report, mappings, tracker)
        if report.problems:
            return report
        tracker.update(phase="planning", rows_checked=tracker.now.rows_total)
        staging = _Staging()
        try:
            _plan(session, path, ctx, staging, report, mappings, tracker)
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
