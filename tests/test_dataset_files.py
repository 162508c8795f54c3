"""The whole dataset as files a researcher opens with its types: the Frictionless
datapackage.json describes every CSV export (each described type holds for every cell, and
pandas reads each file with the types it declares), and the dated SQLite snapshot holds every
public table and no private one."""

import csv
import io
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi.testclient import TestClient

from tests.conftest import WriteEnv
from tests.helpers import API, get_json

PANDAS_TYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}


def _holds(kind: str, cell: str) -> bool:
    parse = {
        "integer": int, "number": float, "date": date.fromisoformat,
        "boolean": {"true": True, "false": False}.__getitem__,
    }.get(kind)  # fmt: skip
    if parse is None:
        return True
    try:
        parse(cell)
    except (ValueError, KeyError):
        return False
    return True


def test_the_datapackage_describes_every_export_exactly(client: TestClient) -> None:
    package = get_json(client, f"{API}/datapackage.json")
    assert package["profile"] == "tabular-data-package"
    names = [r["name"] for r in package["resources"]]
    assert names == [c["name"] for c in get_json(client, API)["data"]["collections"]]
    for resource in package["resources"]:
        response = client.get(f"{API}/{resource['path']}")  # paths are relative to /api/v1/
        assert response.status_code == 200, resource["path"]
        rows = list(csv.reader(io.StringIO(response.text)))
        fields = resource["schema"]["fields"]
        assert rows[0] == [f["name"] for f in fields], resource["name"]
        keys = [row[0] for row in rows[1:]]
        assert len(keys) == len(set(keys)) and resource["schema"]["primaryKey"] == fields[0]["name"]
        for row in rows[1:]:
            for field, cell in zip(fields, row, strict=True):
                if cell == "":
                    assert not field.get("constraints", {}).get("required"), (field, row[0])
                else:
                    assert _holds(field["type"], cell), (resource["name"], field["name"], cell)
                    assert cell in field.get("constraints", {}).get("enum", [cell])


def test_pandas_reads_each_export_with_the_declared_types(client: TestClient) -> None:
    package = get_json(client, f"{API}/datapackage.json")
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        frame = pd.read_csv(
            io.StringIO(client.get(f"{API}/{resource['path']}").text),
            dtype={f["name"]: PANDAS_TYPES[f["type"]] for f in fields if f["type"] in PANDAS_TYPES},
            parse_dates=[f["name"] for f in fields if f["type"] in ("date", "datetime")],
            keep_default_na=False, na_values=[""],
        )  # fmt: skip
        assert list(frame.columns) == [f["name"] for f in fields]
    jurisdictions = pd.read_csv(
        io.StringIO(client.get(f"{API}/exports/jurisdictions.csv").text),
        dtype={"fips": "string"}, keep_default_na=False, na_values=[""],
    )  # fmt: skip
    assert jurisdictions.set_index("slug").loc["milwaukee-county-wi", "fips"] == "55079"


def _snapshot(client: TestClient, tmp_path: Path) -> tuple[Any, sqlite3.Connection]:
    response = client.get(f"{API}/snapshot.sqlite")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.sqlite3"
    path = tmp_path / "snapshot.sqlite"
    path.write_bytes(response.content)
    return response, sqlite3.connect(path)


def test_the_snapshot_holds_the_public_tables_and_follows_writes(
    write_env: WriteEnv, tmp_path: Path
) -> None:
    client = write_env.client
    root = get_json(client, API)["data"]
    response, db = _snapshot(client, tmp_path)
    version = root["dataset_version"]
    disposition = f'attachment; filename="sjc-api-v{version}-{root["last_updated"][:10]}.sqlite"'
    assert response.headers["content-disposition"] == disposition
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"jurisdiction", "observation", "source", "strategy", "article"} <= tables
    assert not tables & {"api_key", "audit_event", "idempotency_record", "alembic_version"}
    assert not any(t.startswith("search_index") for t in tables)
    for name, table in (("jurisdictions", "jurisdiction"), ("observations", "observation")):
        count = next(c["count"] for c in root["collections"] if c["name"] == name)
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
    frame = pd.read_sql("SELECT key, value, period_start FROM observation", db)
    assert str(frame["value"].dtype) == "float64"
    created = client.post(
        f"{API}/action-areas", json={"slug": "snapshots", "name": "Snapshots"},
        headers=write_env.auth(),
    )  # fmt: skip
    assert created.status_code == 201
    later, db = _snapshot(client, tmp_path)
    assert f"sjc-api-v{version + 1}-" in later.headers["content-disposition"]
    assert db.execute("SELECT name FROM action_area WHERE slug='snapshots'").fetchone() == (
        "Snapshots",
    )


def _csv_rows(client: TestClient, path: str) -> list[dict[str, str]]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def test_exports_take_their_list_filters(client: TestClient) -> None:
    wisconsin = _csv_rows(client, f"{API}/exports/jurisdictions.csv?state=wi&kind=county")
    listed = _csv_rows(client, f"{API}/jurisdictions.csv?state=WI&kind=county")
    assert [r["slug"] for r in wisconsin] == [r["slug"] for r in listed]
    assert {r["state"] for r in wisconsin} == {"WI"} and len(wisconsin) == 2
    bookings = _csv_rows(
        client,
        f"{API}/exports/observations.csv?jurisdiction=milwaukee-county-wi&metric=jail_bookings"
        "&from=2015-01-01&to=2015-12-31",
    )
    assert [(r["id"], r["value"]) for r in bookings] == [
        ("milwaukee-county-wi/jail_bookings/2015", "33500")
    ]
    lines = client.get(f"{API}/exports/strategies.ndjson?jurisdiction=gwinnett-county-ga")
    assert len(lines.text.splitlines()) == 4
    everything = _csv_rows(client, f"{API}/exports/jurisdictions.csv")
    assert len(everything) > len(wisconsin)


def test_a_filter_the_export_does_not_take_is_a_400_naming_its_filters(
    client: TestClient,
) -> None:
    response = client.get(f"{API}/exports/strategies.csv?state=WI")
    assert response.status_code == 400
    body = response.json()
    assert body["errors"] == [{"parameter": "state", "detail": body["errors"][0]["detail"]}]
    assert "jurisdiction, action_area" in body["detail"]
    bad = client.get(f"{API}/exports/observations.csv?from=2015-13-01")
    assert bad.status_code == 422 and bad.json()["errors"][0]["parameter"] == "from"
