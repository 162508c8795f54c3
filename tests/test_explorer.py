"""The explorer: HTML pages for people built on the public API only (an import contract keeps
the database and the domains out of app/explorer); checked over HTTP and in a real browser,
with and without JavaScript, with screenshots kept as artifacts."""

import re
from html import escape
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import WriteEnv
from tests.helpers import API, get_json, serve
from tests.test_front_door import ARTIFACTS, _chromium

MILWAUKEE = "/explore/jurisdictions/milwaukee-county-wi"
ARTICLE = "pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve"
PAGES = {
    "explore": "/explore",
    "explore-state": "/explore?state=WI",
    "explore-search": "/explore?q=diversion",
    "profile": MILWAUKEE,
    "series": f"{MILWAUKEE}/series/jail_bookings",
    "articles": "/explore/articles",
    "article": f"/explore/articles/{ARTICLE}",
}


@pytest.mark.parametrize("path", list(PAGES.values()))
def test_each_page_is_small_scriptless_html_with_landmarks(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert len(response.content) < 200_000
    page = response.text
    assert '<html lang="en">' in page and page.count("<h1>") == 1
    for landmark in ("<header>", '<nav aria-label="Site">', "<main>", "<footer>"):
        assert landmark in page, landmark
    assert "<script" not in page and "http://" not in page and "https://" not in page
    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src" not in policy


def test_browsing_by_state_lists_what_the_api_lists(client: TestClient) -> None:
    page = client.get("/explore?state=WI").text
    listed = get_json(client, f"{API}/jurisdictions?state=WI")["data"]
    assert [j["name"] for j in listed] == ["Eau Claire County", "Milwaukee County"]
    for j in listed:
        assert f'<a href="/explore/jurisdictions/{j["slug"]}">{j["name"]}</a>' in page


def test_the_profile_shows_every_figure_with_its_verbatim_passage(client: TestClient) -> None:
    page = client.get(MILWAUKEE).text
    profile = get_json(client, f"{API}/jurisdictions/milwaukee-county-wi")["data"]
    for figure in profile["headline_figures"]:
        passage = get_json(client, f"{API}/sources/{figure['source_id']}")["data"]["passage"]
        assert f"<blockquote>{escape(passage)}</blockquote>" in page, figure["id"]
        assert f'/series/{figure["metric"]}">{figure["metric"]}</a>' in page
    for partner in profile["partners"]:
        assert f"<li>{escape(partner['name'])}</li>" in page
    for strategy in profile["strategies"]:
        assert escape(strategy["name"]) in page
    assert "In 2015, Milwaukee County had 33,500 jail bookings per year." in page


def test_the_series_page_charts_the_api_series(client: TestClient) -> None:
    page = client.get(f"{MILWAUKEE}/series/jail_bookings?interval=year").text
    series = get_json(
        client, f"{API}/jurisdictions/milwaukee-county-wi/series/jail_bookings?interval=year"
    )
    valued = [b for b in series["data"] if b["value"] is not None]
    assert valued, "the seeded bookings figure makes one yearly bucket"
    assert page.count("<circle") == len(valued)
    assert f"{len(valued)} of {len(series['data'])} periods have a value" in page
    for bucket in valued:
        assert f"<title>{bucket['period']}: {bucket['value']:g}</title>" in page
    assert "/series/jail_bookings.csv?interval=year" in page


def test_articles_list_and_page(client: TestClient) -> None:
    listed = client.get("/explore/articles").text
    assert f'<a href="/explore/articles/{ARTICLE}">' in listed
    page = client.get(f"/explore/articles/{ARTICLE}").text
    article = get_json(client, f"{API}/articles/{ARTICLE}")["data"]
    assert f"<h1>{escape(article['title'])}</h1>" in page
    assert "Published 2021-08-19" in page and "Aviva Kurash" in page


@pytest.mark.parametrize(
    ("path", "status"),
    [("/explore/jurisdictions/no-such-place", 404), ("/explore?state=WIS", 422),
     (f"{MILWAUKEE}/series/no_such_metric", 404)],
)  # fmt: skip
def test_api_problems_become_pages_with_their_status(
    client: TestClient, path: str, status: int
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>" in response.text


CONTRAST_SCRIPT = """() => {
  const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(v => {
      v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const bg = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)') return c; } return 'rgb(255, 255, 255)'; };
  const worst = [];
  for (const el of document.querySelectorAll('p, a, td, th, li, dt, dd, label, button, h1, h2, caption')) {
    if (!el.textContent.trim()) continue;
    const [a, b] = [lum(getComputedStyle(el).color), lum(bg(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push(el.tagName + ' ' + ratio.toFixed(2));
  }
  return worst;
}"""
UNLABELLED_SCRIPT = """() => [...document.querySelectorAll('input, select')]
  .filter(i => !(i.labels && i.labels.length)).map(i => i.name)"""


def test_the_explorer_in_a_real_browser(seeded_url: str) -> None:
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve(seeded_url) as port, sync_playwright() as playwright:
        base = f"http://127.0.0.1:{port}"
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            for scripts in (True, False):
                context = browser.new_context(java_script_enabled=scripts)
                page = context.new_page()
                problems = _watch(page)
                if scripts:
                    for name, path in PAGES.items():
                        response = page.goto(base + path)
                        assert response is not None and response.status == 200, path
                        _check_accessible(page, path)
                        page.screenshot(
                            path=str(ARTIFACTS / f"explorer-{name}.png"), full_page=True
                        )
                else:  # without JavaScript: search with the form, follow a result
                    page.goto(base + "/explore")
                    page.get_by_label("Search jurisdictions").fill("Milwaukee")
                    page.get_by_role("button", name="Show").click()
                    page.wait_for_url(re.compile(r".*/explore\?q=Milwaukee.*"))
                    page.get_by_role("link", name="Milwaukee County").first.click()
                    assert page.get_by_role("heading", level=1).inner_text() == "Milwaukee County"
                    page.screenshot(
                        path=str(ARTIFACTS / "explorer-no-javascript.png"), full_page=True
                    )
                assert problems == [], problems
                context.close()
        finally:
            browser.close()


def _watch(page: Any) -> list[str]:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(r.url))
    return problems


def _check_accessible(page: Any, path: str) -> None:
    for landmark in ("banner", "navigation", "main", "contentinfo"):
        assert page.get_by_role(landmark).count() == 1, (path, landmark)
    assert page.get_by_role("heading", level=1).count() == 1, path
    assert page.evaluate(UNLABELLED_SCRIPT) == [], path
    assert page.evaluate(CONTRAST_SCRIPT) == [], path
    # the style sheet applied (a CSP violation would leave the default link colour)
    assert page.eval_on_selector("main a, nav a", "a => getComputedStyle(a).color") == (
        "rgb(29, 79, 145)"
    )


# Last in the module: the write_env fixture points the process settings at its own database.
def test_text_from_the_data_is_escaped_on_every_page(write_env: WriteEnv) -> None:
    client = write_env.client
    hostile = 'Hostile <script>alert(1)</script> & "quoted" County'
    created = client.post(
        f"{API}/jurisdictions",
        json={"slug": "hostile-county-zz", "name": hostile, "kind": "county", "state": "ZZ"},
        headers=write_env.auth(),
    )
    assert created.status_code == 201, created.text
    for path in ("/explore?state=ZZ", "/explore/jurisdictions/hostile-county-zz"):
        page = client.get(path).text
        assert "<script>" not in page
        assert (
            "Hostile &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; County" in page
        )
