"""Reading import files: the long format and the published layouts (app/imports/layouts.py),
row by row, each row checked with every problem named by line, column and reason."""

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
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
class Problem:
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


def period_end(start: date, frequency: str) -> date:
    if frequency == "day":
        return start
    months = {"month": 1, "quarter": 3, "year": 12}[frequency]
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1) - timedelta(days=1)


def file_layout(path: Path, mappings: tuple[Mapping, ...] | None = None) -> Layout:
    """The layout a file's header names (long format when it cannot be read: the row pass
    then reports why)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return Layout("long")
    return detect(header, shipped_mappings() if mappings is None else mappings)


def read_rows(
    path: Path, mappings: tuple[Mapping, ...] | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Long-format rows, read as the header says: a daily-counts file or a county-period
    table (matched by a mapping, the shipped ones unless others are given) is translated row
    by row; anything else must be long format."""
    line = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = list(reader.fieldnames or [])
            layout = detect(header, shipped_mappings() if mappings is None else mappings)
            if layout.kind == "long":
                _check_header(header)
            years: dict[tuple[str, str], str] = {}
            for row in reader:
                line = reader.line_num
                clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
                if layout.kind == "daily":
                    yield from daily_rows(line, clean, years, path.name)
                elif layout.mapping is not None:
                    yield from wide_rows(line, clean, layout.mapping)
                else:
                    yield line, clean
    except UnicodeDecodeError:
        raise RefusedError(line + 1, "not UTF-8 text: save the file as UTF-8") from None
    except csv.Error as exc:
        raise RefusedError(line + 1, f"not readable as CSV ({exc})") from None


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
class Context:
    jurisdictions: dict[str, tuple[int | None, str]]  # slug or fips -> (id, slug)
    metrics: dict[str, str]  # key -> unit
    created: dict[str, dict[str, str]] = field(default_factory=dict)  # fips -> new jurisdiction
    padded_fips: set[str] = field(default_factory=set)  # codes given without their leading zero


def parse_row(
    line: int, row: dict[str, str], ctx: Context, problems: list[Problem]
) -> dict[str, Any] | None:
    before = len(problems)

    def bad(column: str, reason: str) -> None:
        problems.append(Problem(line, column, reason))

    if "__problem__" in row:
        bad(row["__problem__"], row["reason"])
        return None
    value_column = row.get("__column__", "value")  # a wide table names its own column

    slug = None
    if row.get("jurisdiction"):
        found = ctx.jurisdictions.get(row["jurisdiction"])
        slug = found[1] if found else None
        if not found:
            bad("jurisdiction", f"unknown jurisdiction '{row['jurisdiction']}'")
    elif row.get("fips"):
        fips, padded = county_fips(row["fips"])
        if padded:
            ctx.padded_fips.add(fips)
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
        end = period_end(start, row["frequency"])
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
        bad(value_column, f"'{row.get('value', '')}' is not a number")
    if value is not None and unit is not None and unit != "percent" and value < 0:
        bad(value_column, f"negative value {row['value']} for a count in {unit}")
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
