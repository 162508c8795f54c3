"""Metric definitions: the data dictionary served by the API and written to docs/."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.db import get_engine
from app.metrics.dictionary import render
from tests.helpers import API, REPO_ROOT, get_json


def test_metric_definition_has_dictionary_fields(client: TestClient) -> None:
    metric = get_json(client, f"{API}/metrics/jail_population_share_black_hispanic")["data"]
    assert metric["universe"] == "People held in the jurisdiction's jail."
    assert metric["frequency"] == "year"
    assert metric["lower_is_better"] is None
    assert metric["related"] == [
        {"metric": "resident_population_share_black_hispanic", "relation": "compare_with"}
    ]
    assert metric["observation_count"] == 1
    adp = get_json(client, f"{API}/metrics/average_daily_population")["data"]
    assert (adp["lower_is_better"], adp["observation_count"]) == (True, 0)


def test_data_dictionary_document_is_current(client: TestClient) -> None:
    with Session(get_engine()) as session:
        expected = render(session)
    current = (REPO_ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert current == expected, "docs/data-dictionary.md is out of date: run `sjc-api dictionary`"
    for metric in get_json(client, f"{API}/metrics?limit=500")["data"]:
        assert f"`{metric['key']}`: {metric['name']}" in current
