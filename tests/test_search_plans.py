"""A list's `q=` gives the same rows whichever way the database is asked: by the record ids the
SQLite index's numbered rowids carry (walking the list's order, or looking each match up) and
by key, as PostgreSQL and the code before did."""

from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app.core.db import get_engine
from app.search import query
from app.search.index import BLOCK_BITS, BLOCKS
from tests.conftest import IS_POSTGRES
from tests.helpers import API, all_pages

QUERIES = ["jail", "county", "diversions", '"court reminder"', "pokket", "zzzunmatched", "!!!"]
TABLES = {
    "articles": "article",
    "jurisdictions": "jurisdiction",
    "strategies": "strategy",
    "organizations": "organization",
}
LISTS = list(TABLES)


def by_key(resource: str, q: str) -> set[str]:
    """The keys the index matches, asked by key (the plan PostgreSQL uses)."""
    with Session(get_engine()) as session:
        keys = query.matching_keys(session.get_bind().dialect.name, resource, q)
        return set() if keys is None else set(session.scalars(keys))


@pytest.mark.parametrize("walk_below", [1, 15, 10**9], ids=["look-up", "chosen", "walk"])
@pytest.mark.parametrize("resource", LISTS)
def test_each_plan_gives_the_rows_the_index_matches(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, resource: str, walk_below: int
) -> None:
    monkeypatch.setattr(query, "_WALK_BELOW", walk_below)
    for q in QUERIES:
        rows = all_pages(client, f"{API}/{resource}?{urlencode({'q': q, 'limit': 7})}")
        listed = [r["slug"] for r in rows]
        assert listed == sorted(listed), (resource, q)
        assert set(listed) == by_key(resource, q), (resource, q)


@pytest.mark.skipif(IS_POSTGRES, reason="rowids are SQLite's")
def test_sqlite_index_rowids_are_numbered_from_their_records(client: TestClient) -> None:
    with Session(get_engine()) as session:
        entries = session.execute(text("SELECT rowid, resource, key FROM search_index")).all()
        for resource, block in BLOCKS.items():
            table = TABLES[resource]
            ids = dict(session.execute(text(f"SELECT slug, id FROM {table}")).all())
            mine = [(rowid, key) for rowid, res, key in entries if res == resource]
            assert mine and all(rowid == block << BLOCK_BITS | ids[key] for rowid, key in mine)
