"""The document's response examples are what the service answers, and every answer fits the
schema it is declared with (required fields, bounds, types), on the seeded database."""

import re
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from app.api.examples import EXAMPLES_FILE
from tests.examples import REQUESTS, answer
from tests.helpers import get_json

# Search hits are ranked by the database's full-text engine (bm25 on SQLite, ts_rank on
# PostgreSQL): the example shows SQLite's order and scores; elsewhere only its shape holds.
RANKED = {"search"}
# Beyond the examples: answers that exercise optional parts (counts, facets, sparse fields,
# includes, problems, files).
MORE = [
    ("/healthz", 200),
    ("/api/v1", 200),
    ("/api/v1/jurisdictions?extras=count&limit=1&include=strategies,networks", 200),
    ("/api/v1/jurisdictions?fields=name&limit=1", 200),
    ("/api/v1/jurisdictions/milwaukee-county-wi", 200),
    ("/api/v1/jurisdictions/milwaukee-county-wi/strategies?facet=action_area", 200),
    ("/api/v1/strategies?limit=2&facet=action_area&facet=jurisdiction", 200),
    ("/api/v1/observations?limit=3&include=source", 200),
    ("/api/v1/articles?limit=2", 200),
    (
        "/api/v1/jurisdictions?include=lead_agency,partners,contacts,networks,strategies,observations",
        200,
    ),
    ("/api/v1/observations?include=source,metric_definition&limit=5", 200),
    (
        "/api/v1/jurisdictions/milwaukee-county-wi/observations?include=source,metric_definition",
        200,
    ),
    ("/api/v1/strategies?include=source&limit=5", 200),
    ("/api/v1/articles?include=jurisdictions,organizations,networks", 200),
    ("/api/v1/networks?include=jurisdictions,organizations", 200),
    ("/api/v1/organizations?include=jurisdictions&limit=10", 200),
    ("/api/v1/search?q=milwaukee", 200),
    ("/api/v1/jurisdictions/no-such-place", 404),
    ("/api/v1/jurisdictions?state=WIS", 422),
    ("/api/v1/jurisdictions?stat=WI", 400),
]


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    return get_json(client, "/openapi.json")


def _operation(document: dict[str, Any], url: str) -> dict[str, Any]:
    path = url.split("?")[0]
    for template, item in document["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path) and "get" in item:
            return dict(item["get"])
    raise AssertionError(f"no operation for {url}")


def _conforms(document: dict[str, Any], client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:300])
    declared = _operation(document, url)["responses"][str(status)]["content"]
    media = response.headers["content-type"].split(";")[0]
    match = [m for m in declared if m.split(";")[0] == media]
    assert match, f"{url}: {media} is not declared ({list(declared)})"
    if media.endswith("json"):
        schema = {**declared[match[0]]["schema"], "components": document["components"]}
        errors = [
            f"{list(e.instance_path)}: {e.message[:200]}"
            for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(response.json())
        ]
        assert not errors, (url, errors[:5])


def test_every_example_is_what_its_request_answers(
    client: TestClient, document: dict[str, Any]
) -> None:
    assert EXAMPLES_FILE.exists()
    shown = {
        op["operationId"]: op["responses"]["200"]["content"]
        for item in document["paths"].values()
        for op in item.values()
        if "examples" in next(iter(op["responses"].get("200", {}).get("content", {}).values()), {})
    }
    assert set(shown) == set(REQUESTS), "each example reaches its operation's 200 response"
    for operation, url in REQUESTS.items():
        example = next(iter(shown[operation].values()))["examples"]["seeded"]
        assert example["summary"] == f"GET {url}"
        if operation in RANKED:  # the ranking is the database's own (FTS5 or PostgreSQL)
            assert set(example["value"]) == set(answer(client, url))  # type: ignore[arg-type]
            continue
        assert example["value"] == answer(client, url), f"{operation}: run `make examples`"


@pytest.mark.parametrize("url", list(REQUESTS.values()))
def test_each_example_fits_its_schema(
    client: TestClient, document: dict[str, Any], url: str
) -> None:
    _conforms(document, client, url, 200)


@pytest.mark.parametrize(("url", "status"), MORE)
def test_answers_fit_their_declared_schemas(
    client: TestClient, document: dict[str, Any], url: str, status: int
) -> None:
    _conforms(document, client, url, status)


def test_the_schema_check_catches_a_missing_field(document: dict[str, Any]) -> None:
    schema = {"$ref": "#/components/schemas/JurisdictionItem", "components": document["components"]}
    errors = list(
        jsonschema_rs.Draft202012Validator(schema).iter_errors({"data": {"slug": "x"}, "meta": {}})
    )
    assert any("'name' is a required property" in e.message.replace('"', "'") for e in errors)
