"""The OpenAPI document's response examples are real responses from the seeded database.

`python -m tests.examples` (make examples) asks the app for each request below and writes
app/api/examples.json; tests/test_examples.py fails when an example no longer matches what its
request answers, or the schema it illustrates."""

import json
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from app.api.examples import EXAMPLES_FILE
from app.main import create_app

# operationId -> the request whose answer illustrates it (one per GET operation with a body).
REQUESTS = {
    "list_api_versions": "/api",
    "list_jurisdictions": "/api/v1/jurisdictions?state=WI&limit=2",
    "list_jurisdictions_csv": "/api/v1/jurisdictions.csv?state=WI",
    "get_jurisdiction": "/api/v1/jurisdictions/eau-claire-county-wi",
    "list_jurisdiction_strategies": "/api/v1/jurisdictions/milwaukee-county-wi/strategies?limit=1",
    "list_jurisdiction_observations": "/api/v1/jurisdictions/milwaukee-county-wi/observations?limit=1",
    "list_jurisdiction_articles": "/api/v1/jurisdictions/milwaukee-county-wi/articles?limit=1&fields=title,published",
    "get_series": "/api/v1/jurisdictions/milwaukee-county-wi/series/jail_bookings?interval=year",
    "compare_jurisdictions": "/api/v1/compare?metric=jail_bookings&jurisdictions=milwaukee-county-wi,delaware&interval=year",
    "list_action_areas": "/api/v1/action-areas?limit=2",
    "get_action_area": "/api/v1/action-areas/reentry",
    "list_strategies": "/api/v1/strategies?action_area=reentry&limit=1&extras=count",
    "get_strategy": "/api/v1/strategies/philadelphia-pa-police-assisted-diversion",
    "list_metrics": "/api/v1/metrics?limit=1",
    "get_metric": "/api/v1/metrics/jail_bookings",
    "list_observations": "/api/v1/observations?metric=jail_bookings&limit=1",
    "list_articles": "/api/v1/articles?limit=1&fields=title,published,authors",
    "list_organizations": "/api/v1/organizations?state=WI&limit=1",
    "list_people": "/api/v1/people?limit=1",
    "list_networks": "/api/v1/networks?limit=1",
    "get_network": "/api/v1/networks/impact-network",
    "list_sources": "/api/v1/sources?limit=1",
    "search": "/api/v1/search?q=diversion&limit=2",
}


def answer(client: TestClient, url: str) -> object:
    """What the app answers a request with: JSON as data, a file as its text."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.text[:300])
    if response.headers["content-type"].startswith("application/json"):
        return response.json()
    return response.text


def build(client: TestClient) -> dict[str, dict[str, object]]:
    """Every example: its request and the value answered."""
    return {op: {"request": url, "value": answer(client, url)} for op, url in REQUESTS.items()}


def main() -> int:
    """Rewrite app/api/examples.json from the database SJC_DATABASE_URL names (seeded)."""
    with TestClient(create_app()) as client:
        examples = build(client)
    text = json.dumps(examples, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    Path(EXAMPLES_FILE).write_text(text, encoding="utf-8")
    print(f"wrote {len(examples)} examples to {EXAMPLES_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
