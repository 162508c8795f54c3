"""Fingerprint every read a running server answers for its data, so that a refactor can prove
it changed no response byte: run it against the server before and after, then `diff`.

Usage: python -m bench.same_bytes http://127.0.0.1:18010 [--items 40] > before.txt

It walks the API the way a client does: every list (first pages, each sort, each include, each
filter with values taken from the data, the CSV and NDJSON twins), the details of the first
`--items` records of each list, each jurisdiction's sub-lists, series and a compare, searches,
exports, the data package, the explorer pages and the OpenAPI document. Each line is
`status content-type etag sha256 url`.
"""

import argparse
import hashlib
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

LISTS = {  # list path -> the field of a row that names its detail page
    "jurisdictions": "slug",
    "action-areas": "slug",
    "strategies": "slug",
    "metrics": "key",
    "observations": "id",
    "articles": "slug",
    "organizations": "slug",
    "people": "slug",
    "networks": "slug",
    "sources": "id",
    "documents": "key",
}
SEARCHES = ("jail", "pretrial release", "Milwaukee", "reentry OR diversion", "zzzz")


class Walker:
    """Fetches URLs once each and prints their fingerprints."""

    def __init__(self, base: str) -> None:
        """Remember the server."""
        self.base = base.rstrip("/")
        self.seen: set[str] = set()

    def get(self, url: str) -> bytes:
        """Fetch and print one URL's fingerprint (once); the body is returned."""
        try:
            with urllib.request.urlopen(self.base + url, timeout=120) as resp:
                status, headers, body = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as err:
            status, headers, body = err.code, err.headers, err.read()
        if url not in self.seen:
            self.seen.add(url)
            stable = re.sub(rb'"request_id":"[0-9a-f]+"', b"", body)  # differs per request
            digest = hashlib.sha256(stable).hexdigest()[:20]
            kind = headers.get("content-type", "-")
            print(status, kind.replace(" ", ""), headers.get("etag", "-"), digest, url)
        return body

    def json(self, url: str) -> Any:
        """Fetch a URL and decode its JSON (None when it is not JSON)."""
        try:
            return json.loads(self.get(url))
        except ValueError:
            return None


def choices(spec: dict[str, Any], path: str, name: str) -> list[str]:
    """The values a list's query parameter takes: its enum, or the "Allowed:" of its text."""
    for param in spec["paths"].get(path, {}).get("get", {}).get("parameters", []):
        if param["name"] == name:
            schema = param["schema"]
            items = schema.get("items", schema)
            if "enum" in items:
                return [str(v) for v in items["enum"]]
            allowed = re.search(r"Allowed: ([a-z_, ]+)\.", schema.get("description", ""))
            return allowed.group(1).split(", ") if allowed else []
    return []


def names(spec: dict[str, Any], path: str) -> list[str]:
    """The names of a list's query parameters."""
    params = spec["paths"].get(path, {}).get("get", {}).get("parameters", [])
    return [p["name"] for p in params if p["in"] == "query"]


def filters(spec: dict[str, Any], path: str) -> list[str]:
    """The names of a list's query parameters other than paging, sorting and includes."""
    common = {"limit", "cursor", "sort", "include", "fields", "facet", "extras", "q", "as_of"}
    return [name for name in names(spec, path) if name not in common]


def walk_list(w: Walker, spec: dict[str, Any], name: str, values: dict[str, list[str]]) -> list:
    """Every shape of one list; the rows of its first pages."""
    path = f"/api/v1/{name}"
    rows: list[Any] = []
    url: str | None = f"{path}?limit=50"
    for _ in range(3):
        page = w.json(url) if url else None
        if not page:
            break
        rows += page["data"]
        url = page["links"].get("next")
    for suffix in (".csv", ".ndjson"):
        w.get(f"{path}{suffix}?limit=50")
    for sort in choices(spec, path, "sort"):
        w.get(f"{path}?sort={sort}&limit=20")
    for include in choices(spec, path, "include"):
        w.get(f"{path}?include={include}&limit=20")
        w.get(f"{path}.csv?include={include}&limit=20")
    for field in filters(spec, path):
        for value in values.get(field, [])[:3]:
            w.get(f"{path}?{urllib.parse.urlencode({field: value})}&limit=20")
            w.get(f"/api/v1/exports/{name}.csv?{urllib.parse.urlencode({field: value})}")
    facets = "".join(f"&facet={f}" for f in choices(spec, path, "facet"))
    w.get(f"{path}?limit=5&extras=count{facets}")
    fields = choices(spec, path, "fields")
    w.get(f"{path}?limit=20&fields={','.join(fields[-2:])}")
    w.get(f"{path}.csv?limit=20&fields={','.join(fields[:2])}")
    if "as_of" in names(spec, path):
        w.get(f"{path}?limit=20&as_of=2030-01-01T00:00:00Z")
    return rows


def filter_values(rows: dict[str, list[Any]]) -> dict[str, list[str]]:
    """Values a filter can take, read from the data itself."""
    juris = rows["jurisdictions"]
    return {
        "state": sorted({j["state"] for j in juris if j.get("state")}),
        "kind": sorted({j["kind"] for j in juris}),
        "jurisdiction": [j["slug"] for j in juris],
        "action_area": [a["slug"] for a in rows["action-areas"]],
        "network": [n["slug"] for n in rows["networks"]],
        "metric": [m["key"] for m in rows["metrics"]],
        "document": [d["key"] for d in rows["documents"]],
        "status": ["in_place", "completed", "planned"],
        "from": ["2018-01-01"],
        "to": ["2020-12-31"],
        "updated_since": ["2000-01-01T00:00:00Z"],
    }


def jurisdiction_pages(w: Walker, slug: str, metrics: list[str]) -> Iterator[str]:
    """Sub-lists, series and explorer pages of one jurisdiction."""
    base = f"/api/v1/jurisdictions/{slug}"
    for sub in ("strategies", "observations", "articles"):
        yield f"{base}/{sub}"
        yield f"{base}/{sub}.csv"
    observations = w.json(f"{base}/observations?limit=200") or {"data": []}
    for metric in sorted({o["metric"] for o in observations["data"]} & set(metrics)):
        yield f"{base}/series/{metric}"
        for interval in ("month", "year"):
            for agg in ("mean", "sum", "last", "max"):
                yield f"{base}/series/{metric}?interval={interval}&agg={agg}"
        for transform in ("change_from_baseline", "index", "per_100k"):
            yield f"{base}/series/{metric}?transform={transform}"
            yield f"{base}/series/{metric}?interval=year&transform={transform}&baseline=2019"
        yield f"{base}/series/{metric}.csv"
        yield f"/explore/jurisdictions/{slug}/series/{metric}"
    yield f"/explore/jurisdictions/{slug}"


def main() -> None:
    """Walk the server and print one fingerprint per URL."""
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    w = Walker(args.base)
    spec = w.json("/openapi.json")
    for url in (
        "/",
        "/api",
        "/api/v1",
        "/api/v1/datapackage.json",
        "/explore",
        "/explore/articles",
    ):
        w.get(url)
    rows: dict[str, list[Any]] = {name: [] for name in LISTS}
    rows["action-areas"] = w.json("/api/v1/action-areas?limit=200")["data"]
    rows["networks"] = w.json("/api/v1/networks?limit=200")["data"]
    rows["metrics"] = w.json("/api/v1/metrics?limit=200")["data"]
    rows["documents"] = w.json("/api/v1/documents?limit=200")["data"]
    rows["jurisdictions"] = w.json("/api/v1/jurisdictions?limit=200")["data"]
    values = filter_values(rows)
    for name, key in LISTS.items():
        listed = rows[name] = walk_list(w, spec, name, values)
        for row in listed[: args.items]:
            w.get(f"/api/v1/{name}/{urllib.parse.quote(str(row[key]), safe='')}")
        w.get(f"/api/v1/exports/{name}.csv")
        w.get(f"/api/v1/exports/{name}.ndjson")
    metrics = values["metric"]
    slugs = values["jurisdiction"][: args.items]
    for slug in slugs:
        for url in jurisdiction_pages(w, slug, metrics):
            w.get(url)
    for metric in metrics:
        joined = ",".join(slugs[:5])
        w.get(f"/api/v1/compare?metric={metric}&jurisdictions={joined}")
        w.get(f"/api/v1/compare?metric={metric}&jurisdictions={joined}&transform=index")
        w.get(f"/api/v1/compare.csv?metric={metric}&jurisdictions={joined}&layout=wide")
    for q in SEARCHES:
        w.get(f"/api/v1/search?{urllib.parse.urlencode({'q': q})}")
        w.get(f"/api/v1/articles?{urllib.parse.urlencode({'q': q})}")
    for row in rows["articles"][:5]:
        w.get(f"/explore/articles/{row['slug']}")
    print(f"{len(w.seen)} URLs", file=sys.stderr)


if __name__ == "__main__":
    main()
