"""Imports: all-or-nothing, idempotent, reported, recorded as a source; bad files name the line."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from app.core.config import get_settings
from app.imports.observations import import_observations
from app.main import create_app
from tests.helpers import API, dump_tables, get_json

HEADER = "jurisdiction,fips,metric,period_start,period_end,frequency,value,qualifier,source\n"
GOOD = HEADER + (
    "milwaukee-county-wi,,average_daily_population,2016-01-01,,quarter,2504.5,,County jail report 2016\n"
    "milwaukee-county-wi,,average_daily_population,2016-04-01,2016-06-30,,2450,approximately,County jail report 2016\n"
    ",48201,jail_bookings,2016-01-01,,year,100000,more_than,\n"
)


def write(tmp_path: Path, text: str | bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def test_import_writes_rows_with_provenance_and_creates_jurisdictions_from_fips(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = import_observations(engine, write(tmp_path, GOOD))
    assert report.ok, report.summary()
    assert (report.rows, report.inserted, report.jurisdictions_created) == (3, 3, 1)
    monkeypatch.setattr(
        get_settings(), "database_url", str(engine.url.render_as_string(hide_password=False))
    )
    with TestClient(create_app()) as client:
        harris = get_json(client, f"{API}/jurisdictions/harris-county-tx")["data"]
        assert (harris["name"], harris["fips"], harris["state"], harris["has_profile"]) == (
            "Harris County",
            "48201",
            "TX",
            False,
        )
        obs = get_json(
            client,
            f"{API}/observations?jurisdiction=milwaukee-county-wi&metric=average_daily_population&include=source",
        )["data"]
        assert [(o["period_start"], o["period_end"], o["value"], o["qualifier"]) for o in obs] == [
            ("2016-01-01", "2016-03-31", 2504.5, "exact"),
            ("2016-04-01", "2016-06-30", 2450, "approximately"),
        ]
        assert obs[0]["frequency"] == "quarter"
        assert obs[0]["text_as_written"] == "2504.5"
        source = obs[0]["source"]
        assert source["passage"] == "County jail report 2016"
        assert source["document"]["kind"] == "import_file"
        assert source["document"]["title"] == "data.csv"
        assert source["document"]["row_count"] == 3
        assert len(source["document"]["sha256"]) == 64


def test_reimport_changes_nothing_and_correction_updates_only_what_changed(
    engine: Engine, tmp_path: Path
) -> None:
    path = write(tmp_path, GOOD)
    import_observations(engine, path)
    before = dump_tables(engine)
    again = import_observations(engine, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    assert dump_tables(engine) == before
    corrected = import_observations(
        engine, write(tmp_path, GOOD.replace(",2450,", ",2451,"), "fixed.csv")
    )
    assert (corrected.inserted, corrected.updated, corrected.unchanged) == (0, 1, 2)


def _passages(engine: Engine, monkeypatch: pytest.MonkeyPatch, query: str) -> list[str]:
    """The source passage of each observation a list query returns, through the API."""
    url = str(engine.url.render_as_string(hide_password=False))
    monkeypatch.setattr(get_settings(), "database_url", url)
    with TestClient(create_app()) as client:
        found = get_json(client, f"{API}/observations?{query}&include=source")["data"]
    return [o["source"]["passage"] for o in found]


def test_a_corrected_citation_alone_updates_the_row(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_observations(engine, write(tmp_path, GOOD))
    recited = GOOD.replace("County jail report 2016\n", '"County jail report 2016, table 3"\n', 1)
    corrected = import_observations(engine, write(tmp_path, recited, "recited.csv"))
    assert (corrected.inserted, corrected.updated, corrected.unchanged) == (0, 1, 2)
    milwaukee = "jurisdiction=milwaukee-county-wi&metric=average_daily_population"
    assert _passages(engine, monkeypatch, milwaukee) == [
        "County jail report 2016, table 3",
        "County jail report 2016",
    ]
    uncited = recited.replace(',"County jail report 2016, table 3"\n', ",\n")
    again = import_observations(engine, write(tmp_path, uncited, "uncited.csv"))
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 2)
    assert _passages(engine, monkeypatch, milwaukee)[0] == "Rows of the imported file uncited.csv"


def test_a_file_repeating_a_figure_that_cites_the_source_material_keeps_its_passage(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "milwaukee-county-wi/jail_bookings/2015-01-01/2015-12-31"
    with engine.begin() as conn:  # a figure keyed as a file's rows are, citing a page
        conn.execute(
            text(
                "INSERT INTO observation (key, jurisdiction_id, metric_key, period_start,"
                " period_end, frequency, value, qualifier, status, text_as_written, source_id)"
                " SELECT :key, id, 'jail_bookings', '2015-01-01', '2015-12-31', 'year', 33500,"
                " 'exact', 'reported', '33,500', 'milwaukee-county-wi-bookings-2015'"
                " FROM jurisdiction WHERE slug = 'milwaukee-county-wi'"
            ),
            {"key": key},
        )
    query = "jurisdiction=milwaukee-county-wi&metric=jail_bookings&from=2015-01-01&to=2015-12-31"
    before = _passages(engine, monkeypatch, query)
    header = "jurisdiction,metric,period_start,period_end,frequency,value,text_as_written,source\n"
    row = 'milwaukee-county-wi,jail_bookings,2015-01-01,2015-12-31,year,33500,"33,500",Fact sheet\n'
    report = import_observations(engine, write(tmp_path, header + row))
    assert (report.inserted, report.updated, report.unchanged) == (0, 0, 1)
    assert _passages(engine, monkeypatch, query) == before


def test_an_import_deletes_staging_files_that_gone_processes_left(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    left = tmp_path / f"sjc-import-{gone}-x1.sqlite"  # killed midway: its process is gone
    kept = [f"sjc-import-{os.getpid()}-x2.sqlite", "sjc-import-1-x3.sqlite", "sjc-import-x4.sqlite"]
    for name in [left.name, *kept]:
        (tmp_path / name).write_bytes(b"staged rows")
    assert import_observations(engine, write(tmp_path, GOOD)).ok
    assert sorted(p.name for p in tmp_path.glob("sjc-import-*")) == sorted(kept)


def test_dry_run_reports_and_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    before = dump_tables(engine)
    report = import_observations(engine, write(tmp_path, GOOD), dry_run=True)
    assert report.ok and report.inserted == 3
    assert dump_tables(engine) == before


CORPUS = [
    (
        "bad date",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-13-01,,year,5,,\n",
        [(2, "period_start", "ISO date")],
    ),
    (
        "end before start",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-02-01,2016-01-01,,5,,\n",
        [(2, "period_end", "before")],
    ),
    (
        "unknown metric",
        HEADER + "milwaukee-county-wi,,jail_bookingz,2016-01-01,,year,5,,\n",
        [(2, "metric", "unknown metric")],
    ),
    (
        "negative count",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,-5,,\n",
        [(2, "value", "negative")],
    ),
    (
        "text in number",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,about 5,,\n",
        [(2, "value", "not a number")],
    ),
    (
        "not finite",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,nan,,\n",
        [(2, "value", "not a number")],
    ),
    (
        "bad qualifier",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,5,roughly,\n",
        [(2, "qualifier", "roughly")],
    ),
    (
        "unknown jurisdiction",
        HEADER + "atlantis,,jail_bookings,2016-01-01,,year,5,,\n",
        [(2, "jurisdiction", "atlantis")],
    ),
    (
        "unknown fips",
        HEADER + ",99999,jail_bookings,2016-01-01,,year,5,,\n",
        [(2, "fips", "99999")],
    ),
    (
        "bad frequency",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,fortnight,5,,\n",
        [(2, "frequency", "fortnight")],
    ),
    (
        "duplicate rows",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,5,,\n" * 2,
        [(3, "period_start", "duplicate")],
    ),
    (
        "unquoted comma",
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,5,,Report, table 3\n",
        [(2, "10", "'table 3' is past the header's 9 columns")],
    ),
    ("empty file", "", [(1, "-", "empty file")]),
    ("header only", HEADER, [(2, "-", "no data rows")]),
    (
        "missing columns",
        "jurisdiction,metric,value\nmilwaukee-county-wi,jail_bookings,5\n",
        [(1, "-", "missing columns: period_start, period_end or frequency")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_malformed_files_are_refused_with_line_numbers_and_no_write(
    engine: Engine, tmp_path: Path, name: str, text: str, expected: list[tuple[int, str, str]]
) -> None:
    good_first = name not in ("empty file", "header only", "missing columns")
    if good_first:  # a valid row first: it must not be written either
        text = text.replace(
            HEADER, HEADER + "milwaukee-county-wi,,jail_bookings,2017-01-01,,year,7,,\n", 1
        )
        expected = [(line + 1, column, reason) for line, column, reason in expected]
    before = dump_tables(engine)
    report = import_observations(engine, write(tmp_path, text))
    assert not report.ok
    got = [(p.line, p.column, p.reason) for p in report.problems]
    for line, column, fragment in expected:
        assert any(g[0] == line and g[1] == column and fragment in g[2] for g in got), got
    assert dump_tables(engine) == before
    count = len(report.problems)
    assert f"refused, nothing written ({count} problem{'' if count == 1 else 's'})" in (
        report.summary()
    )


def test_problems_are_named_in_line_order_with_every_repeat(engine: Engine, tmp_path: Path) -> None:
    # Duplicates are found in one query after the rows are staged, yet they are reported
    # among the other problems in file order, each repeat by its own line.
    row = "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,5,,\n"
    bad = "milwaukee-county-wi,,jail_bookings,2016-13-01,,year,5,,\n"
    other = "milwaukee-county-wi,,jail_bookings,2017-01-01,,year,6,,\n"
    report = import_observations(engine, write(tmp_path, HEADER + row + bad + row + other + row))
    got = [(p.line, p.column) for p in report.problems]
    assert got == [(3, "period_start"), (4, "period_start"), (6, "period_start")]
    assert ["duplicate" in p.reason for p in report.problems] == [False, True, True]
    assert report.rows == 5


def test_wrong_encoding_is_refused(engine: Engine, tmp_path: Path) -> None:
    text = (
        HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,5,,Informe de la Comisión\n"
    ).encode("latin-1")
    before = dump_tables(engine)
    report = import_observations(engine, write(tmp_path, text))
    assert [p.reason for p in report.problems] == ["not UTF-8 text: save the file as UTF-8"]
    assert dump_tables(engine) == before


def test_cli_import_exit_codes(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    bad = write(tmp_path, HEADER + "milwaukee-county-wi,,jail_bookings,2016-01-01,,year,-1,,\n")
    assert main(["import", "observations", str(bad)]) == 2
    assert "line 2, column 'value'" in capsys.readouterr().err
    good = write(
        tmp_path, HEADER + "milwaukee-county-wi,,jail_bookings,2019-01-01,,year,1,,\n", "ok.csv"
    )
    assert main(["import", "observations", str(good), "--dry-run"]) == 0
    assert "would import 1 rows: 1 inserted" in capsys.readouterr().out


DAILY = (
    "fips,date,jail_population,county_name,state_name,urbanicity,reporting_jurisdictions,"
    "resident_population,jail_incarceration_rate_per_100k\n"
)


def test_daily_layout_is_detected_and_served_as_quarterly_adp(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [DAILY]
    for day in range(1, 32):  # January: 31 days reported
        rows.append(
            f"55079,2016-01-{day:02d},{2000 + day},Milwaukee County,Wisconsin,urban,1,950000,\n"
        )
    rows.append("55079,2016-02-01,NA,Milwaukee County,Wisconsin,urban,1,950000,\n")  # not reported
    rows.append("55079,2016-02-02,2100,Milwaukee County,Wisconsin,urban,1,950000,\n")
    report = import_observations(engine, write(tmp_path, "".join(rows)))
    assert report.ok, report.summary()
    assert report.inserted == 33  # 32 daily counts + one resident population for 2016
    monkeypatch.setattr(
        get_settings(), "database_url", str(engine.url.render_as_string(hide_password=False))
    )
    with TestClient(create_app()) as client:
        body = get_json(
            client,
            "/api/v1/jurisdictions/milwaukee-county-wi/series/average_daily_population?interval=quarter&from=2016-01-01&to=2016-03-31",
        )
        [q1] = body["data"]
        expected = (sum(2000 + d for d in range(1, 32)) + 2100) / 32
        assert q1["value"] == pytest.approx(expected)
        assert q1["coverage"] == round(32 / 91, 4)
        assert q1["observations"] == 32
        rate = get_json(
            client,
            "/api/v1/jurisdictions/milwaukee-county-wi/series/average_daily_population?interval=month&from=2016-01-01&to=2016-01-31&transform=per_100k",
        )
        assert rate["data"][0]["value"] == pytest.approx(
            (sum(2000 + d for d in range(1, 32)) / 31) / 950000 * 100000
        )


def test_daily_layout_refuses_conflicting_population(engine: Engine, tmp_path: Path) -> None:
    text = (
        DAILY
        + "55079,2016-01-01,2000,M,W,urban,1,950000,\n55079,2016-01-02,2001,M,W,urban,1,951000,\n"
    )
    before = dump_tables(engine)
    report = import_observations(engine, write(tmp_path, text))
    assert [(p.line, p.column) for p in report.problems] == [(3, "resident_population")]
    assert dump_tables(engine) == before


def test_daily_file_as_spreadsheets_write_it_is_accepted(engine: Engine, tmp_path: Path) -> None:
    # The published layout after a round trip through a spreadsheet or pandas: county FIPS
    # codes lose their leading zero (1001 for Autauga County, AL) or become floats (6037.0),
    # counts become integer-valued floats, missing cells are NA or empty (synthetic values).
    text = (
        DAILY
        + "1001,2020-01-01,174,Autauga County,Alabama,rural,1,55869,311.44\n"
        + "1001,2020-01-02,175.0,Autauga County,Alabama,rural,1,55869.0,313.23\n"
        + "1001,2020-01-03,NA,Autauga County,Alabama,rural,1,55869,\n"
        + "6037.0,2020-01-01,15000,Los Angeles County,California,urban,1,10039107,149.41\n"
        + "55079,2020-01-01,,Milwaukee County,Wisconsin,urban,1,950000,\n"
    )
    report = import_observations(engine, write(tmp_path, text))
    assert report.ok, report.summary()
    assert report.fips_padded == 2
    assert "2 county FIPS codes given without their leading zero were padded" in report.summary()
    assert report.jurisdictions_created == 2
    with engine.connect() as conn:
        codes = {r[0] for r in conn.exec_driver_sql("SELECT fips FROM jurisdiction")}
    assert {"01001", "06037"} <= codes and "1001" not in codes


def test_each_problem_is_reported_once(engine: Engine, tmp_path: Path) -> None:
    text = (
        DAILY
        + "99999,2020-01-01,10,Nowhere,Nowhere,rural,1,1000,\n"
        + "99999,2020-01-02,11,Nowhere,Nowhere,rural,1,1000,\n"
    )
    report = import_observations(engine, write(tmp_path, text))
    lines = [(p.line, p.column) for p in report.problems]
    assert lines == [(2, "fips"), (3, "fips")]
