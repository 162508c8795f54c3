"""Query power through HTTP: sort, cursor stability, fields, include (no N+1), count, facets, q."""

import itertools
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from app.core.db import get_engine, reading
from tests.helpers import API, all_pages, get_json


def slugs(items: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [i.get("slug") or i.get("id") or i["key"] for i in items]


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("jurisdictions?sort=-name", lambda j: j["name"]),
        ("jurisdictions?sort=state,-name", lambda j: (j["state"] or "", j["name"])),
        ("articles?sort=-published", lambda a: a["published"]),
        ("observations?sort=-value", lambda o: o["value"]),
        ("strategies?sort=status,name", lambda s: (s["status"] or "", s["name"])),
    ],
)
def test_sort_orders_and_pages_stay_stable(client: TestClient, path: str, key) -> None:  # type: ignore[no-untyped-def]
    whole = get_json(client, f"{API}/{path}&limit=500")["data"]
    paged = all_pages(client, f"{API}/{path}&limit=3")
    assert slugs(paged) == slugs(whole)
    assert len(set(slugs(paged))) == len(paged)
    descending = path.split("sort=")[1].startswith("-")
    values = [key(i) for i in whole]
    assert (
        values == sorted(values, reverse=descending)
        or path.endswith("state,-name")
        or "status" in path
    )


def test_sort_state_then_name_descending(client: TestClient) -> None:
    data = get_json(client, f"{API}/jurisdictions?sort=state,-name&limit=500")["data"]
    pairs = [(j["state"] or "", j["name"]) for j in data]
    for (s1, n1), (s2, n2) in itertools.pairwise(pairs):
        assert s1 < s2 or (s1 == s2 and n1 >= n2)


def test_cursor_from_another_sort_is_refused(client: TestClient) -> None:
    cursor = get_json(client, f"{API}/jurisdictions?sort=name&limit=2")["meta"]["next_cursor"]
    problem = get_json(client, f"{API}/jurisdictions?sort=-name&cursor={cursor}", 422)
    assert problem["errors"][0]["parameter"] == "cursor"


@pytest.mark.parametrize(
    ("path", "parameter", "allowed"),
    [
        ("jurisdictions?sort=population", "sort", "fips"),
        ("jurisdictions?sort=name,,slug", "sort", "name"),
        ("jurisdictions?fields=name,secret", "fields", "has_profile"),
        ("jurisdictions?include=budget", "include", "lead_agency"),
        ("jurisdictions?facet=color", "facet", "action_area"),
        ("articles?extras=everything", "extras", "count"),
        ("articles?format=xml", "format", "ndjson"),
        ("people?sort=", "sort", "name"),
    ],
)
def test_unknown_query_options_are_422_listing_allowed_values(
    client: TestClient, path: str, parameter: str, allowed: str
) -> None:
    problem = get_json(client, f"{API}/{path}", 422)
    [error] = [e for e in problem["errors"] if e.get("parameter") == parameter]
    assert allowed in error["detail"]


def test_sparse_fieldsets_keep_the_identifier(client: TestClient) -> None:
    data = get_json(client, f"{API}/jurisdictions?fields=name,fips&limit=3")["data"]
    assert all(set(item) == {"slug", "name", "fips"} for item in data)


def test_include_embeds_related_resources(client: TestClient) -> None:
    body = get_json(client, f"{API}/jurisdictions?include=strategies,lead_agency,contacts&state=WI")
    mke = next(j for j in body["data"] if j["slug"] == "milwaukee-county-wi")
    assert mke["lead_agency"]["name"] == "Milwaukee Community Justice Council"
    assert len(mke["strategies"]) == 21
    assert [c["name"] for c in mke["contacts"]] == ["Mandy Potapenko", "Erin Perkins"]
    eau = next(j for j in body["data"] if j["slug"] == "eau-claire-county-wi")
    assert eau["lead_agency"] is None and eau["strategies"] == []
    obs = get_json(
        client, f"{API}/observations?include=source,metric_definition&metric=jail_bookings"
    )["data"][0]
    assert (
        obs["source"]["passage"] == "In 2015, Milwaukee County had 33,500 jail bookings per year."
    )
    assert obs["metric_definition"]["unit"] == "bookings"


@pytest.fixture
def statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    engine = reading(get_engine())  # the engine requests read from
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize(
    "path",
    [
        "jurisdictions?include=lead_agency,partners,contacts,networks,strategies,observations",
        "articles?include=jurisdictions,organizations,networks",
        "strategies?include=source",
        "organizations?include=jurisdictions",
        "networks?include=jurisdictions,organizations",
        "observations?include=source,metric_definition",
    ],
)
def test_embedded_lists_run_a_constant_number_of_queries(
    client: TestClient, statements: list[str], path: str
) -> None:
    counts = []
    for limit in (1, 2, 10):
        statements.clear()
        get_json(
            client,
            f"{API}/{path}&limit={limit}&sort=-slug"
            if "observations" not in path
            else f"{API}/{path}&limit={limit}",
        )
        counts.append(len([s for s in statements if "dataset_version" not in s]))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] >= 1  # the statements were seen


def test_count_and_facets_are_computed_over_all_matches(client: TestClient) -> None:
    body = get_json(
        client, f"{API}/jurisdictions?limit=2&extras=count&facet=state&facet=action_area&facet=kind"
    )
    assert body["meta"]["total"] == 16
    facets = body["meta"]["facets"]
    assert {"value": "WI", "label": "WI", "count": 2} in facets["state"]
    assert {"value": "reentry", "label": "Reentry", "count": 3} in facets["action_area"]
    assert {f["value"]: f["count"] for f in facets["kind"]} == {
        "county": 12,
        "city": 1,
        "parish": 1,
        "state": 1,
        "nation": 1,
    }
    filtered = get_json(
        client, f"{API}/jurisdictions?network=impact-network&extras=count&facet=state"
    )
    assert filtered["meta"]["total"] == 10
    assert sum(f["count"] for f in filtered["meta"]["facets"]["state"]) == 10


def test_no_extras_means_no_total(client: TestClient) -> None:
    assert "total" not in get_json(client, f"{API}/jurisdictions?limit=1")["meta"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "articles?q=diversions",
            {"safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort"},
        ),
        (
            "articles?q=%22collective%20healing%22",
            {"pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve"},
        ),
        ("strategies?q=%22court%20reminder%22", {"milwaukee-county-wi-court-reminder-program"}),
        (
            "strategies?q=therapeutic&jurisdiction=gwinnett-county-ga",
            {"gwinnett-county-ga-jail-therapeutic-communities"},
        ),
        ("jurisdictions?q=pokket", {"gwinnett-county-ga"}),
        ("organizations?q=wellness", {"pro-wellness-services"}),
        ("organizations?q=%22reminder%20court%22", set()),
        ("articles?q=%21%21%21", set()),
    ],
)
def test_full_text_filter_on_lists(client: TestClient, path: str, expected: set[str]) -> None:
    assert set(slugs(all_pages(client, f"{API}/{path}"))) == expected


def test_search_ranks_across_types_with_snippets(client: TestClient) -> None:
    body = get_json(client, f"{API}/search?q=diversions")
    hits = body["data"]
    assert {h["type"] for h in hits} >= {"strategies", "articles", "jurisdictions"}
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all("<mark>" in h["snippet"] for h in hits)
    assert hits[0]["url"] == f"/api/v1/{hits[0]['type']}/{hits[0]['slug']}"


def test_search_phrase_type_filter_and_paging(client: TestClient) -> None:
    phrase = get_json(client, f'{API}/search?q="court reminder"&type=strategies')["data"]
    assert [h["slug"] for h in phrase] == ["milwaukee-county-wi-court-reminder-program"]
    assert "<mark>" in phrase[0]["snippet"]
    paged = all_pages(client, f"{API}/search?q=county&limit=2")
    whole = get_json(client, f"{API}/search?q=county&limit=100")["data"]
    assert [h["slug"] for h in paged] == [h["slug"] for h in whole]
    assert get_json(client, f"{API}/search?q=zebra")["data"] == []
    [org] = get_json(client, f"{API}/search?q=wellness&type=organizations")["data"]
    assert "<mark>Wellness</mark> Services" in org["snippet"]
    assert (
        get_json(client, f"{API}/search?q=x&type=planets", 422)["errors"][0]["parameter"] == "type"
    )
    assert get_json(client, f"{API}/search", 422)["errors"][0]["parameter"] == "q"
    for forged in (
        "OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk",
        "LTU",
        "eHl6",
    ):  # huge, negative, not a number
        assert (
            get_json(client, f"{API}/search?q=county&cursor={forged}", 422)["errors"][0][
                "parameter"
            ]
            == "cursor"
        )
