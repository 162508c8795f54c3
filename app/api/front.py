"""`GET /`: the front door for people (an HTML page: no script, no CDN, works offline) and
`GET /api`: the API versions, for programs that start at the top."""

from html import escape
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.responses import HTMLResponse, Response

from app.api.root import api_root_data
from app.core.db import SessionDep
from app.core.routing import PlannedRoute
from app.explorer.layout import STYLE, page_csp
from app.lists.render import item_response

router = APIRouter(tags=["meta"], route_class=PlannedRoute)


def _collection_rows(collections: list[dict[str, Any]]) -> str:
    return "\n".join(
        f'<tr><td><a href="{escape(c["url"])}">{escape(c["name"])}</a></td>'
        f'<td class="n">{c["count"]:,}</td>'
        f'<td><a href="{escape(c["export_csv"])}">CSV</a></td></tr>'
        for c in collections
    )


def front_page(data: dict[str, Any]) -> str:
    """The HTML of the front door (every value escaped)."""
    updated = data["last_updated"]
    day = f"{updated:%Y-%m-%d}" if updated else "not yet loaded"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sjc-api: Safety and Justice Challenge data</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<p>sjc-api</p>
<h1>Safety and Justice Challenge network data</h1>
</header>
<main>
<p>The public data of the Safety and Justice Challenge network, a criminal-justice reform
network: jurisdictions (counties, states, cities) with their lead agencies, partners and
contacts, the action areas and strategies each runs, jail population figures (each with the
passage it comes from) and articles. Every record is transcribed from the network's website
and keeps its verbatim source passage.</p>
<section aria-labelledby="dataset">
<h2 id="dataset">This dataset</h2>
<dl>
<dt>Version</dt><dd>{data["dataset_version"]} (API {escape(data["api_version"])})</dd>
<dt>Last updated</dt><dd>{escape(day)}</dd>
<dt>Licence</dt><dd>{escape(data["licence"])}</dd>
<dt>How to cite</dt><dd>{escape(data["citation"])}</dd>
</dl>
</section>
<section aria-labelledby="collections">
<h2 id="collections">Collections</h2>
<table>
<caption>Every collection of API v1, its size and its export</caption>
<thead><tr><th scope="col">Collection</th><th scope="col" class="n">Records</th>
<th scope="col">Export</th></tr></thead>
<tbody>
{_collection_rows(data["collections"])}
</tbody>
</table>
</section>
<section aria-labelledby="docs">
<h2 id="docs">Documentation</h2>
<ul>
<li><a href="/explore">Explore the data</a>: jurisdictions, profiles with every figure's
source passage, series charts, <a href="/explore/articles">articles</a></li>
<li><a href="/docs">Interactive API documentation</a> (Swagger UI) and
<a href="/redoc">reference</a> (ReDoc)</li>
<li><a href="/openapi.json">OpenAPI document</a> for generated clients</li>
<li><a href="{escape(data["docs"]["data_dictionary"])}">Data dictionary</a>: what each
figure measures</li>
<li><a href="/api/v1">API root</a> as JSON: <code>GET /api/v1</code></li>
</ul>
</section>
</main>
<footer>
<p>Reads are open to everyone; errors are <code>application/problem+json</code>.</p>
</footer>
</body>
</html>
"""


@router.get(
    "/",
    name="get_front_door",
    summary="Show the front door (HTML)",
    description="A page for people: what the data is, the dataset's version, date and licence, "
    "and links to the documentation, the collections, the exports and the data dictionary.",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {"schema": {"type": "string"}}}}},
)
def get_front_door(session: SessionDep) -> HTMLResponse:
    """The HTML front door."""
    return HTMLResponse(
        front_page(api_root_data(session)), headers={"Content-Security-Policy": page_csp()}
    )


class ApiVersion(BaseModel):
    """One version of the API."""

    version: str = Field(description="Version name, as in the path.")
    url: str = Field(description="Root of the version.")
    status: str = Field(description="`current`, `deprecated` (with a sunset date) or `retired`.")


class ApiVersions(BaseModel):
    """The versions of the API."""

    versions: list[ApiVersion]
    policy: str = Field(description="How versions and deprecations work (docs/versioning.md).")


POLICY = (
    "A version's responses only grow: new fields, parameters and routes may appear, none is "
    "removed or changes meaning within the version. A route or parameter to be removed is "
    "first deprecated: its responses carry Deprecation (RFC 9745), Sunset (RFC 8594) and "
    "Link rel=deprecation headers and the OpenAPI document marks it, at least 6 months before "
    "the sunset date, and the CHANGELOG says so. Breaking changes get a new version path "
    "(/api/v2) served beside the old one until its sunset."
)


class ApiVersionsEnvelope(BaseModel):
    """The versions of the API, in the usual envelope."""

    data: ApiVersions
    meta: dict[str, str] = Field(default_factory=dict)


@router.get(
    "/api",
    name="list_api_versions",
    summary="List the API versions",
    description="Every version of the API with its root and status, and the versioning and "
    "deprecation policy (docs/versioning.md).",
    response_model=ApiVersionsEnvelope,
)
async def list_api_versions() -> Response:
    """The API versions."""
    versions = [{"version": "v1", "url": "/api/v1", "status": "current"}]
    return item_response({"versions": versions, "policy": POLICY})
