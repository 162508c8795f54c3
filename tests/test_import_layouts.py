"""Published layouts imported as downloaded (fixture files with synthetic values in the real
layouts, tests/fixtures/): a county-by-quarter table read through the shipped mapping, a
daily file with extra and reordered columns; published rates cross-checked; the result read
back over HTTP as a quarterly per-100k series that pandas types correctly."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.core.config import get_settings
from app.imports.layouts import load_mapping
from app.imports.observations import import_observations
from app.main import create_app
from tests.helpers import dump_tables

FIXTURES = Path(__file__).with_name("fixtures")
TABLE = FIXTURES / "county_period_quarterly.csv"
NEW_METRICS = [
    "average_daily_population_aapi", "average_daily_population_black",
    "average_daily_population_female", "average_daily_population_latinx",
    "average_daily_population_male", "average_daily_population_native",
    "average_daily_population_white", "jail_rated_capacity",
    "pretrial_average_daily_population", "resident_population_15_to_64",
]  # fmt: skip


def test_a_county_period_table_imports_through_the_shipped_mapping(
    engine: Engine, fresh_url: str
) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "sjc-api"), "import", "observations", str(TABLE), "--json"],
        env={"SJC_DATABASE_URL": fresh_url, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["layout"] == "county-period table (mapped)"
    assert report["rows"] == 60 and report["inserted"] == 60
    assert report["metrics_created"] == NEW_METRICS
    assert report["jurisdictions_created"] == 1 and report["fips_padded"] == 1
    assert [(n["line"], n["column"]) for n in report["notes"]] == [(4, "total_jail_pop_rate")]
    assert "= 527.78" in report["notes"][0]["reason"]


def test_the_table_becomes_a_quarterly_per_100k_series_pandas_reads_typed(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert import_observations(engine, TABLE).ok
    monkeypatch.setattr(
        get_settings(), "database_url", engine.url.render_as_string(hide_password=False)
    )
    with TestClient(create_app()) as client:
        response = client.get(
            "/api/v1/jurisdictions/autauga-county-al/series/average_daily_population.csv"
            "?interval=quarter&from=2019-01-01&to=2019-12-31&transform=per_100k"
        )
        assert response.status_code == 200, response.text
        frame = pd.read_csv(io.StringIO(response.text), parse_dates=["period_start", "period_end"])
        assert str(frame["value"].dtype) == "float64"
        assert str(frame["period_start"].dtype).startswith("datetime64")
        assert str(frame["missing"].dtype) == "bool"
        assert list(frame["period"]) == ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"]
        expected = [180 / 55869 * 1e5, 171 / 55869 * 1e5, 190 / 55869 * 1e5]
        assert list(frame["value"][:3]) == pytest.approx(expected)
        assert pd.isna(frame["value"][3]) and bool(frame["missing"][3])
        female = client.get(
            "/api/v1/jurisdictions/milwaukee-county-wi/series/average_daily_population_female"
            "?interval=quarter&from=2019-01-01&to=2019-06-30"
        ).json()
        assert [b["value"] for b in female["data"]] == [200, 190]
        assert female["meta"]["unit"] == "people"


def test_a_bad_cell_refuses_the_whole_table_naming_its_column(
    engine: Engine, tmp_path: Path
) -> None:
    text = TABLE.read_text().replace("2100,1500", "2100,many")
    before = dump_tables(engine)
    report = import_observations(engine, _write(tmp_path, text))
    assert [(p.line, p.column) for p in report.problems] == [(6, "total_jail_pretrial")]
    assert dump_tables(engine) == before  # no metric, jurisdiction or row written


def test_a_value_past_the_header_refuses_the_table_naming_its_cell(
    engine: Engine, tmp_path: Path
) -> None:
    lines = TABLE.read_text().splitlines()
    lines[5] += ",a note"  # line 6, one cell more than the header has
    before = dump_tables(engine)
    report = import_observations(engine, _write(tmp_path, "\n".join(lines) + "\n"))
    width = len(lines[0].split(","))
    assert [(p.line, p.column) for p in report.problems] == [(6, str(width + 1))]
    assert "'a note' is past the header's" in report.problems[0].reason
    assert dump_tables(engine) == before


def test_a_mapping_file_chooses_columns_and_must_define_new_metrics(
    engine: Engine, tmp_path: Path
) -> None:
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        "name: my table\ndetect: [county, yr]\nfips: county\nyear: yr\ncitation: My table\n"
        "columns:\n  adp: {metric: average_daily_population}\n  beds: {metric: bed_count}\n"
    )
    data = _write(tmp_path, "county,yr,adp,beds\n55079,2018,2200,3000\n")
    report = import_observations(engine, data, mappings=(load_mapping(mapping),))
    assert [(p.line, p.column) for p in report.problems] == [(1, "beds")]
    assert "does not define it" in report.problems[0].reason
    mapping.write_text(mapping.read_text().replace("  beds: {metric: bed_count}\n", ""))
    report = import_observations(engine, data, mappings=(load_mapping(mapping),))
    assert report.ok and report.inserted == 1 and report.layout == "my table (mapped)"


def test_a_daily_file_with_extra_and_reordered_columns_is_read_and_rates_checked(
    engine: Engine, tmp_path: Path
) -> None:
    text = (
        "date,fips,jail_population,resident_population,jail_incarceration_rate_per_100k,notes\n"
        "2020-01-01,1001,174,55869,311.44,first\n"
        "2020-01-02,1001,175,55869,400.00,typo in the rate\n"
    )
    report = import_observations(engine, _write(tmp_path, text))
    assert report.ok, report.summary()
    assert report.layout == "daily" and report.inserted == 3
    assert [(n.line, n.column) for n in report.notes] == [(3, "jail_incarceration_rate_per_100k")]
    assert "1 notes (the import is not refused for them)" in report.summary()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "table.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_table_without_the_mappings_fips_or_year_column_is_not_read_with_it(
    engine: Engine, tmp_path: Path
) -> None:
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        "name: my table\ndetect: [county]\nfips: county\nyear: yr\ncitation: My table\n"
        "columns:\n  adp: {metric: average_daily_population}\n"
    )
    data = _write(tmp_path, "county,adp\n55079,2200\n")  # no `yr` column
    report = import_observations(engine, data, mappings=(load_mapping(mapping),))
    assert report.layout == "long" and not report.ok
    assert [(p.line, p.column) for p in report.problems] == [(1, "-")]
    assert "missing columns" in report.problems[0].reason
