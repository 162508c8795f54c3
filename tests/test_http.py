"""HTTP behaviour: formats, exports, ETag/304, HEAD, caching headers, gzip, CORS, Link."""

import asyncio
import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from app import main
from app.core import dispatch, etags
from app.core.config import get_settings
from app.core.db import build_engine, get_engine, reading
from app.core.migrations import upgrade
from app.main import create_app
from app.middleware import suffixes
from app.seed import seed_database
from tests.conftest import SEED_DIR
from tests.helpers import API


def test_csv_by_format_and_by_accept(client: TestClient) -> None:
    for response in (
        client.get(f"{API}/jurisdictions?format=csv&limit=500"),
        client.get(f"{API}/jurisdictions?limit=500", headers={"Accept": "text/csv"}),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == 16
        mke = next(r for r in rows if r["slug"] == "milwaukee-county-wi")
        assert mke["fips"] == "55079"
        assert mke["action_areas"] == "courts;data-analysis;diversion;mental-health;reentry"
        assert mke["jail_population_change_pct"] == "-20"


def test_csv_embeds_become_slug_columns(client: TestClient) -> None:
    response = client.get(
        f"{API}/jurisdictions?format=csv&fields=name&include=lead_agency,partners&state=DE"
    )
    [row] = list(csv.DictReader(io.StringIO(response.text)))
    assert row == {
        "slug": "delaware",
        "name": "State of Delaware",
        "lead_agency": "delaware-criminal-justice-council",
        "partners": "delaware-department-of-correction;delaware-department-of-human-services;"
        "partnership-in-reentry-coalition-of-delaware",
    }


def test_ndjson_by_format_and_by_accept(client: TestClient) -> None:
    for response in (
        client.get(f"{API}/observations?format=ndjson"),
        client.get(f"{API}/observations", headers={"Accept": "application/x-ndjson"}),
    ):
        assert response.headers["content-type"] == "application/x-ndjson"
        lines = response.text.strip().split("\n")
        assert len(lines) == 13
        assert all(json.loads(line)["source_id"] for line in lines)


@pytest.mark.parametrize(
    ("resource", "rows"), [("observations", 13), ("jurisdictions", 16), ("sources", 40)]
)
def test_exports_stream_every_row(
    client: TestClient, resource: str, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "export_batch_size", 4)
    response = client.get(f"{API}/exports/{resource}.csv")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="sjc-{resource}-v'
    )
    parsed = list(csv.reader(io.StringIO(response.text)))
    assert len(parsed) == rows + 1
    assert len({r[0] for r in parsed[1:]}) == rows
    ndjson = client.get(f"{API}/exports/{resource}.ndjson")
    assert len(ndjson.text.strip().split("\n")) == rows
    assert ndjson.headers["content-disposition"].endswith('.ndjson"')


def test_export_of_unknown_resource_is_422(client: TestClient) -> None:
    response = client.get(f"{API}/exports/budgets.csv")
    assert response.status_code == 422
    assert "jurisdictions" in response.json()["errors"][0]["detail"]


@pytest.mark.parametrize(
    "path",
    [
        f"{API}/jurisdictions?limit=3",
        f"{API}/jurisdictions?format=csv",
        f"{API}/observations?format=ndjson",
        f"{API}/jurisdictions/milwaukee-county-wi",
        f"{API}/exports/observations.csv",
        f"{API}/search?q=reentry",
        "/openapi.json",
    ],
)
def test_etag_revalidation_and_head(client: TestClient, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert first.headers["cache-control"] == "public, max-age=60"
    assert first.headers["vary"].startswith("Accept, Accept-Encoding")
    assert client.get(path).headers["etag"] == etag
    revalidated = client.get(path, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304
    assert revalidated.content == b""
    assert revalidated.headers["etag"] == etag
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
    head = client.head(path)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == etag
    assert head.headers["content-type"] == first.headers["content-type"]


def test_etag_differs_by_representation(client: TestClient) -> None:
    json_tag = client.get(f"{API}/jurisdictions").headers["etag"]
    csv_tag = client.get(f"{API}/jurisdictions", headers={"Accept": "text/csv"}).headers["etag"]
    plain = client.get(f"{API}/jurisdictions", headers={"Accept-Encoding": "identity"}).headers[
        "etag"
    ]
    assert len({json_tag, csv_tag, plain}) == 3


def test_accept_headers_that_select_one_representation_share_its_etag(
    client: TestClient,
) -> None:
    # The cache keys on the representation an Accept header selects, not on its spelling, so
    # clients that phrase it differently share one cached response (and one validator).
    path = f"{API}/jurisdictions?limit=3"
    variants = ["", "*/*", "application/json", "text/html, */*;q=0.8", "application/*"]
    answers = [
        client.get(path, headers={"Accept": accept} if accept else {}) for accept in variants
    ]
    assert len({a.headers["etag"] for a in answers}) == 1
    assert len({a.content for a in answers}) == 1
    csv = [client.get(path, headers={"Accept": a}) for a in ("text/csv", "text/csv;q=1, */*")]
    assert csv[0].headers["etag"] == csv[1].headers["etag"] != answers[0].headers["etag"]
    assert csv[0].content == csv[1].content != answers[0].content


def test_errors_carry_no_etag(client: TestClient) -> None:
    response = client.get(f"{API}/jurisdictions/atlantis")
    assert response.status_code == 404
    assert "etag" not in response.headers
    assert client.head(f"{API}/jurisdictions/atlantis").status_code == 404


def test_gzip_for_large_bodies_only(client: TestClient) -> None:
    big = client.get(f"{API}/jurisdictions?limit=500", headers={"Accept-Encoding": "gzip"})
    assert big.headers["content-encoding"] == "gzip"
    raw = client.get(f"{API}/jurisdictions?limit=500", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert json.loads(raw.content) == big.json()
    small = client.get(f"{API}/people/erin-perkins?x=1", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


def test_cors_preflight_and_simple_get(client: TestClient) -> None:
    preflight = client.options(
        f"{API}/jurisdictions",
        headers={"Origin": "https://frontend.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "GET" in preflight.headers["access-control-allow-methods"]
    simple = client.get(
        f"{API}/jurisdictions?limit=1", headers={"Origin": "https://frontend.example"}
    )
    assert simple.headers["access-control-allow-origin"] == "*"
    exposed = simple.headers["access-control-expose-headers"]
    assert {"ETag", "Link", "Content-Disposition"} <= {h.strip() for h in exposed.split(",")}
    refused = client.options(
        f"{API}/jurisdictions",
        headers={"Origin": "https://frontend.example", "Access-Control-Request-Method": "DELETE"},
    )
    assert refused.status_code == 400


def test_link_header_points_at_next_page(client: TestClient) -> None:
    response = client.get(f"{API}/jurisdictions?limit=5&state=WI")
    assert "link" not in response.headers
    response = client.get(f"{API}/jurisdictions?limit=5")
    assert response.headers["link"] == f'<{response.json()["links"]["next"]}>; rel="next"'


def test_etag_changes_when_the_data_changes(
    fresh_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    seed_database(engine, SEED_DIR)
    monkeypatch.setattr(get_settings(), "database_url", fresh_url)
    monkeypatch.setattr(get_settings(), "etag_version_ttl", 0.0)
    seed = tmp_path / "seed"
    shutil.copytree(SEED_DIR, seed)
    with TestClient(create_app()) as local:
        path = f"{API}/people/jacob-baird"
        before = local.get(path)
        unchanged = seed_database(engine, seed)
        assert unchanged.changed == 0
        assert local.get(path, headers={"If-None-Match": before.headers["etag"]}).status_code == 304
        people = seed / "people.yaml"
        people.write_text(
            people.read_text(encoding="utf-8").replace(
                "name: Jacob Baird\n  title: null", "name: Jacob Baird\n  title: Contact"
            ),
            encoding="utf-8",
        )
        assert seed_database(engine, seed).changed == 1
        after = local.get(path, headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200
        assert after.json()["data"]["title"] == "Contact"
        assert after.headers["etag"] != before.headers["etag"]
    engine.dispose()


def test_etag_changes_when_the_code_changes(
    seeded_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A release that changes a response's bytes must not answer 304 to what clients and shared
    # caches hold from the release before: the validators are salted with the code itself.
    code = tmp_path / "app"
    (code / "lists").mkdir(parents=True)
    (code / "lists" / "render.py").write_text("COLUMNS = 1\n")
    (code / "__pycache__").mkdir()
    (code / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    first = etags.fingerprint(code)
    (code / "__pycache__" / "x.pyc").write_bytes(b"compiled again")
    assert etags.fingerprint(code) == first  # caches of compiled code do not count
    (code / "lists" / "render.py").write_text("COLUMNS = 2\n")
    assert etags.fingerprint(code) != first
    settings = get_settings().model_copy(update={"database_url": seeded_url})
    path = f"{API}/people.csv?limit=3"  # a list's validator is not a digest of its body
    tags = []
    for release in (first, etags.fingerprint(code), first):
        monkeypatch.setattr(main, "code_fingerprint", lambda release=release: release)
        with TestClient(create_app(settings)) as replica:
            tags.append(replica.get(path).headers["etag"])
    assert tags[0] != tags[1]  # another release, other validators
    assert tags[0] == tags[2]  # replicas of one release agree


def test_the_response_cache_is_bounded_and_serves_identical_bytes(seeded_url: str) -> None:
    settings = get_settings().model_copy(update={"response_cache_mb": 0.05})
    uncached = get_settings().model_copy(update={"response_cache_mb": 0})
    with TestClient(create_app(settings)) as cached, TestClient(create_app(uncached)) as plain:
        cache = cached.app.state.response_cache  # type: ignore[attr-defined]
        assert plain.app.state.response_cache is None  # type: ignore[attr-defined]
        paths = [f"{API}/people?limit={n}" for n in range(1, 30)] + [f"{API}/action-areas"]
        for path in paths:
            first, second, reference = cached.get(path), cached.get(path), plain.get(path)
            assert first.content == second.content == reference.content
            assert first.headers["etag"] == second.headers["etag"] == reference.headers["etag"]
        assert len(cache.entries) > 0 and cache.size <= cache.max_bytes
        head = cached.head(f"{API}/action-areas")
        assert head.status_code == 200 and head.content == b""
        zipped = cached.get(f"{API}/action-areas", headers={"Accept-Encoding": "gzip"})
        assert zipped.json() == plain.get(f"{API}/action-areas").json()
        detail = cached.get(f"{API}/people/jacob-baird")
        again = cached.get(
            f"{API}/people/jacob-baird", headers={"If-None-Match": detail.headers["etag"]}
        )
        assert again.status_code == 304
        export = cached.get(f"{API}/exports/observations.ndjson")
        assert export.status_code == 200 and export.content


def test_concurrent_misses_of_one_url_compute_it_once(seeded_url: str) -> None:
    app = create_app()
    queries: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM person" in statement:
            queries.append(statement)

    engine = reading(get_engine())  # the engine requests read from
    event.listen(engine, "before_cursor_execute", count)
    try:

        async def burst() -> list[httpx.Response]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                url = f"{API}/people?limit=2&sort=-name"
                return await asyncio.gather(*(client.get(url) for _ in range(12)))

        responses = asyncio.run(burst())
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert len(queries) == 1, queries  # one computation, eleven waiters served its bytes


def test_file_urls_are_read_off_the_routes_as_the_document_declares_them(seeded_url: str) -> None:
    settings = get_settings().model_copy(update={"database_url": seeded_url})
    with TestClient(create_app(settings)) as fresh:
        app = fresh.app
        for path in (f"{API}/jurisdictions.csv?limit=2", f"{API}/exports/strategies.csv"):
            assert fresh.get(path).status_code == 200
        assert app.openapi_schema is None  # type: ignore[attr-defined]  # files need no document
        paths = fresh.get("/openapi.json").json()["paths"]
        declared = [p for p in paths if "." in p and p.rpartition(".")[0] in paths]
        found = suffixes.file_urls(dispatch.api_routes(app.router))  # type: ignore[attr-defined]
        assert sorted(found) == sorted(declared)
        assert len(found) > 20 and any("{" in url for url in found)
