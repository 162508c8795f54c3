"""Unknown query parameters are refused with a 400 that names them and the allowed ones, on
every kind of operation (a typo must not silently return everything)."""

import pytest
from fastapi.testclient import TestClient

from tests.helpers import API


@pytest.mark.parametrize(
    "path",
    [
        f"{API}/jurisdictions?stat=WI",
        f"{API}/jurisdictions/milwaukee-county-wi?includ=strategies",
        f"{API}/observations?metrc=jail_bookings",
        f"{API}/search?q=jail&typ=articles",
        f"{API}/exports/jurisdictions.csv?state=WI&colour=red",
        f"{API}/jurisdictions/milwaukee-county-wi/series/average_daily_population?intrval=month",
        f"{API}/metrics?=0.0",
    ],
)
def test_unknown_query_parameters_are_400(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400, response.text
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert body["code"] == "bad_request"
    assert body["errors"] and all(e["parameter"] is not None for e in body["errors"])
    assert "Allowed:" in body["detail"]


def test_the_problem_lists_the_allowed_parameters(client: TestClient) -> None:
    body = client.get(f"{API}/jurisdictions?stat=WI").json()
    assert body["errors"] == [{"parameter": "stat", "detail": body["errors"][0]["detail"]}]
    for name in ("state", "kind", "limit", "cursor", "sort", "fields", "format"):
        assert name in body["detail"]


def test_known_parameters_still_work(client: TestClient) -> None:
    assert client.get(f"{API}/jurisdictions?state=WI&limit=2&format=json").status_code == 200
    assert client.get("/healthz").status_code == 200
