"""An integrator's first program, on the generated client (clients/python/sjc_api_client):
list a state's jurisdictions across pages, read a profile, a series and a search, take one
list as CSV, and meet a 404 as a typed problem. Run: python example.py <base URL>."""

import sys
from urllib.parse import parse_qs, urlsplit

from sjc_api_client import Client
from sjc_api_client.api.jurisdictions import (
    get_jurisdiction,
    list_jurisdictions,
    list_jurisdictions_csv,
)
from sjc_api_client.api.observations import get_series
from sjc_api_client.api.search import search
from sjc_api_client.models import (
    JurisdictionItem,
    JurisdictionList,
    Problem,
    SearchResults,
    SeriesResponse,
)
from sjc_api_client.types import UNSET, Unset


def jurisdictions_in(client: Client, state: str) -> list[str]:
    """Every jurisdiction of a state, following `links.next` page by page."""
    names: list[str] = []
    cursor: str | Unset = UNSET
    while True:
        page = list_jurisdictions.sync(client=client, state=state, limit=2, cursor=cursor)
        if not isinstance(page, JurisdictionList):
            raise SystemExit(f"list jurisdictions failed: {page}")
        names += [str(row.name) if row.name else row.slug for row in page.data]
        following = page.links.next_
        if not isinstance(following, str):
            return names
        cursor = parse_qs(urlsplit(following).query)["cursor"][0]


def main(base_url: str) -> None:
    """Run each call and print what came back."""
    client = Client(base_url=base_url, raise_on_unexpected_status=True)
    print("jurisdictions in WI:", ", ".join(jurisdictions_in(client, "WI")))

    profile = get_jurisdiction.sync(client=client, slug="milwaukee-county-wi")
    if not isinstance(profile, JurisdictionItem):
        raise SystemExit(f"profile failed: {profile}")
    county = profile.data
    print(f"{county.name}: {len(county.headline_figures)} figures")
    for figure in county.headline_figures:
        value = f"{figure.value:g}" if isinstance(figure.value, float) else figure.value
        print(f"  {figure.metric} = {value} {figure.unit} (source {figure.source_id})")

    series = get_series.sync(
        client=client, slug="milwaukee-county-wi", metric="average_daily_population"
    )
    if not isinstance(series, SeriesResponse):
        raise SystemExit(f"series failed: {series}")
    print(f"series: {len(series.data)} buckets; {series.meta.method}")

    hits = search.sync(client=client, q="diversion")
    if not isinstance(hits, SearchResults):
        raise SystemExit(f"search failed: {hits}")
    print(
        f"search 'diversion': {len(hits.data)} hits, first {hits.data[0].type_} {hits.data[0].slug}"
    )

    table = list_jurisdictions_csv.sync(client=client, state="WI")
    if not isinstance(table, str):
        raise SystemExit(f"CSV failed: {table}")
    print(f"as CSV: {len(table.splitlines()) - 1} rows, header {table.splitlines()[0][:40]}...")

    missing = get_jurisdiction.sync(client=client, slug="no-such-place")
    if not isinstance(missing, Problem):
        raise SystemExit(f"expected a problem, got {missing}")
    print(f"404 as a typed problem: {missing.status} {missing.code}: {missing.detail}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
