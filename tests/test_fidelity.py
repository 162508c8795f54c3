"""Fidelity: facts of the source come back through the API exactly as written."""

import csv
import importlib.resources

from fastapi.testclient import TestClient

from tests.helpers import API, all_pages, get_json

MKE_PARTNERS = [
    "Medical College of Wisconsin",
    "Milwaukee County Circuit Court",
    "Milwaukee County Behavioral Health Division",
    "Milwaukee County District Attorney’s Office",
    "Milwaukee County Executive",
    "Milwaukee County House of Correction",
    "Milwaukee Police Department",
    "Milwaukee County Sheriff’s Office",
    "Wisconsin Department of Corrections",
    "Wisconsin State Public Defender’s Office",
]


def test_milwaukee_profile_matches_the_source(client: TestClient) -> None:
    j = get_json(client, f"{API}/jurisdictions/milwaukee-county-wi")["data"]
    assert (j["name"], j["kind"], j["state"], j["fips"]) == (
        "Milwaukee County",
        "county",
        "WI",
        "55079",
    )
    assert j["jail_population_change_pct"] == -20
    assert j["jail_population_change_text"] == "20%"
    assert j["action_areas"] == ["courts", "data-analysis", "diversion", "mental-health", "reentry"]
    assert j["lead_agency"]["name"] == "Milwaukee Community Justice Council"
    assert [p["name"] for p in j["partners"]] == MKE_PARTNERS
    assert [(c["name"], c["title"]) for c in j["contacts"]] == [
        ("Mandy Potapenko", "CJC Director"),
        ("Erin Perkins", "SJC Project Manager"),
    ]
    assert j["social_handle"] == "@MKECJC"
    assert j["last_updated"] is None
    assert {(n["slug"], n["role"]) for n in j["networks"]} == {
        ("impact-network", "current SJC community"),
        ("safety-and-justice-challenge", "site"),
    }
    assert "Over 500 county employees were trained" in j["results"]
    assert j["remaining_challenges"].startswith("Milwaukee County is focused on addressing")
    figures = {f["metric"]: f for f in j["headline_figures"]}
    assert figures["adp_change_from_baseline"]["value"] == -20.1
    assert figures["adp_change_from_baseline"]["text_as_written"] == "20.1% from baseline"
    assert figures["jail_population_share_black_hispanic"]["qualifier"] == "almost"
    assert figures["employees_trained_trauma"]["qualifier"] == "more_than"
    assert "milwaukee-county-wi-court-reminder-program" in {s["slug"] for s in j["strategies"]}


def test_every_figure_resolves_to_a_passage_containing_it(client: TestClient) -> None:
    observations = all_pages(client, f"{API}/observations?limit=3")
    reported = [o for o in observations if o["status"] == "reported"]
    assert len(reported) == 12
    for obs in reported:
        source = get_json(client, f"{API}/sources/{obs['source_id']}")["data"]
        assert obs["text_as_written"] in source["passage"]
        assert obs["inputs"] is None and obs["formula"] is None


def test_disparity_ratio_is_derived_from_its_inputs(client: TestClient) -> None:
    [ratio] = get_json(client, f"{API}/observations?metric=disparity_ratio_black_hispanic")["data"]
    assert ratio["status"] == "derived"
    assert ratio["value"] == 70 / 41
    assert ratio["qualifier"] == "almost"  # "almost 70%" over an exact 41%
    assert ratio["inputs"] == [
        "milwaukee-county-wi/jail_population_share_black_hispanic/2015",
        "milwaukee-county-wi/resident_population_share_black_hispanic/2015",
    ]
    assert ratio["formula"].startswith("ratio = ")
    assert (ratio["period_start"], ratio["period_end"]) == ("2015-01-01", "2015-12-31")
    inputs = {
        o["id"]: o
        for o in all_pages(client, f"{API}/observations?jurisdiction=milwaukee-county-wi")
    }
    assert (
        ratio["value"] == inputs[ratio["inputs"][0]]["value"] / inputs[ratio["inputs"][1]]["value"]
    )


def test_bookings_2015_come_with_period_and_source(client: TestClient) -> None:
    body = get_json(
        client, f"{API}/observations?jurisdiction=milwaukee-county-wi&metric=jail_bookings"
    )
    [obs] = body["data"]
    assert obs["value"] == 33500
    assert obs["text_as_written"] == "33,500 jail bookings per year"
    assert (obs["period_start"], obs["period_end"], obs["frequency"]) == (
        "2015-01-01",
        "2015-12-31",
        "year",
    )
    source = get_json(client, f"{API}/sources/{obs['source_id']}")["data"]
    assert source["passage"] == "In 2015, Milwaukee County had 33,500 jail bookings per year."
    assert source["section_inferred"] is True
    assert source["document"]["key"] == "profile-milwaukee-county-wi"


def test_delaware_and_gwinnett_profiles(client: TestClient) -> None:
    de = get_json(client, f"{API}/jurisdictions/delaware")["data"]
    assert (de["name"], de["kind"], de["fips"]) == ("State of Delaware", "state", "10")
    assert de["lead_agency"]["name"] == "Delaware Criminal Justice Council"
    assert [p["name"] for p in de["partners"]] == [
        "Delaware Department of Correction",
        "Delaware Department of Human Services (DHSS, DSAMH)",
        "Partnership in Reentry Coalition of Delaware",
    ]
    assert de["contacts"] == []
    assert de["jail_population_change_pct"] is None
    assert de["social_handle"] == "@DECorrection"
    assert "*Delaware has a unified correctional system" in de["background_and_approach"]
    gw = get_json(client, f"{API}/jurisdictions/gwinnett-county-ga")["data"]
    assert gw["lead_agency"]["name"] == "Gwinnett County Sheriff’s Office"
    assert [c["name"] for c in gw["contacts"]] == ["Jacob Baird"]
    assert gw["contacts"][0]["title"] is None
    assert len(gw["partners"]) == 7
    assert (
        gw["partners"][-1]["name"]
        == "Kennesaw State University Department of Sociology and Criminal Justice"
    )
    pokket = get_json(
        client, f"{API}/observations?jurisdiction=gwinnett-county-ga&metric=program_enrollment"
    )
    assert pokket["data"][0]["value"] == 350
    assert pokket["data"][0]["strategy"] == "gwinnett-county-ga-pokket"


def test_articles_author_date_and_action_areas(client: TestClient) -> None:
    articles = {a["slug"]: a for a in all_pages(client, f"{API}/articles")}
    pathways = articles[
        "pathways-to-collective-healing-law-enforcement-and-the-communities-they-serve"
    ]
    assert (
        pathways["title"]
        == "Pathways to Collective Healing: Law Enforcement and the Communities They Serve"
    )
    assert [a["name"] for a in pathways["authors"]] == ["Aviva Kurash"]
    assert pathways["published"] == "2021-08-19"
    assert pathways["action_areas"] == ["policing", "reentry", "victims"]
    impact = get_json(
        client,
        f"{API}/articles/safety-and-justice-challenge-expands-to-add-behavioral-health-focused-cohort",
    )["data"]
    assert [a["name"] for a in impact["authors"]] == ["Ashley Krider"]
    assert impact["published"] == "2021-07-14"
    assert impact["action_areas"] == ["community-engagement", "diversion", "reentry"]
    assert "- improving case processing efficiency;" in impact["body"]
    assert "milwaukee-county-wi" in {j["slug"] for j in impact["jurisdictions"]}
    assert {o["name"] for o in impact["organizations"]} >= {
        "Policy Research, Inc.",
        "Texas Health and Human Services Commission",
    }


def test_impact_network_membership(client: TestClient) -> None:
    net = get_json(client, f"{API}/networks/impact-network")["data"]
    roles = {(j["slug"], j["role"]) for j in net["jurisdictions"]}
    assert ("eau-claire-county-wi", "new site") in roles
    assert ("east-baton-rouge-la", "current SJC community") in roles
    assert sum(1 for _, r in roles if r == "new site") == 5
    assert sum(1 for _, r in roles if r == "current SJC community") == 5
    assert ("texas-health-and-human-services-commission", "new site") in {
        (o["slug"], o["role"]) for o in net["organizations"]
    }
    members = get_json(client, f"{API}/jurisdictions?network=impact-network")["data"]
    assert len(members) == 10


def test_fips_codes_match_the_census_list(client: TestClient) -> None:
    data = importlib.resources.files("addfips") / "data"
    with (data / "counties_2020.csv").open() as f:
        counties: dict[str, set[str]] = {}
        for r in csv.DictReader(f):
            counties.setdefault(r["statefp"] + r["countyfp"], set()).add(r["name"])
    with (data / "states.csv").open() as f:
        states = {r["fips"]: r["postal"] for r in csv.DictReader(f)}
    jurisdictions = all_pages(client, f"{API}/jurisdictions")
    assert len(jurisdictions) == 16
    for j in jurisdictions:
        if j["fips"] is None:
            assert j["kind"] == "nation"
            continue
        assert states[j["fips"][:2]] == j["state"], j
        if len(j["fips"]) == 5:
            assert any(name.startswith(j["name"]) for name in counties[j["fips"]]), j


def test_every_inferred_section_says_why(client: TestClient) -> None:
    sources = all_pages(client, f"{API}/sources?limit=500")
    inferred = [s for s in sources if s["section_inferred"]]
    assert inferred
    for source in inferred:
        assert source["note"] and "inferred" in source["note"], source["id"]
