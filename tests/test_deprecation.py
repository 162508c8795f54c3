"""Deprecations announce themselves: a route or parameter declared deprecated gets Deprecation,
Sunset and Link headers on every response that uses it (cached ones too) and is marked in the
OpenAPI document; nothing is deprecated in API v1 today."""

from datetime import date

from fastapi.testclient import TestClient

from app.core.deprecation import Deprecation
from app.main import create_app
from tests.helpers import API

STATE = Deprecation(
    "GET", "/api/v1/jurisdictions", since=date(2026, 12, 1), sunset=date(2027, 6, 1),
    parameter="state",
)  # fmt: skip
SOURCE = Deprecation("GET", "/api/v1/sources/{id}", since=date(2026, 12, 1))


def test_a_deprecated_parameter_and_route_announce_themselves(seeded_url: str) -> None:
    with TestClient(create_app(deprecations=(STATE, SOURCE))) as client:
        for _ in range(2):  # rendered, then answered from the response cache
            used = client.get(f"{API}/jurisdictions?state=WI")
            assert used.headers["deprecation"] == "@1796083200"
            assert used.headers["sunset"] == "Tue, 01 Jun 2027 00:00:00 GMT"
            assert used.headers["link"] == '</api>; rel="deprecation"; type="text/html"'
        assert "deprecation" not in client.get(f"{API}/jurisdictions?kind=county").headers
        source_id = client.get(f"{API}/sources?limit=1").json()["data"][0]["id"]
        detail = client.get(f"{API}/sources/{source_id}")
        assert detail.headers["deprecation"] == "@1796083200"
        assert "sunset" not in detail.headers
        document = client.get("/openapi.json").json()
    listing = document["paths"]["/api/v1/jurisdictions"]["get"]
    state = next(p for p in listing["parameters"] if p["name"] == "state")
    assert state["deprecated"] is True
    assert "deprecated" not in listing
    assert document["paths"]["/api/v1/sources/{id}"]["get"]["deprecated"] is True


def test_nothing_is_deprecated_today(client: TestClient) -> None:
    for path in ("/", "/api", API, f"{API}/jurisdictions?state=WI"):
        assert "deprecation" not in client.get(path).headers
    document = client.get("/openapi.json").json()
    flagged = [
        (path, method)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if operation.get("deprecated")
        or any(p.get("deprecated") for p in operation.get("parameters", []))
    ]
    assert flagged == []
