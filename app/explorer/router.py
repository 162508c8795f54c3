"""The explorer's pages: browse and search jurisdictions, a profile with every figure's source
passage, a series chart, articles. Each page asks the public API for its data (api.call)."""

from html import escape
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import HTMLResponse

from app.core.schemas import SlugPath
from app.explorer.api import ApiAnswer, call
from app.explorer.chart import series_svg
from app.explorer.layout import page, page_csp, paragraphs

router = APIRouter(prefix="/explore", include_in_schema=False)
API = "/api/v1"
PAGE_SIZE = 50
CursorQuery = Annotated[str | None, Query(max_length=500, description="Page cursor.")]


def html(title: str, body: str, *, status: int = 200, forms: bool = False) -> HTMLResponse:
    """A page with its own policy (no script; forms only where the page has one)."""
    return HTMLResponse(
        page(title, body),
        status_code=status,
        headers={"Content-Security-Policy": page_csp(forms=forms)},
    )


def problem_page(answer: ApiAnswer) -> HTMLResponse:
    """An API problem as a page with the same status."""
    body = answer.body or {}
    text = f"<p>{escape(str(body.get('detail', 'The API could not answer.')))}</p>"
    return html(str(body.get("title", "Error")), text, status=answer.status)


def _link(path: str, text: str) -> str:
    return f'<a href="{escape(path)}">{escape(text)}</a>'


def _profile(slug: str) -> str:
    return f"/explore/jurisdictions/{quote(slug)}"


def _next_link(answer: ApiAnswer, base: str, **query: str | None) -> str:
    cursor = answer.next_cursor
    if cursor is None:
        return ""
    params = urlencode({k: v for k, v in {**query, "cursor": cursor}.items() if v})
    return f'<p><a rel="next" href="{escape(base + "?" + params)}">Next page</a></p>'


@router.get("", response_class=HTMLResponse)
async def browse(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Words to search for.")] = None,
    state: Annotated[str | None, Query(max_length=20, description="State code.")] = None,
    cursor: CursorQuery = None,
) -> HTMLResponse:
    """Browse jurisdictions by state, or search them by words."""
    form = f"""<form method="get" action="/explore" role="search">
<label for="q">Search jurisdictions<input id="q" name="q" type="search" value="{escape(q or "")}" maxlength="200"></label>
<label for="state">State (two letters)<input id="state" name="state" value="{escape(state or "")}" maxlength="2" size="3" pattern="[A-Za-z]{{2}}"></label>
<button type="submit">Show</button>
</form>"""
    if q:
        answer = await call(request, f"{API}/search", q=q, type="jurisdictions", limit=PAGE_SIZE)
        if answer.status != 200:
            return problem_page(answer)
        rows = "".join(
            f"<tr><td>{_link(_profile(hit['slug']), hit['title'])}</td><td>{hit['snippet'] and escape(hit['snippet'].replace('<mark>', '').replace('</mark>', ''))}</td></tr>"
            for hit in answer.data
        )
        table = f"""<table><caption>Jurisdictions matching “{escape(q)}”</caption>
<thead><tr><th scope="col">Jurisdiction</th><th scope="col">Matching passage</th></tr></thead>
<tbody>{rows or '<tr><td colspan="2">No jurisdiction matches.</td></tr>'}</tbody></table>"""
        return html("Jurisdictions", form + table, forms=True)
    answer = await call(
        request, f"{API}/jurisdictions", state=state, limit=PAGE_SIZE, cursor=cursor
    )
    if answer.status != 200:
        return problem_page(answer)
    rows = "".join(
        f"<tr><td>{_link(_profile(j['slug']), j['name'])}</td><td>{escape(j['kind'])}</td>"
        f"<td>{escape(j['state'] or '')}</td><td>{escape(j['fips'] or '')}</td></tr>"
        for j in answer.data
    )
    caption = (
        f"Jurisdictions in {escape(state.upper())}" if state else "Every jurisdiction, by slug"
    )
    table = f"""<table><caption>{caption}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col">FIPS</th></tr></thead>
<tbody>{rows or '<tr><td colspan="4">None.</td></tr>'}</tbody></table>"""
    more = _next_link(answer, "/explore", state=state)
    return html("Jurisdictions", form + table + more, forms=True)


def _refs(items: list[dict[str, Any]], *, extra: str = "") -> str:
    if not items:
        return "<p>None named in the source.</p>"
    return (
        "<ul>"
        + "".join(
            f"<li>{escape(i['name'])}{(', ' + escape(i[extra])) if extra and i.get(extra) else ''}</li>"
            for i in items
        )
        + "</ul>"
    )


async def _passages(request: Request, slug: str) -> dict[str, str]:
    """Source id -> verbatim passage, for every figure of a jurisdiction, in one API call per
    page of 500 figures (the observations sub-list with `include=source`)."""
    out: dict[str, str] = {}
    cursor = None
    while True:
        answer = await call(
            request, f"{API}/jurisdictions/{quote(slug)}/observations",
            include="source", fields="metric", limit=500, cursor=cursor,
        )  # fmt: skip
        if answer.status != 200:
            return out
        for row in answer.data:
            if row.get("source"):
                out[row["source"]["id"]] = row["source"]["passage"]
        cursor = answer.next_cursor
        if cursor is None:
            return out


def _figures(slug: str, figures: list[dict[str, Any]], passages: dict[str, str]) -> str:
    if not figures:
        return "<p>No figures.</p>"
    rows = []
    for f in figures:
        period = (
            " to ".join(p for p in (f.get("period_start"), f.get("period_end")) if p)
            or "not stated"
        )
        passage = passages.get(f.get("source_id") or "", "")
        chart = f"/explore/jurisdictions/{quote(slug)}/series/{quote(f['metric'])}"
        rows.append(
            f'<tr><td>{_link(chart, f["metric"])}</td><td class="n">{f["value"]:g} {escape(f["unit"])}</td>'
            f"<td>{escape(f.get('text_as_written') or '')}</td><td>{escape(period)}</td>"
            f"<td><blockquote>{escape(passage)}</blockquote></td></tr>"
        )
    return f"""<table><caption>Every figure with the passage it comes from</caption>
<thead><tr><th scope="col">Metric (chart)</th><th scope="col" class="n">Value</th><th scope="col">As written</th>
<th scope="col">Period</th><th scope="col">Source passage (verbatim)</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>"""


@router.get("/jurisdictions/{slug}", response_class=HTMLResponse)
async def profile(request: Request, slug: SlugPath) -> HTMLResponse:
    """A jurisdiction's profile: texts, partners, strategies, figures and their passages."""
    answer = await call(request, f"{API}/jurisdictions/{quote(slug)}")
    if answer.status != 200:
        return problem_page(answer)
    j = answer.data
    figures = j["headline_figures"]
    passages = await _passages(request, slug)
    facts = (
        f"<dl><dt>Kind</dt><dd>{escape(j['kind'])}</dd><dt>State</dt><dd>{escape(j['state'] or '')}</dd>"
        f"<dt>FIPS</dt><dd>{escape(j['fips'] or 'not stated')}</dd>"
        f"<dt>Lead agency</dt><dd>{escape(j['lead_agency']['name']) if j['lead_agency'] else 'not stated'}</dd>"
        f"<dt>Action areas</dt><dd>{escape(', '.join(a['name'] for a in j['action_area_refs'])) or 'none'}</dd>"
        f"<dt>Data</dt><dd>{_link(API + '/jurisdictions/' + quote(slug), 'JSON')}</dd></dl>"
    )
    strategies = "".join(
        f'<li>{escape(s["name"])} <span class="muted">({escape(s["status"] or "status not stated")})</span></li>'
        for s in j["strategies"]
    )
    sections = [
        ("Background and approach", paragraphs(j["background_and_approach"])),
        ("Results", paragraphs(j["results"])),
        ("Remaining challenges", paragraphs(j["remaining_challenges"])),
    ]
    texts = "".join(
        f'<section aria-labelledby="s{i}"><h2 id="s{i}">{title}</h2>{text}</section>'
        for i, (title, text) in enumerate(sections)
        if text
    )
    body = (
        facts
        + texts
        + f'<section aria-labelledby="figures"><h2 id="figures">Figures</h2>{_figures(slug, figures, passages)}</section>'
        + f'<section aria-labelledby="strategies"><h2 id="strategies">Strategies</h2><ul>{strategies or "<li>None named.</li>"}</ul></section>'
        + f'<section aria-labelledby="partners"><h2 id="partners">Partners</h2>{_refs(j["partners"])}</section>'
        + f'<section aria-labelledby="contacts"><h2 id="contacts">Contacts</h2>{_refs(j["contacts"], extra="title")}</section>'
        + f'<section aria-labelledby="networks"><h2 id="networks">Networks</h2>{_refs(j["networks"], extra="role")}</section>'
    )
    if j.get("note"):
        body += f'<section aria-labelledby="note"><h2 id="note">Transcription note</h2><p>{escape(j["note"])}</p></section>'
    return html(j["name"], body)


@router.get("/jurisdictions/{slug}/series/{metric}", response_class=HTMLResponse)
async def series(
    request: Request,
    slug: SlugPath,
    metric: Annotated[str, Path(pattern=r"^[a-z0-9_]+$", max_length=100)],
    interval: Annotated[
        Literal["month", "quarter", "year"], Query(description="Bucket size.")
    ] = "year",
) -> HTMLResponse:
    """A jurisdiction's series for one metric: an SVG chart and the same numbers as a table."""
    return await _series_page(request, slug, metric, interval)


async def _series_page(request: Request, slug: str, metric: str, interval: str) -> HTMLResponse:
    path = f"{API}/jurisdictions/{quote(slug)}/series/{quote(metric)}"
    answer = await call(request, path, interval=interval)
    if answer.status != 200:
        return problem_page(answer)
    meta, buckets = answer.body["meta"], answer.data
    title = f"{metric} in {slug}"
    rows = "".join(
        f'<tr><td>{escape(b["period"])}</td><td class="n">{"" if b["value"] is None else format(b["value"], "g")}</td>'
        f'<td class="n">{b["coverage"]:.3f}</td></tr>'
        for b in buckets
    )
    choices = " · ".join(
        _link(f"{_profile(slug)}/series/{quote(metric)}?interval={i}", i)
        for i in ("month", "quarter", "year")
    )
    body = (
        f"<p>By {escape(interval)}: {escape(meta['method'])}</p><p>Interval: {choices}</p>"
        + series_svg(buckets, title=title, unit=meta["unit"])
        + f"""<table><caption>The series as numbers</caption><thead><tr><th scope="col">Period</th>
<th scope="col" class="n">Value ({escape(meta["unit"])})</th><th scope="col" class="n">Coverage</th></tr></thead>
<tbody>{rows or '<tr><td colspan="3">No periods.</td></tr>'}</tbody></table>"""
        + f"<p>{_link(path + '.csv?interval=' + interval, 'Download as CSV')} · {_link(_profile(slug), 'Back to the profile')}</p>"
    )
    return html(title, body)


@router.get("/articles", response_class=HTMLResponse)
async def articles(request: Request, cursor: CursorQuery = None) -> HTMLResponse:
    """Articles, newest first."""
    answer = await call(
        request, f"{API}/articles", sort="-published", limit=PAGE_SIZE, cursor=cursor,
        fields="title,published,authors",
    )  # fmt: skip
    if answer.status != 200:
        return problem_page(answer)
    rows = "".join(
        f"<tr><td>{_link('/explore/articles/' + quote(a['slug']), a['title'])}</td>"
        f"<td>{escape(a['published'] or '')}</td>"
        f"<td>{escape(', '.join(p['name'] for p in a['authors']))}</td></tr>"
        for a in answer.data
    )
    table = f"""<table><caption>Articles, newest first</caption>
<thead><tr><th scope="col">Title</th><th scope="col">Published</th><th scope="col">Authors</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return html("Articles", table + _next_link(answer, "/explore/articles"))


@router.get("/articles/{slug}", response_class=HTMLResponse)
async def article(request: Request, slug: SlugPath) -> HTMLResponse:
    """One article: its text and what it mentions."""
    answer = await call(request, f"{API}/articles/{quote(slug)}")
    if answer.status != 200:
        return problem_page(answer)
    a = answer.data
    mentions = "".join(
        f"<li>{_link(_profile(j['slug']), j['name'])}</li>" for j in a["jurisdictions"]
    )
    body = (
        f'<p class="muted">Published {escape(a["published"] or "date not stated")}'
        f" · by {escape(', '.join(p['name'] for p in a['authors'])) or 'author not stated'}</p>"
        + paragraphs(a["body"])
        + f'<section aria-labelledby="mentions"><h2 id="mentions">Jurisdictions it mentions</h2><ul>{mentions or "<li>None.</li>"}</ul></section>'
    )
    return html(a["title"], body)
