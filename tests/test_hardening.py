"""Security review classes, each through HTTP on the suite's database (SQLite or PostgreSQL):
HTML in search snippets and Markdown, links from request headers, spreadsheet formulas in CSV,
duplicate JSON members, unbounded texts and integers that overflow their columns."""

import base64
import csv
import io
import json
import os
import stat
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.core.db import build_engine
from app.main import create_app
from app.seed.schemas import NAME_MAX
from tests.conftest import IS_POSTGRES, WriteEnv
from tests.helpers import API, dump_tables

XSS = "zebra <img src=x onerror=alert(1)> & <script>alert(2)</script> zebra"


def _strategy(slug: str, description: str) -> dict[str, Any]:
    return {
        "slug": slug,
        "jurisdiction": "milwaukee-county-wi",
        "name": f"Quagga {slug}",
        "description": description,
        "action_areas": [],
        "source": "milwaukee-county-wi-approach",
    }


def test_search_snippets_escape_stored_html_and_keep_marks(write_env: WriteEnv) -> None:
    c = write_env.client
    created = c.post(
        f"{API}/strategies", json=_strategy("xss-snippet", XSS), headers=write_env.auth()
    )
    assert created.status_code == 201, created.text
    hits = c.get(f"{API}/search", params={"q": "zebra"}).json()["data"]
    snippet = next(h["snippet"] for h in hits if h["slug"] == "xss-snippet")
    assert "<img" not in snippet and "<script" not in snippet
    assert "&lt;img src=x onerror=alert(1)&gt;" in snippet
    assert "&amp;" in snippet
    assert "<mark>zebra</mark>" in snippet.lower()
    without_marks = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks


@pytest.mark.parametrize(
    "body",
    [
        "Text <img src=x onerror=alert(1)>",
        "Text <script>alert(1)</script>",
        "Text <!-- hidden -->",
        "[click](javascript:alert(1))",
        "[click](JAVAscript:alert(1))",
        "[click](jav&#x61;script:alert(1))",
        "[click]: data:text/html;base64,PHNjcmlwdD4=",
    ],
)
def test_markdown_bodies_refuse_raw_html_and_script_links(write_env: WriteEnv, body: str) -> None:
    article = {
        "slug": "markdown-xss",
        "title": "Markdown XSS",
        "published": "2024-01-01",
        "body": body,
    }
    response = write_env.client.post(f"{API}/articles", json=article, headers=write_env.auth())
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["pointer"] for e in response.json()["errors"]] == ["/body"]


def test_markdown_keeps_ordinary_text_links_and_autolinks(write_env: WriteEnv) -> None:
    article = {
        "slug": "markdown-fine",
        "title": "Markdown fine",
        "published": "2024-01-01",
        "body": "a < b and [SJC](https://safetyandjusticechallenge.org) <https://example.org>",
    }
    response = write_env.client.post(f"{API}/articles", json=article, headers=write_env.auth())
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "attacker.example"},
        {"X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https"},
        {"Forwarded": "host=attacker.example;proto=https"},
    ],
)
def test_links_never_come_from_request_headers(client: TestClient, headers: dict[str, str]) -> None:
    path = f"{API}/jurisdictions?limit=1"
    poisoned = client.get(path, headers=headers)
    normal = client.get(path)
    for response in (poisoned, normal):
        body = response.json()
        assert "attacker" not in response.text
        assert "attacker" not in response.headers.get("link", "")
        assert body["links"]["self"] == "/api/v1/jurisdictions?limit=1"
        assert body["links"]["next"].startswith("/api/v1/jurisdictions?limit=1&cursor=")
    assert poisoned.content == normal.content
    search = client.get(f"{API}/search?q=jail&limit=1", headers=headers)
    assert "attacker" not in search.text and "attacker" not in search.headers.get("link", "")


def test_links_use_the_configured_public_url(seeded_url: str) -> None:
    settings = get_settings().model_copy(update={"public_url": "https://api.example.org/sjc"})
    with TestClient(create_app(settings)) as client:
        response = client.get(f"{API}/jurisdictions?limit=1", headers={"Host": "evil.example"})
    links = response.json()["links"]
    assert links["self"] == "https://api.example.org/sjc/api/v1/jurisdictions?limit=1"
    assert links["next"].startswith("https://api.example.org/sjc/api/v1/jurisdictions?limit=1&")
    assert response.headers["link"] == f'<{links["next"]}>; rel="next"'


def test_a_malformed_public_url_is_refused_at_startup() -> None:
    with pytest.raises(ValueError, match="public_url"):
        get_settings().model_validate({"public_url": "javascript:alert(1)"})


FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tTAB", "\rCR=1", '=HYPERLINK("x")']


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_cells_cannot_become_formulas(write_env: WriteEnv) -> None:
    c = write_env.client
    for i, payload in enumerate(FORMULAS):
        body = {"slug": f"formula-{i}", "name": payload, "abbreviation": payload}
        response = c.post(f"{API}/organizations", json=body, headers=write_env.auth())
        assert response.status_code == 201, response.text
    listed = c.get(f"{API}/organizations?format=csv&limit=500")
    with c.stream("GET", f"{API}/exports/organizations.csv") as exported:
        export_text = exported.read().decode()
    for text in (listed.text, export_text):
        rows = _cells(text)
        header = rows[0]
        assert all(len(row) == len(header) for row in rows)  # no row was split
        by_slug = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
        for i, payload in enumerate(FORMULAS):
            row = by_slug[f"formula-{i}"]
            assert row["name"] == "'" + payload
            assert row["abbreviation"] == "'" + payload
        for row in rows[1:]:
            assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_negative_numbers_stay_numbers_in_csv(client: TestClient) -> None:
    rows = _cells(client.get(f"{API}/jurisdictions?format=csv&limit=500").text)
    header = rows[0]
    changes = [r[header.index("jail_population_change_pct")] for r in rows[1:]]
    negatives = [v for v in changes if v.startswith("-")]
    assert negatives, "the seed has jail population decreases"
    assert all(float(v) < 0 for v in negatives)


def test_duplicate_json_members_are_refused(write_env: WriteEnv) -> None:
    engine = build_engine(write_env.url)
    before = dump_tables(engine)
    raw = b'{"slug": "dup-area", "name": "First", "name": "Second"}'
    response = write_env.client.post(
        f"{API}/action-areas",
        content=raw,
        headers=write_env.auth(**{"Content-Type": "application/json"}),
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["pointer"] == "/name"
    nested = b'{"slug": "dup-net", "name": "N", "jurisdictions": [{"jurisdiction": "a", "role": "x", "role": "y"}]}'
    response = write_env.client.post(
        f"{API}/networks",
        content=nested,
        headers=write_env.auth(**{"Content-Type": "application/json"}),
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["pointer"] == "/jurisdictions/0/role"
    assert dump_tables(engine) == before
    engine.dispose()


def test_texts_have_a_maximum_length_that_openapi_states(write_env: WriteEnv) -> None:
    c = write_env.client
    long_name = {"slug": "long-name", "name": "x" * (NAME_MAX + 1)}
    response = c.post(f"{API}/action-areas", json=long_name, headers=write_env.auth())
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/name"
    huge = {"slug": "huge-name", "name": "x" * 1_000_000}  # under the 1 MiB body limit
    assert c.post(f"{API}/action-areas", json=huge, headers=write_env.auth()).status_code == 422
    assert c.get(f"{API}/action-areas/huge-name").status_code == 404
    schemas = c.get("/openapi.json").json()["components"]["schemas"]
    for name, schema in schemas.items():
        if not name.endswith(("Create", "Patch")):
            continue
        for field, prop in schema["properties"].items():
            options = prop.get("anyOf", [prop])
            for option in options:
                bounded_otherwise = {"format", "enum"} & set(option)
                if option.get("type") == "string" and not bounded_otherwise:
                    assert "maxLength" in option, f"{name}.{field} has no maxLength"


@pytest.mark.skipif(IS_POSTGRES, reason="a SQLite file's mode")
def test_a_new_sqlite_file_is_private(tmp_path: Any) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'private.db'}")
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
        conn.commit()
    for name in ("private.db", "private.db-wal", "private.db-shm"):
        path = tmp_path / name
        if path.exists():
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, name
    engine.dispose()


def _cursor(sort: str, values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps([sort, values]).encode()).decode().rstrip("=")


@pytest.mark.parametrize("event_id", [2**31, 2**31 + 1, 2**62, 2**63, 10**30])
def test_restore_ids_beyond_the_column_are_4xx(write_env: WriteEnv, event_id: int) -> None:
    response = write_env.client.post(
        f"{API}/audit/{event_id}/restore", headers=write_env.auth("admin")
    )
    assert response.status_code in (404, 422), response.text
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("value", [2**31, -(2**31) - 1, 2**63, 2**64, 10**30, True, 1.5])
def test_forged_integer_cursors_are_422(write_env: WriteEnv, value: Any) -> None:
    response = write_env.client.get(
        f"{API}/audit", params={"cursor": _cursor("-id", [value])}, headers=write_env.auth("admin")
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["parameter"] == "cursor"


def test_integer_sort_keys_of_every_list_refuse_huge_cursor_values(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    lists = [
        path
        for path, item in spec["paths"].items()
        if "get" in item
        and "{" not in path
        and any(p["name"] == "cursor" for p in item["get"].get("parameters", []))
        and path.startswith(API)
        and not path.endswith(("/audit", "/search", ".csv", ".ndjson"))  # files: their JSON twin
    ]
    assert lists
    for path in lists:
        first = client.get(path, params={"limit": 1})
        cursor = first.json()["meta"].get("next_cursor")
        if not cursor:
            continue
        sort, values = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        forged = [2**63 if isinstance(v, int) and not isinstance(v, bool) else v for v in values]
        if forged == values:
            continue
        response = client.get(path, params={"limit": 1, "cursor": _cursor(sort, forged)})
        assert response.status_code == 422, (path, response.text)


def test_problem_documents_are_json(client: TestClient) -> None:
    response = client.get(f"{API}/audit/1/restore")
    json.loads(response.text)
