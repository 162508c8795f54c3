"""Reading import files: the long format and the published layouts (app/imports/layouts.py),
row by row, each row checked with every problem named by line, column and reason."""

import csv
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.imports.fips import county_fips, jurisdiction_for
from app.imports.layouts import (
    Layout,
    Mapping,
    daily_rows,
    detect,
    shipped_mappings,
    wide_rows,
)
from app.metrics.models import Qualifier

FREQUENCIES = ("day", "month", "quarter", "year")


@dataclass(frozen=True)
class RowProblem:
    """One reason a row (or the file) was refused."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column '{self.column}': {self.reason}"


class RefusedError(Exception):
    """The file cannot be read at all (encoding, empty, header)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line


@lru_cache(maxsize=4096)
def period_end(start: date, frequency: str) -> date:
    """The last day of the period of this frequency that starts on `start`."""
    if frequency == "day":
        return start
    months = {"month": 1, "quarter": 3, "year": 12}[frequency]
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1) - timedelta(days=1)


def _header(path: Path) -> list[str]:
    """A file's first row, or RefusedError when it is not UTF-8 text readable as CSV."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return next(csv.reader(f), [])
    except UnicodeDecodeError:
        raise RefusedError(1, "not UTF-8 text: save the file as UTF-8") from None
    except csv.Error as exc:
        raise RefusedError(1, f"not readable as CSV ({exc})") from None


def file_layout(path: Path, mappings: tuple[Mapping, ...] | None = None) -> Layout:
    """The layout a file's header names (long format when it cannot be read: the row pass
    then reports why)."""
    try:
        header = _header(path)
    except (OSError, RefusedError):
        return Layout("long")
    return detect(header, shipped_mappings() if mappings is None else mappings)


def check_header(path: Path, mappings: tuple[Mapping, ...] | None = None) -> None:
    """Refuse (RefusedError, line 1) a file whose header is not one of a layout the importer
    reads: an upload's check before any job is made; the job then checks every row."""
    header = _header(path)
    if detect(header, shipped_mappings() if mappings is None else mappings).kind == "long":
        _check_header(header)


HEADER_SHOWN = 300  # characters of a refused header quoted back in its problem
Row = list[str] | dict[str, str]  # a long-format row's cells, or a translated row


class Records:
    """A file's rows as its header says: a long-format row as its cells (`header` names them;
    `by_name` makes the dict the checks read), a daily-counts file or a county-period table
    (matched by a mapping, the shipped ones unless others are given) translated row by row
    into long-format dicts. Blank lines are skipped; empty cells past the header's columns are
    dropped, and a row with a value past them is a problem (`stray_cell`)."""

    def __init__(self, path: Path, mappings: tuple[Mapping, ...] | None = None) -> None:
        self.path = path
        self.mappings = shipped_mappings() if mappings is None else mappings
        self.header: list[str] = []

    def __iter__(self) -> Iterator[tuple[int, Row]]:
        line = 1
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.reader(f)
                self.header = header = next(reader, [])
                layout = detect(header, self.mappings)
                if layout.kind == "long":
                    _check_header(header)
                years: dict[tuple[str, str], str] = {}
                for cells in reader:
                    line = reader.line_num
                    if not cells:
                        continue
                    if layout.kind == "long":
                        yield line, cells
                    elif (stray := stray_cell(header, cells)) is not None:
                        yield line, {"__problem__": stray[0], "reason": stray[1]}
                    elif layout.kind == "daily":
                        yield from daily_rows(line, by_name(header, cells), years, self.path.name)
                    elif layout.mapping is not None:
                        yield from wide_rows(line, by_name(header, cells), layout.mapping)
        except UnicodeDecodeError:
            raise RefusedError(line + 1, "not UTF-8 text: save the file as UTF-8") from None
        except csv.Error as exc:
            raise RefusedError(line + 1, f"not readable as CSV ({exc})") from None


def stray_cell(header: list[str], cells: list[str]) -> tuple[str, str] | None:
    """The first cell with a value past the header's columns, as (where, why); None when the
    row has none. Such a value was not written under any column (a comma left unquoted
    shifts the cells after it), so the row is refused rather than read without it."""
    for i in range(len(header), len(cells)):
        if cells[i].strip():
            reason = (
                f"'{cells[i].strip()[:40]}' is past the header's {len(header)} columns"
                " (a value that contains a comma must be quoted)"
            )
            return str(i + 1), reason
    return None


def by_name(header: list[str], cells: list[str]) -> dict[str, str]:
    """A row's cells by header name, stripped; a cell the row lacks is empty, one past the
    header is dropped, a repeated name keeps its last cell (as csv.DictReader reads them)."""
    row = {name: cell.strip() for name, cell in zip(header, cells, strict=False)}
    for name in header[len(cells) :]:
        row[name] = ""
    return row


def _check_header(header: list[str]) -> None:
    if not header:
        raise RefusedError(1, "empty file: expected a header row")
    missing = [c for c in ("metric", "period_start", "value") if c not in header]
    if "jurisdiction" not in header and "fips" not in header:
        missing.append("jurisdiction or fips")
    if "period_end" not in header and "frequency" not in header:
        missing.append("period_end or frequency")
    if missing:
        shown = ", ".join(header)
        shown = shown if len(shown) <= HEADER_SHOWN else f"{shown[:HEADER_SHOWN]}..."
        raise RefusedError(1, f"missing columns: {', '.join(missing)} (header: {shown})")


@dataclass
class Context:
    jurisdictions: dict[str, tuple[int | None, str]]  # slug or fips -> (id, slug)
    metrics: dict[str, str]  # key -> unit
    created: dict[str, dict[str, str]] = field(default_factory=dict)  # fips -> new jurisdiction
    padded_fips: set[str] = field(default_factory=set)  # codes given without their leading zero


Bad = Callable[[str, str], None]  # report a problem with a column


def _jurisdiction(row: dict[str, str], ctx: Context, bad: Bad) -> str | None:
    """The slug the row's jurisdiction or county FIPS code names (a county may be new)."""
    if row.get("jurisdiction"):
        found = ctx.jurisdictions.get(row["jurisdiction"])
        if not found:
            bad("jurisdiction", f"unknown jurisdiction '{row['jurisdiction']}'")
        return found[1] if found else None
    if not row.get("fips"):
        bad("jurisdiction", "one of jurisdiction or fips is required")
        return None
    fips, padded = county_fips(row["fips"])
    if padded:
        ctx.padded_fips.add(fips)
    if found := ctx.jurisdictions.get(fips):
        return found[1]
    if created := ctx.created.get(fips):
        return created["slug"]
    if (new := jurisdiction_for(fips)) is not None:
        return ctx.created.setdefault(fips, new)["slug"]
    bad("fips", f"'{fips}' is not a known county FIPS code")
    return None


def _metric_unit(row: dict[str, str], ctx: Context, bad: Bad) -> str | None:
    """The unit of the row's metric, which must be defined."""
    unit = ctx.metrics.get(row.get("metric", ""))
    if unit is None:
        bad("metric", f"unknown metric '{row.get('metric', '')}'")
    return unit


def _day(row: dict[str, str], column: str, bad: Bad) -> date | None:
    """An ISO date column."""
    try:
        return date.fromisoformat(row.get(column, ""))
    except ValueError:
        bad(column, f"'{row.get(column, '')}' is not an ISO date (YYYY-MM-DD)")
        return None


def _period(row: dict[str, str], bad: Bad) -> tuple[date | None, date | None]:
    """Start and end: period_end as given, or the end of the frequency's period."""
    start, end = _day(row, "period_start", bad), None
    frequency = row.get("frequency")
    if row.get("period_end"):
        end = _day(row, "period_end", bad)
    elif frequency in FREQUENCIES and start:
        end = period_end(start, frequency)
    elif frequency not in FREQUENCIES:
        reason = f"'{row.get('frequency', '')}' is not one of {', '.join(FREQUENCIES)} (and no period_end)"
        bad("frequency", reason)
    if start and end and end < start:
        bad("period_end", "ends before period_start")
    return start, end


def _value(row: dict[str, str], unit: str | None, bad: Bad) -> float | None:
    """A finite number; not negative unless the metric is a percent (change)."""
    column = row.get("__column__", "value")  # a wide table names its own column
    try:
        value = float(row.get("value", ""))
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        bad(column, f"'{row.get('value', '')}' is not a number")
        return None
    if unit is not None and unit != "percent" and value < 0:
        bad(column, f"negative value {row['value']} for a count in {unit}")
    return value


def _qualifier(row: dict[str, str], bad: Bad) -> str:
    """exact (the default), approximately, more_than, ..."""
    qualifier = row.get("qualifier") or "exact"
    if qualifier not in Qualifier.__members__:
        bad("qualifier", f"'{qualifier}' is not one of {', '.join(Qualifier.__members__)}")
    return qualifier


def parse_row(
    line: int, row: dict[str, str], ctx: Context, problems: list[RowProblem]
) -> dict[str, Any] | None:
    """One long-format row as observation values, or None with its problems recorded."""
    before = len(problems)

    def bad(column: str, reason: str) -> None:
        problems.append(RowProblem(line, column, reason))

    if "__problem__" in row:
        bad(row["__problem__"], row["reason"])
        return None
    slug = _jurisdiction(row, ctx, bad)
    unit = _metric_unit(row, ctx, bad)
    start, end = _period(row, bad)
    value = _value(row, unit, bad)
    qualifier = _qualifier(row, bad)
    if len(problems) > before:
        return None
    return {
        "key": observation_key(slug, row["metric"], start, end),
        "slug": slug,
        "metric_key": row["metric"],
        "period_start": start,
        "period_end": end,
        "frequency": row.get("frequency") or None,
        "value": value,
        "qualifier": qualifier,
        "text_as_written": row.get("text_as_written") or row["value"],
        "citation": row.get("source", ""),
    }


def observation_key(slug: object, metric: str, start: object, end: object) -> str:
    """An observation's natural key: jurisdiction, metric and period (dates as ISO text)."""
    return f"{slug}/{metric}/{start}/{end}"


def staged(line: int, parsed: dict[str, Any]) -> tuple[Any, ...]:
    """A parsed row as the staging table holds it, in the order of `staging.STAGED` (dates as ISO
    text)."""
    start, end = parsed["period_start"], parsed["period_end"]
    return (
        line,
        parsed["key"],
        parsed["slug"],
        parsed["metric_key"],
        start and start.isoformat(),
        end and end.isoformat(),
        parsed["frequency"],
        parsed["value"],
        parsed["qualifier"],
        parsed["text_as_written"],
        parsed["citation"],
    )
