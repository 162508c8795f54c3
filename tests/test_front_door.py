"""The front door: `/` for people (HTML, no script, no CDN) and `/api` + `/api/v1` for programs;
the page is checked over HTTP and in a real browser (Debian's chromium driven by Playwright)."""

import os
import re
import shutil
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.conftest import WriteEnv
from tests.helpers import API, REPO_ROOT, get_json, serve

ARTIFACTS = Path(os.environ.get("SJC_ARTIFACTS_DIR", REPO_ROOT / "artifacts"))


def test_the_front_door_says_what_the_data_is_and_links_everything(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert len(response.content) < 200_000
    page = response.text
    root = get_json(client, API)["data"]
    assert f"<dd>{root['dataset_version']} (API v1)</dd>" in page
    assert root["last_updated"][:10] in page
    assert "No licence is stated" in page and "How to cite" in page
    for collection in root["collections"]:
        assert f'href="{collection["url"]}"' in page
        assert f'href="{collection["export_csv"]}"' in page
        assert f'<td class="n">{collection["count"]:,}</td>' in page
    for target in ("/docs", "/redoc", "/openapi.json", "/api/v1/metrics", "/api/v1"):
        assert f'href="{target}"' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page


def test_the_page_allows_only_its_own_style(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src" not in policy and "frame-ancestors 'none'" in policy
    assert client.get(f"{API}/jurisdictions").headers["content-security-policy"] == (
        "default-src 'none'; frame-ancestors 'none'"
    )


def test_api_lists_its_versions_and_the_v1_root_says_how_to_cite(client: TestClient) -> None:
    versions = get_json(client, "/api")["data"]
    assert versions["versions"] == [{"version": "v1", "url": "/api/v1", "status": "current"}]
    assert "Sunset" in versions["policy"]
    root = get_json(client, API)["data"]
    assert root["citation"].endswith(
        f"dataset version {root['dataset_version']}, {root['last_updated'][:10]}."
    )
    assert root["licence"].startswith("No licence is stated")
    assert root["docs"]["data_dictionary"] == "/api/v1/metrics"


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (see .ci/run)")
        pytest.skip("no chromium: apt-get install chromium")
    return path


def test_the_front_door_in_a_real_browser(seeded_url: str) -> None:
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve(seeded_url) as port, sync_playwright() as playwright:
        base = f"http://127.0.0.1:{port}"
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        try:
            page = browser.new_page()
            problems: list[str] = []
            origins: set[str] = set()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: origins.add(re.sub(r"^(\w+://[^/]+).*", r"\1", r.url)))
            response = page.goto(base + "/")
            assert response is not None and response.status == 200
            assert page.title() == "sjc-api: Safety and Justice Challenge data"
            for landmark in ("banner", "main", "contentinfo"):
                assert page.get_by_role(landmark).count() == 1, landmark
            assert page.get_by_role("heading", level=1).inner_text() == (
                "Safety and Justice Challenge network data"
            )
            # the style sheet applied (a CSP violation would leave the default black links)
            color = page.eval_on_selector("a", "a => getComputedStyle(a).color")
            assert color == "rgb(29, 79, 145)"
            hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
            page.screenshot(path=str(ARTIFACTS / "front-door.png"), full_page=True)
            assert problems == []
            assert origins == {base}  # nothing from another origin
        finally:
            browser.close()
        for href in set(hrefs):
            assert href.startswith(base), href
            assert httpx.get(href).status_code == 200, href


# Last in the module: the write_env fixture points the process settings at its own database
# until the module ends, so no test using the suite's `client` may follow it.
def test_the_page_follows_the_data(write_env: WriteEnv) -> None:
    client = write_env.client
    before = client.get("/")
    assert client.get("/", headers={"If-None-Match": before.headers["etag"]}).status_code == 304
    created = client.post(
        f"{API}/action-areas",
        json={"slug": "front-door", "name": "Front <door> & more"},
        headers=write_env.auth(),
    )
    assert created.status_code == 201
    after = client.get("/", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200  # a new dataset version: a new page
    version = get_json(client, API)["data"]["dataset_version"]
    assert f"<dd>{version} (API v1)</dd>" in after.text
