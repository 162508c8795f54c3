"""Small helpers shared by the tests."""

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, MetaData, select

API = "/api/v1"


def get_json(client: TestClient, path: str, status: int = 200) -> Any:
    """GET a path and return its JSON body, asserting the status."""
    response = client.get(path)
    assert response.status_code == status, response.text
    return response.json()


def all_pages(client: TestClient, path: str) -> list[dict[str, Any]]:
    """Follow links.next until the last page; return every item."""
    items: list[dict[str, Any]] = []
    url: str | None = path
    while url:
        body = get_json(client, url)
        items.extend(body["data"])
        url = body["links"]["next"]
    return items


def dump_tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, for before/after comparisons."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {
            name: sorted(tuple(map(repr, row)) for row in conn.execute(select(table)))
            for name, table in meta.tables.items()
        }
