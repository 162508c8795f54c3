"""Imports over HTTP: POST /api/v1/imports answers 202 with a job to poll; the job validates in
full, reports progress, and ends with the CLI's report; all or nothing; in the audit log."""

import json
import re
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.imports.progress import Progress, count_rows
from tests.conftest import WriteEnv
from tests.helpers import API

FIXTURES = Path(__file__).with_name("fixtures")
TABLE = FIXTURES / "county_period_quarterly.csv"
DAILY = (
    "fips,date,jail_population,county_name,state_name,urbanicity,reporting_jurisdictions,"
    "resident_population,jail_incarceration_rate_per_100k\n"
    + "".join(
        f"55079,2021-01-{day:02d},{2000 + day},Milwaukee County,Wisconsin,urban,1,939489,\n"
        for day in range(1, 29)
    )
)


def _poll(env: WriteEnv, location: str) -> dict[str, Any]:
    """Poll a job until it ends; every answer on the way is a well-formed job."""
    seen: list[float] = []
    for _ in range(300):
        response = env.client.get(location, headers=env.auth("admin"))
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "private, no-store"
        job = response.json()["data"]
        seen.append(job["progress"]["percent"])
        if job["status"] not in ("queued", "running"):
            assert "retry-after" not in response.headers
            assert seen == sorted(seen), "progress never goes back"
            return dict(job)
        assert response.headers["retry-after"] == "1"
        time.sleep(0.05)
    raise AssertionError("the job did not end")


def _upload(env: WriteEnv, name: str, content: bytes, **form: str) -> Any:
    return env.client.post(
        f"{API}/imports",
        files={"file": (name, content, "text/csv")},
        data=form,
        headers=env.auth("admin"),
    )


def test_a_table_uploaded_over_http_imports_as_the_cli_does(write_env: WriteEnv) -> None:
    created = _upload(write_env, TABLE.name, TABLE.read_bytes())
    assert created.status_code == 202, created.text
    job = created.json()["data"]
    assert created.headers["location"] == f"{API}/imports/{job['id']}"
    assert job["status"] in ("queued", "running") and job["file"] == TABLE.name
    assert job["size"] == TABLE.stat().st_size and job["actor"] == "admin"

    done = _poll(write_env, created.headers["location"])
    assert done["status"] == "succeeded", done
    assert done["progress"] == {
        "phase": "done",
        "rows_total": 6,
        "rows_checked": 6,
        "rows_written": 60,
        "rows_to_write": 60,
        "percent": 100.0,
    }
    report = done["report"]
    assert report["ok"] and report["inserted"] == 60 and report["rows"] == 60
    assert report["layout"] == "county-period table (mapped)"
    cli = subprocess.run(
        [str(Path(sys.executable).parent / "sjc-api"), "import", "observations", str(TABLE),
         "--json", "--dry-run"],
        env={"SJC_DATABASE_URL": write_env.url, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    again = json.loads(cli.stdout)
    assert again["sha256"] == report["sha256"] and again["unchanged"] == 60

    series = write_env.client.get(
        f"{API}/observations?metric=average_daily_population&jurisdiction=autauga-county-al"
    ).json()["data"]
    assert len(series) == 3  # of its four quarters in the fixture, one has no count
    audit = write_env.client.get(
        f"{API}/audit?resource=imports", headers=write_env.auth("auditor")
    ).json()["data"]
    [event] = [e for e in audit if e["key"] == done["id"]]
    assert event["action"] == "import" and event["actor"] == "admin"
    assert event["after"]["inserted"] == 60


def test_a_refused_file_writes_nothing_and_reports_each_problem_once(
    write_env: WriteEnv,
) -> None:
    before = write_env.client.get(f"{API}/").json()["data"]["dataset_version"]
    bad = DAILY.replace("2021-01-05,2005", "2021-01-05,lots").replace(
        "2021-01-06,2006", "2021-01-06,-3"
    )
    created = _upload(write_env, "daily.csv", bad.encode())
    done = _poll(write_env, created.headers["location"])
    assert done["status"] == "refused" and done["report"]["ok"] is False
    assert [p["line"] for p in done["report"]["problems"]] == [6, 7]
    assert done["progress"]["rows_written"] == 0
    assert write_env.client.get(f"{API}/").json()["data"]["dataset_version"] == before
    dry = _poll(
        write_env,
        _upload(write_env, "daily.csv", DAILY.encode(), dry_run="true").headers["location"],
    )
    assert dry["status"] == "succeeded" and dry["dry_run"] is True
    # 28 daily counts and the county's resident population, checked and planned, not written
    assert dry["report"]["inserted"] == 29 and dry["progress"]["rows_written"] == 0
    assert write_env.client.get(f"{API}/").json()["data"]["dataset_version"] == before


def test_uploads_are_checked_before_any_job(write_env: WriteEnv) -> None:
    client = write_env.client
    anonymous = client.post(f"{API}/imports", files={"file": ("a.csv", b"x", "text/csv")})
    assert anonymous.status_code == 401
    writer = client.post(
        f"{API}/imports", files={"file": ("a.csv", b"x", "text/csv")}, headers=write_env.auth()
    )
    assert writer.status_code == 403
    missing = client.post(f"{API}/imports", data={"x": "y"}, headers=write_env.auth("admin"))
    assert missing.status_code == 422
    assert "file" in json.dumps(missing.json()["errors"])
    empty = _upload(write_env, "a.csv", b"")
    assert empty.status_code == 422 and empty.json()["errors"][0]["pointer"] == "/file"
    _unreadable_files_are_refused_at_upload(write_env)
    empty_flag = _upload(write_env, TABLE.name, TABLE.read_bytes(), dry_run="")
    assert empty_flag.status_code == 422
    assert empty_flag.json()["errors"][0]["pointer"] == "/dry_run"
    assert empty_flag.json()["code"] == "validation_error"
    bad_mapping = write_env.client.post(
        f"{API}/imports",
        files={"file": ("t.csv", TABLE.read_bytes(), "text/csv"), "mapping": ("m.yaml", b"- 1")},
        headers=write_env.auth("admin"),
    )
    assert bad_mapping.status_code == 422
    assert bad_mapping.json()["errors"][0]["pointer"] == "/mapping"
    not_text = write_env.client.post(
        f"{API}/imports",
        files={"file": ("t.csv", TABLE.read_bytes()), "mapping": ("m.yaml", b"\xff\xfe\x00")},
        headers=write_env.auth("admin"),
    )
    assert not_text.status_code == 422
    detail = not_text.json()["errors"][0]["detail"]
    assert detail.startswith("m.yaml: not a usable mapping file") and "/tmp" not in detail
    unknown = client.get(f"{API}/imports/{'0' * 32}", headers=write_env.auth("admin"))
    assert unknown.status_code == 404
    forged = client.get(f"{API}/imports/..%2Faudit", headers=write_env.auth("admin"))
    assert forged.status_code in (404, 422)


def _unreadable_files_are_refused_at_upload(env: WriteEnv) -> None:
    """A file whose header no layout reads is a 422 naming `/file`, with no job and no file
    kept: it could only be refused."""
    uploads = env.client.app.state.settings.data_dir / "imports"  # type: ignore[attr-defined]
    kept = set(uploads.glob("*")) if uploads.exists() else set()
    for content, reason in [
        (b"false", "missing columns: metric, period_start, value"),
        (b"{}\n1,2\n", "missing columns"),
        (b"metric,value\n", "jurisdiction or fips"),
        (b",".join([b"column"] * 1000), "column, column, column"),  # quoted in part
        ("m\u00e9tric,value\n".encode("latin-1"), "not UTF-8 text"),
        (b'"' + b"x" * 200_000 + b'"\n', "not readable as CSV (field larger than field limit"),
    ]:
        refused = _upload(env, "a.csv", content)
        assert refused.status_code == 422, (content, refused.text)
        [error] = refused.json()["errors"]
        assert error["pointer"] == "/file" and error["detail"].startswith("Line 1: ")
        assert reason in error["detail"] and len(error["detail"]) < 500, (content, error)
    assert (set(uploads.glob("*")) if uploads.exists() else set()) == kept


def test_the_cli_draws_a_progress_bar_on_request(write_env: WriteEnv) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "sjc-api"), "import", "observations", str(TABLE),
         "--dry-run", "--progress"],
        env={"SJC_DATABASE_URL": write_env.url, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    frames = [f for f in re.split(r"[\r\n]", done.stderr) if f]
    assert frames[-1].startswith("[" + "#" * 30 + "] 100.0% done 6 of 6 rows")
    assert any(" validating " in f for f in frames) and any(" planning " in f for f in frames)
    quiet = subprocess.run(
        [str(Path(sys.executable).parent / "sjc-api"), "import", "observations", str(TABLE),
         "--dry-run"],
        env={"SJC_DATABASE_URL": write_env.url, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "%" not in quiet.stderr  # not a terminal: no bar unless asked


def test_progress_counts_rows_and_never_reaches_100_before_done(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n1,2\n3,4")  # no final newline
    assert count_rows(path) == 2
    path.write_bytes(b"a,b\n")
    assert count_rows(path) == 0
    start = Progress(phase="validating", rows_total=1000)
    checked = replace(start, phase="planning", rows_checked=1000)
    planned = replace(checked, phase="writing", rows_planned=1000, rows_to_write=10)
    written = replace(planned, rows_written=10)
    percents = [p.percent for p in (start, checked, planned, written)]
    assert percents == sorted(percents) and percents[0] == 0.0 and percents[-1] == 99.9
    assert replace(written, phase="done").percent == 100.0
