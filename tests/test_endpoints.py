"""Every endpoint: happy path, filters, pagination across pages, 404 and malformed parameters."""

import pytest
from fastapi.testclient import TestClient

from tests.helpers import API, all_pages, get_json

LISTS = {
    "jurisdictions": 16,
    "action-areas": 8,
    "strategies": 30,
    "metrics": 15,
    "observations": 13,
    "articles": 2,
    "organizations": 35,
    "people": 5,
    "networks": 3,
    "sources": 40,
    "documents": 5,
}
DETAILS = [
    ("jurisdictions", "milwaukee-county-wi", "slug"),
    ("action-areas", "diversion", "slug"),
    ("strategies", "milwaukee-county-wi-court-reminder-program", "slug"),
    ("metrics", "jail_bookings", "key"),
    (
        "articles",
        "pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve",
        "slug",
    ),
    ("organizations", "policy-research-inc", "slug"),
    ("people", "ashley-krider", "slug"),
    ("networks", "collective-healing", "slug"),
    ("sources", "delaware-events", "id"),
]


@pytest.mark.parametrize(("resource", "total"), LISTS.items())
def test_list_returns_every_seeded_row_across_pages(
    client: TestClient, resource: str, total: int
) -> None:
    first = get_json(client, f"{API}/{resource}?limit=1")
    assert len(first["data"]) == 1
    assert first["meta"]["limit"] == 1
    assert first["links"]["next"] is not None
    items = all_pages(client, f"{API}/{resource}?limit=2")
    keys = [item.get("slug") or item.get("key") or item.get("id") for item in items]
    assert len(keys) == total
    assert keys == sorted(keys)
    assert len(set(keys)) == total
    whole = get_json(client, f"{API}/{resource}?limit=500")
    assert len(whole["data"]) == total
    assert whole["links"]["next"] is None


@pytest.mark.parametrize(("resource", "key", "field"), DETAILS)
def test_detail_and_unknown_detail(client: TestClient, resource: str, key: str, field: str) -> None:
    assert get_json(client, f"{API}/{resource}/{key}")["data"][field] == key
    unknown = "no_such_thing" if field == "key" else "no-such-thing"
    problem = get_json(client, f"{API}/{resource}/{unknown}", 404)
    assert problem["status"] == 404
    assert unknown in problem["detail"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("jurisdictions?state=wi", {"eau-claire-county-wi", "milwaukee-county-wi"}),
        ("jurisdictions?state=WI&kind=county", {"eau-claire-county-wi", "milwaukee-county-wi"}),
        ("jurisdictions?kind=state", {"delaware"}),
        ("jurisdictions?kind=parish", {"east-baton-rouge-la"}),
        (
            "jurisdictions?action_area=reentry",
            {"delaware", "gwinnett-county-ga", "milwaukee-county-wi"},
        ),
        ("jurisdictions?network=collective-healing", set()),
        ("jurisdictions?state=ZZ", set()),
        ("jurisdictions?action_area=nothing-here", set()),
        ("strategies?jurisdiction=delaware", {"delaware-behavioral-health-stakeholder-events"}),
        (
            "strategies?jurisdiction=milwaukee-county-wi&action_area=courts",
            {
                "milwaukee-county-wi-court-reminder-program",
                "milwaukee-county-wi-fines-and-fees-practices",
            },
        ),
        (
            "articles?author=aviva-kurash",
            {"pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve"},
        ),
        (
            "articles?action_area=diversion",
            {"safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort"},
        ),
        (
            "articles?jurisdiction=pima-county-az",
            {"safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort"},
        ),
        (
            "articles?published_from=2021-08-01",
            {"pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve"},
        ),
        (
            "articles?published_to=2021-07-14",
            {"safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort"},
        ),
        ("articles?published_from=2022-01-01", set()),
        (
            "organizations?state=de",
            {
                "delaware-criminal-justice-council",
                "delaware-department-of-correction",
                "delaware-department-of-human-services",
                "partnership-in-reentry-coalition-of-delaware",
            },
        ),
        (
            "observations?from=2015-06-01&to=2015-06-30",
            {
                "milwaukee-county-wi/disparity_ratio_black_hispanic/2015",
                "milwaukee-county-wi/jail_bookings/2015",
                "milwaukee-county-wi/jail_population_share_black_hispanic/2015",
                "milwaukee-county-wi/resident_population_share_black_hispanic/2015",
            },
        ),
        ("observations?from=2016-01-01", set()),
        (
            "observations?metric=jail_population_change",
            {"milwaukee-county-wi/jail_population_change"},
        ),
        (
            "observations?jurisdiction=united-states",
            {"united-states/jail_population_share_behavioral_health"},
        ),
        (
            "sources?document=profile-state-of-delaware",
            {
                "delaware-background-and-approach",
                "delaware-ddoc",
                "delaware-events",
                "delaware-header",
                "delaware-lead-agency",
                "delaware-partners",
                "delaware-social",
            },
        ),
        (
            "jurisdictions/gwinnett-county-ga/strategies?action_area=reentry",
            {
                "gwinnett-county-ga-grip-staff",
                "gwinnett-county-ga-gwinnett-reentry-intervention-program",
                "gwinnett-county-ga-jail-therapeutic-communities",
                "gwinnett-county-ga-pokket",
            },
        ),
        (
            "jurisdictions/milwaukee-county-wi/observations?metric=jail_bookings&from=2015-01-01&to=2015-12-31",
            {"milwaukee-county-wi/jail_bookings/2015"},
        ),
        (
            "jurisdictions/lake-county-il/articles",
            {"safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort"},
        ),
        ("jurisdictions/delaware/articles", set()),
    ],
)
def test_filters(client: TestClient, path: str, expected: set[str]) -> None:
    items = all_pages(client, f"{API}/{path}")
    assert {i.get("slug") or i.get("id") for i in items} == expected


@pytest.mark.parametrize(
    "path",
    [
        "jurisdictions/atlantis/strategies",
        "jurisdictions/atlantis/observations",
        "jurisdictions/atlantis/articles",
    ],
)
def test_sub_resources_of_unknown_jurisdiction_are_404(client: TestClient, path: str) -> None:
    assert get_json(client, f"{API}/{path}", 404)["code"] == "not_found"


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("jurisdictions?limit=0", "limit"),
        ("jurisdictions?limit=501", "limit"),
        ("jurisdictions?limit=ten", "limit"),
        ("jurisdictions?cursor=not%20a%20cursor", "cursor"),
        ("jurisdictions?cursor=abcde", "cursor"),
        ("jurisdictions?state=W1", "state"),
        ("jurisdictions?kind=planet", "kind"),
        ("jurisdictions?network=Not%20A%20Slug", "network"),
        ("strategies?action_area=UPPER", "action_area"),
        ("observations?from=yesterday", "from"),
        ("observations?to=2021-13-01", "to"),
        ("observations?metric=bad-key!", "metric"),
        ("articles?published_from=07/14/2021", "published_from"),
        ("jurisdictions/Milwaukee", "slug"),
        ("metrics/Bad-Key", "key"),
    ],
)
def test_malformed_parameters_are_422_naming_the_parameter(
    client: TestClient, path: str, parameter: str
) -> None:
    problem = get_json(client, f"{API}/{path}", 422)
    assert parameter in [e.get("parameter") for e in problem["errors"]]


def test_kind_error_lists_allowed_values(client: TestClient) -> None:
    problem = get_json(client, f"{API}/jurisdictions?kind=planet", 422)
    assert "county" in problem["errors"][0]["detail"]


def test_links_next_keeps_filters(client: TestClient) -> None:
    body = get_json(client, f"{API}/strategies?jurisdiction=milwaukee-county-wi&limit=5")
    assert "jurisdiction=milwaukee-county-wi" in body["links"]["next"]
    assert (
        len(all_pages(client, f"{API}/strategies?jurisdiction=milwaukee-county-wi&limit=5")) == 21
    )


def test_health_probes(client: TestClient) -> None:
    assert get_json(client, "/healthz") == {"status": "ok"}
    assert get_json(client, "/readyz") == {"status": "ready"}


def test_the_api_root_lists_every_collection_with_its_count(client: TestClient) -> None:
    body = client.get("/api/v1").json()["data"]
    assert body["api_version"] == "v1" and body["dataset_version"] >= 1
    assert body["last_updated"]
    names = {c["name"] for c in body["collections"]}
    assert {"jurisdictions", "strategies", "observations", "articles", "sources"} <= names
    for collection in body["collections"]:
        listed = client.get(collection["url"], params={"extras": "count", "limit": 1})
        assert listed.status_code == 200, collection
        assert listed.json()["meta"]["total"] == collection["count"], collection
        assert client.head(collection["export_csv"]).status_code == 200
    assert client.get(body["docs"]["openapi"]).status_code == 200
