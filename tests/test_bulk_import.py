"""Imports at bulk speed give what the row-by-row paths give: rows read by column position
against `parse_row`, SQLite's own plan and copy against the driver's, indexes rebuilt after a
large append and restored when publishing fails."""

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, inspect, select

from app.imports import attached, bulk
from app.imports.fips import counties
from app.imports.long_format import LongParser
from app.imports.observations import import_observations
from app.imports.report import ImportReport

HEADER = "fips,jurisdiction,metric,period_start,period_end,frequency,value,qualifier,source"
STAMPS = {"updated_at", "imported_at", "created_at"}  # when, not what: differ between runs


def long_file(path: Path, rows: int, seed: int = 3, year: int = 2001) -> Path:
    """`rows` valid long-format rows: county FIPS codes by month from `year`, a few citations."""
    rng = random.Random(seed)
    codes = sorted(counties())[:400]
    lines = [HEADER]
    for i in range(rows):
        month = i // len(codes)
        start = f"{year + month // 12}-{month % 12 + 1:02d}-01"
        value = f"{rng.uniform(0, 900):.1f}"
        lines.append(
            f"{codes[i % len(codes)]},,jail_bookings,{start},,month,{value},,Report {i % 3}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bump(line: str) -> str:
    """A long-format line with its value one more."""
    cells = line.split(",")
    cells[6] = f"{float(cells[6]) + 1:.1f}"
    return ",".join(cells)


def content(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table without its timestamps, sorted."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {
            name: sorted(
                tuple(repr(v) for c, v in zip(table.c, row, strict=True) if c.name not in STAMPS)
                for row in conn.execute(select(table))
            )
            for name, table in meta.tables.items()
        }


def indexes(engine: Engine) -> list[tuple[str, tuple[str | None, ...], bool]]:
    """The observation table's indexes: name, columns, unique."""
    found = inspect(engine).get_indexes("observation")
    return sorted((i["name"] or "", tuple(i["column_names"]), bool(i["unique"])) for i in found)


def _counts(report: ImportReport) -> tuple[int, int, int, int]:
    return (report.inserted, report.updated, report.unchanged, report.jurisdictions_created)


def test_the_database_plan_and_copy_equal_the_driver_path(
    fresh_engine: Callable[[], Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_MIN", 100)  # the index rebuild on a small file
    monkeypatch.setattr(attached, "CHUNK", 700)  # several copy statements
    first = long_file(tmp_path / "first.csv", 2500)
    lines = first.read_text().splitlines()
    changed = [lines[0]] + [bump(line) if i % 3 else line for i, line in enumerate(lines[1:1201])]
    new = long_file(tmp_path / "new.csv", 300, seed=4, year=1990).read_text().splitlines()[1:]
    second = tmp_path / "second.csv"  # the first 1,200 rows, a third of them changed; 300 new
    second.write_text("\n".join([*changed, *new]) + "\n")
    results = []
    for in_database in (True, False):
        monkeypatch.setattr(attached, "IN_DATABASE", in_database)
        engine = fresh_engine()
        before = indexes(engine)
        reports = [import_observations(engine, path) for path in (first, second, second)]
        assert all(r.ok for r in reports), [r.summary() for r in reports]
        assert indexes(engine) == before
        results.append(([_counts(r) for r in reports], content(engine)))
    assert results[0] == results[1]
    counts = results[0][0]
    assert counts[0][:3] == (2500, 0, 0) and counts[0][3] > 300
    assert counts[1] == (300, 800, 400, 0)
    assert counts[2] == (0, 0, 1500, 0)


def test_a_failed_publish_after_a_bulk_copy_leaves_nothing_behind(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_MIN", 100)
    path = long_file(tmp_path / "big.csv", 1200)
    before, before_indexes = content(engine), indexes(engine)

    def refuse(*_args: object) -> None:
        raise RuntimeError("audit store down")

    with pytest.raises(RuntimeError, match="audit store down"):
        import_observations(engine, path, before_commit=refuse)
    assert content(engine) == before
    assert indexes(engine) == before_indexes
    again = import_observations(engine, path)  # the staging file of the failed one is gone
    assert again.ok and again.inserted == 1200, again.summary()
    assert indexes(engine) == before_indexes


TRICKY_HEADER = HEADER + ",text_as_written"
BASE = ["", "milwaukee-county-wi", "average_daily_population", "2016-01-01", "", "quarter"]
BASE += ["2504.5", "", "A", ""]


def row(**cells: str) -> str:
    """BASE with some cells changed (by TRICKY_HEADER's names)."""
    names = TRICKY_HEADER.split(",")
    return ",".join(cells.get(name, value) for name, value in zip(names, BASE, strict=True))


VALID = [
    row(),
    row(period_start="2016-04-01", value=" 12 ", text_as_written=" about 12 "),
    row(period_start="2016-07-01", fips=" ", jurisdiction="milwaukee-county-wi ", value="1_000"),
    row(period_start="2018-01-01", qualifier=" almost "),
    row(period_start="2019-10-01") + ", ,",  # empty cells past the header's: dropped
    row(jurisdiction="", fips="6037", period_start="2016-01-01", qualifier="exact", source=""),
    row(jurisdiction="", fips="6037", period_start="2016-04-01"),  # padded FIPS, once known
    row(jurisdiction="", fips="06037", period_start="2016-07-01", source="B"),
    row(
        jurisdiction="", fips="48201", metric="jail_bookings", period_end="2016-12-31", frequency=""
    ),
    row(
        jurisdiction="", fips="48201", metric="jail_bookings", period_start="2018-01-01", value="-0"
    ),
]
INVALID = [  # each the first valid row but for one cell, so only that cell can refuse it
    *(row(value=v) for v in ("-5", "-0.5", "nan", "inf", "abc", " ", "1e999")),
    row(qualifier="roughly"),
    row(metric="nope"),
    row(jurisdiction="nowhere"),
    row(period_start="2016-13-01"),
    row(period_end="2015-01-01"),
    row(frequency="fortnight"),
    row(jurisdiction="", fips="99999"),
    ",milwaukee-county-wi,average_daily_population,2016-01-01",  # short
    row(source="A,extra"),  # a value past the header's columns (an unquoted comma)
    row(),  # a duplicate of the first row
]
TRICKY = [*VALID, *INVALID, "", *VALID[1:3]]


@pytest.mark.parametrize(
    "header",
    [HEADER, HEADER + ",__problem__", HEADER.replace("fips,jurisdiction", "jurisdiction,fips")],
)
def test_rows_read_by_position_equal_rows_checked_one_by_one(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str
) -> None:
    path = tmp_path / "tricky.csv"
    body = TRICKY + [line.replace(",A,", ",C,") for line in TRICKY]  # known cells again
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    fast = import_observations(engine, path, dry_run=True).as_dict()
    monkeypatch.setattr(LongParser, "staged", LongParser._checked)
    checked = import_observations(engine, path, dry_run=True).as_dict()
    assert fast == checked
    assert len(fast["problems"]) >= 2 * len(INVALID)  # refused: every problem named


def grid() -> list[str]:
    """Valid rows, most read by position: three places by four periods, spelt with spaces."""
    places = [{"jurisdiction": "milwaukee-county-wi "}, {"jurisdiction": "", "fips": "6037"}]
    places.append({"jurisdiction": "", "fips": " 48201"})
    periods = [{"period_start": d} for d in ("2016-01-01", "2016-04-01 ")]
    periods.append({"period_start": "2016-07-01", "period_end": "2016-09-30", "frequency": ""})
    periods.append({"period_start": "2016-01-01", "frequency": " year "})  # the first's start
    cells = {"qualifier": " almost ", "source": " B "}
    return [
        row(**place, **period, **cells, value=f" {i}.5 ", text_as_written=f" t{i} " * (i % 2))
        for i, (place, period) in enumerate(
            (place, period) for place in places for period in periods
        )
    ]


def test_rows_read_by_position_write_what_rows_checked_one_by_one_write(
    fresh_engine: Callable[[], Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "valid.csv"
    for rows in ([*VALID, *VALID[1:2]], VALID, grid()):
        path.write_text("\n".join([TRICKY_HEADER, *rows]) + "\n", encoding="utf-8")
        results = []
        for by_position in (True, False):
            monkeypatch.undo()
            if not by_position:
                monkeypatch.setattr(LongParser, "staged", LongParser._checked)
            engine = fresh_engine()
            report = import_observations(engine, path)
            results.append((report.as_dict(), content(engine)))
        assert results[0] == results[1]
        found = results[0][0]
        assert found["inserted"] == len(rows) if found["ok"] else found["problems"][0]["line"] == 12
