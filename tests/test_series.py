"""Series and analytics through HTTP, checked against hand-computed values."""

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.core.db import build_engine
from app.core.migrations import upgrade
from app.imports.observations import import_observations
from app.main import create_app
from app.seed import seed_database
from tests.conftest import SEED_DIR
from tests.helpers import get_json

SERIES = "/api/v1/jurisdictions/milwaukee-county-wi/series"
ROWS = """jurisdiction,metric,period_start,period_end,value
milwaukee-county-wi,average_daily_population,2016-01-01,2016-01-31,1000
milwaukee-county-wi,average_daily_population,2016-02-01,2016-02-29,1100
milwaukee-county-wi,average_daily_population,2016-03-01,2016-03-31,1200
milwaukee-county-wi,average_daily_population,2016-04-01,2016-04-30,900
milwaukee-county-wi,average_daily_population,2016-10-01,2016-10-31,800
milwaukee-county-wi,jail_bookings,2016-01-01,2016-03-31,300
milwaukee-county-wi,jail_bookings,2016-04-01,2016-06-30,200
milwaukee-county-wi,resident_population,2016-01-01,2016-12-31,900000
"""


@pytest.fixture
def client(fresh_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    seed_database(engine, SEED_DIR)
    path = tmp_path / "series.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert import_observations(engine, path).ok
    monkeypatch.setattr(get_settings(), "database_url", fresh_url)
    with TestClient(create_app()) as test_client:
        yield test_client
    engine.dispose()


def test_quarterly_day_weighted_mean_with_coverage_and_missing(client: TestClient) -> None:
    body = get_json(
        client, f"{SERIES}/average_daily_population?interval=quarter&from=2016-01-01&to=2016-12-31"
    )
    q = {d["period"]: d for d in body["data"]}
    assert list(q) == ["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"]
    assert q["2016-Q1"]["value"] == pytest.approx((1000 * 31 + 1100 * 29 + 1200 * 31) / 91)
    assert q["2016-Q1"]["coverage"] == 1.0
    assert q["2016-Q2"]["value"] == 900
    assert q["2016-Q2"]["coverage"] == round(30 / 91, 4)
    assert q["2016-Q3"] == {
        **q["2016-Q3"],
        "value": None,
        "missing": True,
        "coverage": 0.0,
        "observations": 0,
    }
    assert q["2016-Q4"]["coverage"] == round(31 / 92, 4)
    assert "day-weighted mean" in body["meta"]["method"]


def test_sum_only_counts_whole_periods(client: TestClient) -> None:
    body = get_json(client, f"{SERIES}/jail_bookings?interval=year&agg=sum")
    assert [(d["period"], d["value"]) for d in body["data"]] == [("2015", 33500), ("2016", 500)]
    quarterly = get_json(
        client, f"{SERIES}/jail_bookings?interval=month&agg=sum&from=2016-01-01&to=2016-03-31"
    )
    assert all(
        d["missing"] for d in quarterly["data"]
    )  # a quarterly figure is not split across months


def test_change_from_baseline_index_and_per_100k(client: TestClient) -> None:
    url = f"{SERIES}/average_daily_population?interval=month&from=2016-01-01&to=2016-04-30"
    change = get_json(client, url + "&transform=change_from_baseline")
    assert [d["value"] for d in change["data"]] == pytest.approx([0.0, 10.0, 20.0, -10.0])
    assert change["meta"]["baseline"] == "2016-01" and change["meta"]["unit"] == "percent"
    rebased = get_json(client, url + "&transform=change_from_baseline&baseline=2016-02")
    assert rebased["data"][2]["value"] == pytest.approx((1200 / 1100 - 1) * 100)
    index = get_json(client, url + "&transform=index")
    assert [d["value"] for d in index["data"]] == pytest.approx([100.0, 110.0, 120.0, 90.0])
    rate = get_json(client, url + "&transform=per_100k")
    assert rate["data"][0]["value"] == pytest.approx(1000 / 900000 * 100000)
    assert rate["meta"]["unit"] == "people per 100,000 residents"


def test_refusals(client: TestClient) -> None:
    too_many = get_json(
        client,
        f"{SERIES}/average_daily_population?interval=month&from=1900-01-01&to=2016-01-01",
        400,
    )
    assert too_many["code"] == "too_many_buckets" and "maximum is 600" in too_many["detail"]
    bookings_2015 = get_json(
        client,
        "/api/v1/jurisdictions/milwaukee-county-wi/series/jail_bookings?from=2015-01-01&to=2015-12-31&interval=year&agg=sum&transform=per_100k",
        422,
    )
    assert "resident_population" in bookings_2015["detail"] and "2015" in bookings_2015["detail"]
    assert (
        get_json(
            client, f"{SERIES}/average_daily_population?transform=index&baseline=1999-Q1", 422
        )["errors"][0]["parameter"]
        == "baseline"
    )
    assert get_json(client, f"{SERIES}/no_such_metric", 404)["code"] == "not_found"
    assert (
        get_json(client, "/api/v1/jurisdictions/atlantis/series/average_daily_population", 404)[
            "code"
        ]
        == "not_found"
    )
    assert (
        get_json(client, f"{SERIES}/average_daily_population?interval=week", 422)["errors"][0][
            "parameter"
        ]
        == "interval"
    )


def test_compare_aligns_jurisdictions(client: TestClient) -> None:
    body = get_json(
        client,
        "/api/v1/compare?metric=average_daily_population&jurisdictions=milwaukee-county-wi,delaware&interval=quarter",
    )
    assert [p["period"] for p in body["data"]] == ["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"]
    q1 = body["data"][0]["values"]
    assert q1["milwaukee-county-wi"]["value"] == pytest.approx(
        (1000 * 31 + 1100 * 29 + 1200 * 31) / 91
    )
    assert q1["delaware"] == {"value": None, "coverage": 0.0, "missing": True}
    assert body["meta"]["jurisdictions"] == ["milwaukee-county-wi", "delaware"]
    assert (
        get_json(
            client, "/api/v1/compare?metric=average_daily_population&jurisdictions=atlantis", 404
        )["code"]
        == "not_found"
    )
    assert (
        get_json(client, "/api/v1/compare?metric=average_daily_population&jurisdictions=A,B", 422)[
            "errors"
        ][0]["parameter"]
        == "jurisdictions"
    )


@pytest.mark.parametrize(
    "query",
    [
        "from=9999-01-01&to=9999-12-31&interval=quarter",
        "from=0001-01-01&to=0001-12-31&interval=month",
    ],
)
def test_series_at_the_ends_of_the_calendar(client: TestClient, query: str) -> None:
    body = get_json(client, f"{SERIES}/jail_bookings?{query}")
    assert body["data"] and all(d["missing"] for d in body["data"])
    assert body["data"][-1]["period_end"].endswith("-12-31")


def test_series_and_comparisons_as_csv_that_pandas_types_correctly(client: TestClient) -> None:
    base = "/api/v1/jurisdictions/milwaukee-county-wi/series/jail_bookings?interval=year"
    as_json = client.get(base).json()
    response = client.get(base + "&format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(as_json["data"])
    for row, bucket in zip(rows, as_json["data"], strict=True):
        assert row["jurisdiction"] == "milwaukee-county-wi" and row["metric"] == "jail_bookings"
        assert row["period_start"] == bucket["period_start"]
        assert (float(row["value"]) if row["value"] else None) == bucket["value"]
        assert row["missing"] in ("true", "false")
    compare = "/api/v1/compare?metric=jail_bookings&jurisdictions=milwaukee-county-wi,delaware&interval=year"
    body = client.get(compare).json()
    long_rows = list(csv.DictReader(io.StringIO(client.get(compare + "&format=csv").text)))
    assert len(long_rows) == 2 * len(body["data"])
    assert {r["jurisdiction"] for r in long_rows} == {"milwaukee-county-wi", "delaware"}
    wide = list(csv.reader(io.StringIO(client.get(compare + "&format=csv_wide").text)))
    assert wide[0] == ["period", "period_start", "period_end", "milwaukee-county-wi", "delaware"]
    assert len(wide) == 1 + len(body["data"])
    assert client.get(base + "&format=xml").status_code == 422
