"""A list asked for as a file (CSV or NDJSON without `limit` or `cursor`) holds every matching
row, streamed page by page; with `limit` or `cursor` it is one page with a Link to the next."""

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from tests.helpers import API, all_pages


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stream in pages of 4 rows, so the seeded lists take several pages."""
    monkeypatch.setattr("app.lists.render.MAX_LIMIT", 4)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.usefixtures("small_pages")
def test_csv_of_a_list_holds_every_row_in_order(client: TestClient) -> None:
    for query in ("sort=-name", "state=WI", "kind=county&sort=state,name", "q=jail"):
        expected = [j["slug"] for j in all_pages(client, f"{API}/jurisdictions?{query}&limit=3")]
        response = client.get(f"{API}/jurisdictions?{query}&format=csv")
        assert response.status_code == 200
        assert "link" not in response.headers
        assert response.text.count("slug,") == 1  # one header row
        assert [r["slug"] for r in _rows(response.text)] == expected, query


@pytest.mark.usefixtures("small_pages")
def test_ndjson_and_accept_header_give_every_row_too(client: TestClient) -> None:
    expected = [s["id"] for s in all_pages(client, f"{API}/sources?limit=10")]
    assert len(expected) > 8
    ndjson = client.get(f"{API}/sources?format=ndjson").text.splitlines()
    assert [json.loads(line)["id"] for line in ndjson] == expected
    by_accept = client.get(f"{API}/sources", headers={"Accept": "text/csv"})
    assert [r["id"] for r in _rows(by_accept.text)] == expected


def test_limit_or_cursor_keeps_a_csv_to_one_page(client: TestClient) -> None:
    page = client.get(f"{API}/sources?format=csv&limit=5")
    assert len(_rows(page.text)) == 5
    assert 'rel="next"' in page.headers["link"]
    next_url = page.headers["link"].split(">")[0].lstrip("<")
    assert len(_rows(client.get(next_url).text)) == 5
