"""Writes through HTTP: keys and scopes on every write endpoint, create/update/delete with
If-Match, 409s, merge patches, links, derived figures, search and caches kept current."""

from typing import Any

import pytest

from tests.conftest import WriteEnv
from tests.helpers import API

MILWAUKEE = "milwaukee-county-wi"
SAMPLES: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    # resource: (key field, create body, patch body)
    "action-areas": ("slug", {"slug": "test-area", "name": "Test Area"}, {"name": "Renamed area"}),
    "organizations": (
        "slug",
        {"slug": "test-org", "name": "Test Org", "state": "WI"},
        {"abbreviation": "TO"},
    ),
    "people": ("slug", {"slug": "test-person", "name": "Test Person"}, {"title": "Analyst"}),
    "jurisdictions": (
        "slug",
        {
            "slug": "test-county-wi",
            "name": "Test County",
            "kind": "county",
            "state": "WI",
            "fips": "55999",
            "action_areas": ["courts"],
            "partners": ["medical-college-of-wisconsin"],
        },
        {"social_handle": "@test"},
    ),
    "networks": (
        "slug",
        {
            "slug": "test-network",
            "name": "Test Network",
            "jurisdictions": [{"jurisdiction": MILWAUKEE, "role": "member"}],
        },
        {"description": "A network for tests."},
    ),
    "strategies": (
        "slug",
        {
            "slug": "test-strategy",
            "jurisdiction": MILWAUKEE,
            "name": "Test strategy",
            "description": "A strategy for tests.",
            "source": "milwaukee-county-wi-approach",
        },
        {"status": "planned"},
    ),
    "observations": (
        "key",
        {
            "key": "test/jail_population_change",
            "jurisdiction": MILWAUKEE,
            "metric": "jail_population_change",
            "value": -20,
            "text_as_written": "20%",
            "source": "milwaukee-county-wi-headline-change",
        },
        {"note": "A figure for tests."},
    ),
    "articles": (
        "slug",
        {
            "slug": "test-article",
            "title": "Test article",
            "published": "2026-11-26",
            "jurisdictions": [MILWAUKEE],
            "body": "Hello.",
        },
        {"title": "Test article, revised"},
    ),
}


def _get(env: WriteEnv, path: str) -> Any:
    return env.client.get(f"{API}/{path}")


@pytest.mark.parametrize("resource", sorted(SAMPLES))
def test_every_write_endpoint_needs_a_valid_key_with_the_write_scope(
    write_env: WriteEnv, resource: str
) -> None:
    key_field, body, patch = SAMPLES[resource]
    key = body[key_field]
    c = write_env.client
    collection, item = f"{API}/{resource}", f"{API}/{resource}/{key}"
    calls = [
        ("POST", collection, body),
        ("PATCH", item, patch),
        ("DELETE", item, None),
    ]
    for method, url, payload in calls:
        for headers, status in [
            ({}, 401),
            (write_env.auth("revoked"), 401),
            ({"Authorization": "Bearer sjc_000000000000_forged"}, 401),
            ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
            (write_env.auth("auditor"), 403),
        ]:
            response = c.request(method, url, json=payload, headers={"If-Match": "*", **headers})
            assert response.status_code == status, (method, url, headers, response.text)
            assert response.headers["content-type"] == "application/problem+json"
            if status == 401:
                assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.json()["code"] in ("unauthorized", "insufficient_scope")
    assert _get(write_env, f"{resource}/{key}").status_code == 404  # nothing was written

    created = c.post(collection, json=body, headers=write_env.auth())
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"/api/v1/{resource}/{key}"
    fetched = _get(write_env, f"{resource}/{key}")
    assert fetched.status_code == 200
    assert created.json() == fetched.json()
    assert created.headers["etag"] == fetched.headers["etag"].replace("-gz", "")
    assert c.post(collection, json=body, headers=write_env.auth()).status_code == 409

    updated = c.patch(item, json=patch, headers=write_env.if_match(f"{resource}/{key}"))
    assert updated.status_code == 200, updated.text
    for name, value in patch.items():
        assert _get(write_env, f"{resource}/{key}").json()["data"][name] == value
    assert updated.headers["etag"] != created.headers["etag"]

    deleted = c.delete(item, headers=write_env.if_match(f"{resource}/{key}"))
    assert deleted.status_code == 204, deleted.text
    assert _get(write_env, f"{resource}/{key}").status_code == 404
    events = c.get(
        f"{API}/audit?resource={resource}&key={key}", headers=write_env.auth("admin")
    ).json()["data"]
    assert [e["action"] for e in events] == ["delete", "update", "create"]
    assert events[0]["before"][key_field] == key and events[0]["after"] is None
    assert {e["actor"] for e in events} == {"writer"}


def test_if_match_is_required_and_must_be_current(write_env: WriteEnv) -> None:
    c = write_env.client
    path = f"{API}/people/jacob-baird"
    missing = c.patch(path, json={"title": "Contact"}, headers=write_env.auth())
    assert missing.status_code == 428
    assert missing.json()["code"] == "precondition_required"
    stale = c.patch(path, json={"title": "Contact"}, headers=write_env.auth(**{"If-Match": '"0"'}))
    assert stale.status_code == 412
    assert c.delete(path, headers=write_env.auth()).status_code == 428
    assert _get(write_env, "people/jacob-baird").json()["data"]["title"] is None
    fresh = write_env.if_match("people/jacob-baird")
    assert c.patch(path, json={"title": "Contact"}, headers=fresh).status_code == 200
    assert c.patch(path, json={"title": "Again"}, headers=fresh).status_code == 412
    assert _get(write_env, "people/jacob-baird").json()["data"]["title"] == "Contact"


def test_merge_patch_validates_the_whole_record_and_keeps_the_key(write_env: WriteEnv) -> None:
    c = write_env.client
    path = f"{API}/jurisdictions/{MILWAUKEE}"
    cases = [
        ({"slug": "renamed"}, "/slug"),
        ({"partners": ["no-such-org"]}, "/partners/0"),
        (
            {"partners": ["medical-college-of-wisconsin", "medical-college-of-wisconsin"]},
            "/partners/1",
        ),
        ({"kind": "galaxy"}, "/kind"),
        ({"name": None}, "/name"),
        ({"fips": "5507"}, "/fips"),
        ({"unknown_field": 1}, "/unknown_field"),
        ({"source": "no-such-source"}, "/source"),
    ]
    for patch, pointer in cases:
        response = c.patch(
            path, json=patch, headers=write_env.if_match(f"jurisdictions/{MILWAUKEE}")
        )
        assert response.status_code == 422, (patch, response.text)
        assert pointer in [e.get("pointer") for e in response.json()["errors"]], response.text


def test_links_are_written_with_their_owner(write_env: WriteEnv) -> None:
    c = write_env.client
    before = _get(write_env, f"jurisdictions/{MILWAUKEE}").json()["data"]
    partners = [p["slug"] for p in before["partners"]]
    reordered = list(reversed(partners))
    response = c.patch(
        f"{API}/jurisdictions/{MILWAUKEE}",
        json={"partners": reordered, "contacts": [], "action_areas": ["courts"]},
        headers=write_env.if_match(f"jurisdictions/{MILWAUKEE}"),
    )
    assert response.status_code == 200, response.text
    after = _get(write_env, f"jurisdictions/{MILWAUKEE}").json()["data"]
    assert [p["slug"] for p in after["partners"]] == reordered
    assert after["contacts"] == [] and after["action_areas"] == ["courts"]
    assert after["lead_agency"] == before["lead_agency"]

    network = _get(write_env, "networks/collective-healing").json()["data"]
    members = [{"jurisdiction": j["slug"], "role": j["role"]} for j in network["jurisdictions"]] + [
        {"jurisdiction": "delaware", "role": "member"}
    ]
    response = c.patch(
        f"{API}/networks/collective-healing",
        json={"jurisdictions": members},
        headers=write_env.if_match("networks/collective-healing"),
    )
    assert response.status_code == 200, response.text
    delaware = _get(write_env, "jurisdictions/delaware").json()["data"]
    assert "collective-healing" in [n["slug"] for n in delaware["networks"]]


def test_referenced_records_cannot_be_deleted(write_env: WriteEnv) -> None:
    c = write_env.client
    response = c.delete(
        f"{API}/jurisdictions/{MILWAUKEE}",
        headers=write_env.if_match(f"jurisdictions/{MILWAUKEE}"),
    )
    assert response.status_code == 409
    assert "strategy" in response.json()["detail"]
    assert _get(write_env, f"jurisdictions/{MILWAUKEE}").status_code == 200


def test_derived_figures_follow_their_inputs(write_env: WriteEnv) -> None:
    c = write_env.client
    derived = "observations/milwaukee-county-wi/disparity_ratio_black_hispanic/2015"
    numerator = "observations/milwaukee-county-wi/jail_population_share_black_hispanic/2015"
    assert _get(write_env, derived).json()["data"]["value"] == pytest.approx(70 / 41)
    response = c.patch(
        f"{API}/{numerator}", json={"value": 69}, headers=write_env.if_match(numerator)
    )
    assert response.status_code == 200, response.text
    assert _get(write_env, derived).json()["data"]["value"] == pytest.approx(69 / 41)
    refused = c.patch(f"{API}/{derived}", json={"value": 2}, headers=write_env.if_match(derived))
    assert refused.status_code == 409
    assert c.delete(f"{API}/{numerator}", headers=write_env.if_match(numerator)).status_code == 409
    made_up = {**SAMPLES["observations"][1], "key": "test/derived", "status": "derived"}
    assert c.post(f"{API}/observations", json=made_up, headers=write_env.auth()).status_code == 422


def test_figures_must_appear_in_their_source(write_env: WriteEnv) -> None:
    body = {**SAMPLES["observations"][1], "key": "test/unsourced", "text_as_written": "99%"}
    response = write_env.client.post(f"{API}/observations", json=body, headers=write_env.auth())
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/text_as_written"


def test_search_etags_and_lists_reflect_a_write_at_once(write_env: WriteEnv) -> None:
    c = write_env.client
    list_etag = c.get(f"{API}/strategies?limit=5").headers["etag"]
    assert c.get(f"{API}/search?q=zymurgical").json()["data"] == []
    body = {**SAMPLES["strategies"][1], "slug": "zymurgy", "description": "A zymurgical pilot."}
    assert c.post(f"{API}/strategies", json=body, headers=write_env.auth()).status_code == 201
    hits = c.get(f"{API}/search?q=zymurgical").json()["data"]
    assert [(h["type"], h["slug"]) for h in hits] == [("strategies", "zymurgy")]
    assert [s["slug"] for s in c.get(f"{API}/strategies?q=zymurgical").json()["data"]] == [
        "zymurgy"
    ]
    fresh = c.get(f"{API}/strategies?limit=5", headers={"If-None-Match": list_etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != list_etag
    response = c.delete(
        f"{API}/strategies/zymurgy", headers=write_env.if_match("strategies/zymurgy")
    )
    assert response.status_code == 204
    assert c.get(f"{API}/search?q=zymurgical").json()["data"] == []


def test_organizations_cannot_be_their_own_ancestor(write_env: WriteEnv) -> None:
    c = write_env.client
    parent = {"slug": "test-parent", "name": "Parent"}
    child = {"slug": "test-child", "name": "Child", "parent": "test-parent"}
    assert c.post(f"{API}/organizations", json=parent, headers=write_env.auth()).status_code == 201
    assert c.post(f"{API}/organizations", json=child, headers=write_env.auth()).status_code == 201
    response = c.patch(
        f"{API}/organizations/test-parent",
        json={"parent": "test-child"},
        headers=write_env.if_match("organizations/test-parent"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/parent"


def test_cached_lists_show_a_write_at_once(write_env: WriteEnv) -> None:
    c = write_env.client
    assert write_env.client.app.state.response_cache is not None  # type: ignore[attr-defined]
    before = c.get(f"{API}/action-areas?limit=500").json()["data"]
    assert c.get(f"{API}/action-areas?limit=500").json()["data"] == before  # served from cache
    body = {"slug": "cache-area", "name": "Cache Area"}
    assert c.post(f"{API}/action-areas", json=body, headers=write_env.auth()).status_code == 201
    after = c.get(f"{API}/action-areas?limit=500").json()["data"]
    assert "cache-area" in [a["slug"] for a in after] and len(after) == len(before) + 1


def test_the_documented_examples_are_accepted(write_env: WriteEnv) -> None:
    spec = write_env.client.get("/openapi.json").json()
    for resource in SAMPLES:
        operation = spec["paths"][f"{API}/{resource}"]["post"]
        ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        example = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]["examples"][0]
        response = write_env.client.post(
            f"{API}/{resource}", json=example, headers=write_env.auth()
        )
        assert response.status_code == 201, (resource, response.text)
