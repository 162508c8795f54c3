"""Reading import files: the long format and the daily-counts layout, row by row, each row
checked with every problem named by line, column and reason."""

import csv
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.imports.fips import jurisdiction_for
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


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Long-format rows; a daily-counts file (detected by its header) is translated row by row."""
    line = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            header = list(reader.fieldnames or [])
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
    county = county_fips(row["fips"])[0]
    seen = population.get((county, year))
    if seen is None:
        population[(county, year)] = row["resident_population"]
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
    elif not _same_number(seen, row["resident_population"]):
        yield (
            line,
            {
                "__problem__": "resident_population",
                "reason": f"{row['resident_population']} differs from {seen} given earlier for {year}",
            },
        )


def _same_number(a: str, b: str) -> bool:
    """`55869` and `55869.0` are the same population."""
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b


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


_WHOLE_NUMBER = re.compile(r"^(\d+)(?:\.0*)?$")


def county_fips(raw: str) -> tuple[str, bool]:
    """A county FIPS code as published: spreadsheets, R and pandas drop the leading zero
    (`1001` for 01001) and may write it as a float (`1001.0`). Returns the 5-digit code and
    whether it had to be padded; anything else is returned as given (and refused later)."""
    match = _WHOLE_NUMBER.match(raw.strip())
    if match is None or len(match.group(1)) not in (4, 5):
        return raw, False
    digits = match.group(1)
    return digits.zfill(5), len(digits) == 4


def parse_row(
    line: int, row: dict[str, str], ctx: Context, problems: list[Problem]
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
