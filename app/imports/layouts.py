"""The file layouts the field publishes, each translated row by row into long-format rows:
daily jail counts by county, and county-by-period wide tables read through a mapping file
(column -> metric). Published rates are recomputed and disagreements reported as notes."""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.imports.fips import county_fips

MISSING = ("", "NA", "N/A", "NaN", "null")
SHIPPED_MAPPINGS = Path(__file__).with_name("mappings")
Rows = Iterator[tuple[int, dict[str, str]]]
DAILY_REQUIRED = ("fips", "date", "jail_population")
RATE_TOLERANCE = 0.005  # a published rate may differ from the recomputed one by rounding only


class MappedColumn(BaseModel):
    """What one value column of a wide table is: a metric (defined here if it is new)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    metric: str = Field(pattern=r"^[a-z0-9_]+$", max_length=100)
    name: str | None = Field(default=None, max_length=300)
    unit: str | None = Field(default=None, max_length=100)
    universe: str | None = Field(default=None, max_length=2000)
    description: str | None = Field(default=None, max_length=2000)


class RateCheck(BaseModel):
    """A published per-100k rate column, recomputed from a count and a population column."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    column: str
    count: str
    population: str


class Mapping(BaseModel):
    """A mapping file: how a county-by-period table's columns become observations."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    detect: tuple[str, ...] = Field(min_length=1)
    fips: str
    year: str
    quarter: str | None = None
    citation: str
    columns: dict[str, MappedColumn] = Field(min_length=1)
    checks: tuple[RateCheck, ...] = ()

    def matches(self, header: list[str]) -> bool:
        """True when a header has the detecting, FIPS and year columns and at least one mapped
        column."""
        needed = {*self.detect, self.fips, self.year}
        return needed <= set(header) and bool(set(self.columns) & set(header))

    def definitions(self) -> list[dict[str, Any]]:
        """The metrics this mapping defines (created by an import when missing)."""
        return [
            c.model_dump(exclude_none=True)
            for c in self.columns.values()
            if c.name and c.unit and c.description
        ]


class MappingError(ValueError):
    """A mapping file that cannot be used (its path and what is wrong)."""


def load_mapping(path: Path, name: str | None = None) -> Mapping:
    """Read and validate a mapping file (`name` labels it in errors; default: its path)."""
    import yaml  # loaded by the first mapping read, not by every serving worker (memory)

    try:
        return Mapping.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValidationError) as exc:
        raise MappingError(f"{name or path}: not a usable mapping file ({exc})") from None


@cache
def shipped_mappings() -> tuple[Mapping, ...]:
    """The mappings shipped with the project (app/imports/mappings/)."""
    return tuple(load_mapping(p) for p in sorted(SHIPPED_MAPPINGS.glob("*.yaml")))


@dataclass
class Layout:
    """How to read one file: `daily`, `wide` (with its mapping) or `long`."""

    kind: str
    mapping: Mapping | None = None


def detect(header: list[str], mappings: tuple[Mapping, ...]) -> Layout:
    """The layout a header says the file has (a long-format file names its `metric` column)."""
    if "metric" not in header and set(DAILY_REQUIRED) <= set(header):
        return Layout("daily")
    if "metric" not in header:
        for mapping in mappings:
            if mapping.matches(header):
                return Layout("wide", mapping)
    return Layout("long")


def _number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def rate_note(column: str, published: str, count: str, population: str) -> dict[str, str] | None:
    """A note when a published per-100k rate disagrees with count / population x 100,000."""
    if published in MISSING or count in MISSING or population in MISSING:
        return None
    rate, people, residents = _number(published), _number(count), _number(population)
    if rate is None or people is None or not residents:
        return None
    computed = people / residents * 100_000
    if abs(computed - rate) <= max(0.01, RATE_TOLERANCE * abs(computed)):
        return None
    return {
        "__note__": column,
        "reason": f"published rate {published} disagrees with {count} / {population} x 100,000 "
        f"= {computed:.2f}; the rate is not stored (transform=per_100k recomputes it)",
    }


def daily_rows(
    line: int, row: dict[str, str], years: dict[tuple[str, str], str], name: str
) -> Rows:
    """One daily-count row -> a one-day ADP observation, plus the county's resident population
    once per calendar year (a different population later in the same year is refused)."""
    citation = f"Daily jail counts by county ({name})"
    if row["jail_population"] not in MISSING:
        yield line, {
            "fips": row["fips"], "metric": "average_daily_population",
            "period_start": row["date"], "frequency": "day",
            "value": row["jail_population"], "source": citation,
        }  # fmt: skip
    published = row.get("jail_incarceration_rate_per_100k", "")
    population = row.get("resident_population", "")
    if note := rate_note(
        "jail_incarceration_rate_per_100k", published, row["jail_population"], population
    ):
        yield line, note
    year = row["date"][:4]
    if population in MISSING or not year.isdigit():
        return
    county = county_fips(row["fips"])[0]
    seen = years.get((county, year))
    if seen is None:
        years[(county, year)] = population
        yield line, {
            "fips": row["fips"], "metric": "resident_population",
            "period_start": f"{year}-01-01", "frequency": "year",
            "value": population, "source": citation,
        }  # fmt: skip
    elif _number(seen) != _number(population):
        yield (
            line,
            {
                "__problem__": "resident_population",
                "reason": f"{population} differs from {seen} given earlier for {year}",
            },
        )


def wide_rows(line: int, row: dict[str, str], mapping: Mapping) -> Rows:
    """One county-period row -> one observation per mapped value column with a value."""
    year, quarter = row[mapping.year], row.get(mapping.quarter or "", "")
    if quarter not in MISSING:
        if quarter not in ("1", "2", "3", "4") or not year.isdigit():
            yield (
                line,
                {
                    "__problem__": mapping.quarter or "quarter",
                    "reason": f"'{quarter}' is not a quarter (1-4)",
                },
            )
            return
        start, frequency = f"{year}-{3 * int(quarter) - 2:02d}-01", "quarter"
    else:
        start, frequency = f"{year}-01-01", "year"
    for column, target in mapping.columns.items():
        value = row.get(column, "")
        if value in MISSING:
            continue
        yield line, {
            "fips": row[mapping.fips], "metric": target.metric, "period_start": start,
            "frequency": frequency, "value": value, "source": mapping.citation,
            "__column__": column,
        }  # fmt: skip
    for check in mapping.checks:
        note = rate_note(check.column, row.get(check.column, ""), row.get(check.count, ""),
                         row.get(check.population, ""))  # fmt: skip
        if note:
            yield line, note
