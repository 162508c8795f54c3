"""`sjc-api import observations FILE.csv`: validate every row first, then write all of it in
one transaction (or nothing); re-importing the same file changes nothing, a corrected file
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

import csv
import hashlib
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session

import app.models  # noqa: F401  (every table, so foreign keys resolve)
from app.core import version
from app.imports.fips import jurisdiction_for
from app.jurisdictions.models import Jurisdiction
from app.metrics.models import Metric, Observation, Qualifier
from app.sources.models import Document, Source

BATCH = 2000
FREQUENCIES = ("day", "month", "quarter", "year")


@dataclass
class Problem:
    """One reason a row (or the file) was refused."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column '{self.column}': {self.reason}"


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
    problems: list[Problem] = field(default_factory=list)
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
        return (
            f"{self.file}: {verb} {self.rows} rows: {self.inserted} inserted, {self.updated} updated, "
            f"{self.unchanged} unchanged; {self.jurisdictions_created} jurisdictions created from FIPS; "
            f"SHA-256 {self.sha256}"
        )


class RefusedError(Exception):
    """The file cannot be read at all (encoding, empty, header)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line


def _period_end(start: date, frequency: str) -> date:
    if frequency == "day":
        return start
    months = {"month": 1, "quarter": 3, "year": 12}[frequency]
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1) - timedelta(days=1)


DAILY_HEADER = (
    "fips",
    "date",
    "jail_population",
    "county_name",
    "state_name",
    "urbanicity",
    "reporting_jurisdictions",
    "resident_population",
    "jail_incarceration_rate_per_100k",
)
MISSING = ("", "NA", "N/A", "NaN", "null")


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Long-format rows; a daily-counts file (detected by its header) is translated row by row."""
    line = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
            daily = tuple(header) == DAILY_HEADER
            if not daily:
                _check_header(header)
            population: dict[tuple[str, str], str] = {}
            for row in reader:
                line = reader.line_num
                clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
                if not daily:
                    yield line, clean
                    continue
                yield from _daily(line, clean, population, path.name)
    except UnicodeDecodeError:
        raise RefusedError(line + 1, "not UTF-8 text: save the file as UTF-8") from None
    except csv.Error as exc:
        raise RefusedError(line + 1, f"not readable as CSV ({exc})") from None


def _daily(
    line: int, row: dict[str, str], population: dict[tuple[str, str], str], name: str
) -> Iterator[tuple[int, dict[str, str]]]:
    """One daily-count row -> a one-day ADP observation, plus the county's resident population
    once per calendar year (a different population later in the same year is refused)."""
    citation = f"Daily jail counts by county ({name})"
    if row["jail_population"] not in MISSING:
        yield (
            line,
            {
                "fips": row["fips"],
                "metric": "average_daily_population",
                "period_start": row["date"],
                "frequency": "day",
                "value": row["jail_population"],
                "source": citation,
            },
        )
    year = row["date"][:4]
    if row["resident_population"] in MISSING or not year.isdigit():
        return
    seen = population.get((row["fips"], year))
    if seen is None:
        population[(row["fips"], year)] = row["resident_population"]
        yield (
            line,
            {
                "fips": row["fips"],
                "metric": "resident_population",
                "period_start": f"{year}-01-01",
                "frequency": "year",
                "value": row["resident_population"],
                "source": citation,
            },
        )
    elif seen != row["resident_population"]:
        yield (
            line,
            {
                "__problem__": "resident_population",
                "reason": f"{row['resident_population']} differs from {seen} given earlier for {year}",
            },
        )


def _check_header(header: list[str]) -> None:
    if not header:
        raise RefusedError(1, "empty file: expected a header row")
    missing = [c for c in ("metric", "period_start", "value") if c not in header]
    if "jurisdiction" not in header and "fips" not in header:
        missing.append("jurisdiction or fips")
    if "period_end" not in header and "frequency" not in header:
        missing.append("period_end or frequency")
    if missing:
        raise RefusedError(
            1, f"missing columns: {', '.join(missing)} (header: {', '.join(header)})"
        )


@dataclass
class _Context:
    jurisdictions: dict[str, tuple[int | None, str]]  # slug or fips -> (id, slug)
    metrics: dict[str, str]  # key -> unit
    created: dict[str, dict[str, str]] = field(default_factory=dict)  # fips -> new jurisdiction


def _parse(
    line: int, row: dict[str, str], ctx: _Context, problems: list[Problem]
) -> dict[str, Any] | None:
    before = len(problems)

    def bad(column: str, reason: str) -> None:
        problems.append(Problem(line, column, reason))

    if "__problem__" in row:
        bad(row["__problem__"], row["reason"])
        return None

    slug = None
    if row.get("jurisdiction"):
        found = ctx.jurisdictions.get(row["jurisdiction"])
        slug = found[1] if found else None
        if not found:
            bad("jurisdiction", f"unknown jurisdiction '{row['jurisdiction']}'")
    elif row.get("fips"):
        fips = row["fips"]
        found = ctx.jurisdictions.get(fips)
        if found:
            slug = found[1]
        elif (new := jurisdiction_for(fips)) is not None:
            ctx.created.setdefault(fips, new)
            slug = new["slug"]
        else:
            bad("fips", f"'{fips}' is not a known county FIPS code")
    else:
        bad("jurisdiction", "one of jurisdiction or fips is required")
    unit = ctx.metrics.get(row.get("metric", ""))
    if unit is None:
        bad("metric", f"unknown metric '{row.get('metric', '')}'")
    start = end = None
    try:
        start = date.fromisoformat(row.get("period_start", ""))
    except ValueError:
        bad("period_start", f"'{row.get('period_start', '')}' is not an ISO date (YYYY-MM-DD)")
    if row.get("period_end"):
        try:
            end = date.fromisoformat(row["period_end"])
        except ValueError:
            bad("period_end", f"'{row['period_end']}' is not an ISO date (YYYY-MM-DD)")
    elif row.get("frequency") in FREQUENCIES and start:
        end = _period_end(start, row["frequency"])
    elif not row.get("frequency") or row.get("frequency") not in FREQUENCIES:
        bad(
            "frequency",
            f"'{row.get('frequency', '')}' is not one of {', '.join(FREQUENCIES)} (and no period_end)",
        )
    if start and end and end < start:
        bad("period_end", "ends before period_start")
    value = None
    try:
        value = float(row.get("value", ""))
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        bad("value", f"'{row.get('value', '')}' is not a number")
    if value is not None and unit is not None and unit != "percent" and value < 0:
        bad("value", f"negative value {row['value']} for a count in {unit}")
    qualifier = row.get("qualifier") or "exact"
    if qualifier not in Qualifier.__members__:
        bad("qualifier", f"'{qualifier}' is not one of {', '.join(Qualifier.__members__)}")
    if len(problems) > before:
        return None
    frequency = row.get("frequency") or None
    return {
        "key": f"{slug}/{row['metric']}/{start}/{end}",
        "slug": slug,
        "metric_key": row["metric"],
        "period_start": start,
        "period_end": end,
        "frequency": frequency,
        "value": value,
        "qualifier": qualifier,
        "text_as_written": row.get("text_as_written") or row["value"],
        "citation": row.get("source", ""),
    }


def _context(session: Session) -> _Context:
    jurisdictions: dict[str, tuple[int | None, str]] = {}
    for j in session.execute(select(Jurisdiction.id, Jurisdiction.slug, Jurisdiction.fips)):
        jurisdictions[j.slug] = (j.id, j.slug)
        if j.fips:
            jurisdictions[j.fips] = (j.id, j.slug)
    metrics = dict(session.execute(select(Metric.key, Metric.unit)).all())
    return _Context(jurisdictions, metrics)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _validate(path: Path, ctx: _Context, report: ImportReport) -> None:
    """First pass: every row checked, duplicates found; only 8-byte digests are kept."""
    seen: set[bytes] = set()
    try:
        for line, row in _rows(path):
            report.rows += 1
            parsed = _parse(line, row, ctx, report.problems)
            if parsed is None:
                continue
            digest = hashlib.blake2b(parsed["key"].encode(), digest_size=8).digest()
            if digest in seen:
                report.problems.append(
                    Problem(
                        line,
                        "period_start",
                        "duplicate row: same jurisdiction, metric and period as an earlier line",
                    )
                )
            seen.add(digest)
    except RefusedError as exc:
        report.problems.append(Problem(exc.line, "-", str(exc)))
        return
    if report.rows == 0:
        report.problems.append(Problem(2, "-", "no data rows under the header"))


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


def _write(session: Session, path: Path, ctx: _Context, report: ImportReport) -> None:
    """Second pass: upsert in batches inside the caller's transaction."""
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
    doc_key, cache = _provenance(session, path, report)
    batch: list[dict[str, Any]] = []
    for line, row in _rows(path):
        parsed = _parse(line, row, ctx, [])
        assert parsed is not None  # validated in the first pass
        batch.append(parsed)
        if len(batch) >= BATCH:
            _upsert(session, batch, ctx, doc_key, path, cache, report)
            batch = []
    _upsert(session, batch, ctx, doc_key, path, cache, report)


def _upsert(
    session: Session,
    batch: list[dict[str, Any]],
    ctx: _Context,
    doc_key: str,
    path: Path,
    cache: dict[str, str],
    report: ImportReport,
) -> None:
    if not batch:
        return
    existing = {
        o.key: o
        for o in session.scalars(
            select(Observation).where(Observation.key.in_([r["key"] for r in batch]))
        )
    }
    for r in batch:
        current = existing.get(r["key"])
        if current is None:
            session.add(
                Observation(
                    key=r["key"],
                    jurisdiction_id=ctx.jurisdictions[r["slug"]][0],
                    metric_key=r["metric_key"],
                    status="reported",
                    source_id=_source_id(session, doc_key, r["citation"], path, cache),
                    **{k: r[k] for k in _COMPARED},
                )
            )
            report.inserted += 1
        elif any(getattr(current, k) != r[k] for k in _COMPARED):
            for k in _COMPARED:
                setattr(current, k, r[k])
            current.source_id = _source_id(session, doc_key, r["citation"], path, cache)
            report.updated += 1
        else:
            report.unchanged += 1
    session.flush()
    session.expunge_all()


def import_observations(engine: Engine, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Validate the whole file, then write all of it in one transaction (or nothing)."""
    report = ImportReport(file=path.name, dry_run=dry_run)
    if not path.is_file():
        report.problems.append(Problem(0, "-", "file not found"))
        return report
    report.sha256 = _sha256(path)
    with Session(engine) as session:
        ctx = _context(session)
        _validate(path, ctx, report)
        if report.problems:
            return report
        try:
            _write(session, path, ctx, report)
            if report.inserted or report.updated:
                version.bump(session)
        except BaseException:
            session.rollback()
            raise
        if dry_run:
            session.rollback()
        else:
            session.commit()
    return report
