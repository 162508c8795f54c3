"""Staff add provenance over HTTP: a document, a passage quoted from it, a figure citing it."""

from tests.conftest import WriteEnv
from tests.helpers import API

DOCUMENT = {
    "key": "report-milwaukee-county-2024",
    "kind": "report",
    "title": "Milwaukee County jail population report, 2024",
    "url": "https://example.org/reports/milwaukee-2024.pdf",
}
SOURCE = {
    "id": "report-milwaukee-county-2024-adp",
    "document": "report-milwaukee-county-2024",
    "section": "Summary",
    "passage": "The average daily jail population was 1,234 in the first quarter of 2024.",
}
FIGURE = {
    "key": "milwaukee-county-wi/average_daily_population/2024-q1",
    "jurisdiction": "milwaukee-county-wi",
    "metric": "average_daily_population",
    "period_start": "2024-01-01",
    "period_end": "2024-03-31",
    "frequency": "quarter",
    "value": 1234,
    "status": "reported",
    "text_as_written": "1,234",
    "source": "report-milwaukee-county-2024-adp",
}


def test_staff_add_a_document_a_passage_and_a_figure_citing_it(write_env: WriteEnv) -> None:
    client, writer = write_env.client, write_env.auth()
    created = client.post(f"{API}/documents", json=DOCUMENT, headers=writer)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"{API}/documents/report-milwaukee-county-2024"
    assert created.json()["data"]["sha256"] is None
    passage = client.post(f"{API}/sources", json=SOURCE, headers=writer)
    assert passage.status_code == 201, passage.text
    assert passage.json()["data"]["document"]["key"] == DOCUMENT["key"]
    figure = client.post(f"{API}/observations", json=FIGURE, headers=writer)
    assert figure.status_code == 201, figure.text
    cited = client.get(f"{API}/sources/{SOURCE['id']}").json()["data"]
    assert FIGURE["text_as_written"] in cited["passage"]
    listed = client.get(f"{API}/documents?kind=report").json()["data"]
    assert [d["key"] for d in listed] == [DOCUMENT["key"]]

    fixed = client.patch(
        f"{API}/sources/{SOURCE['id']}",
        json={"section": "Key findings"},
        headers=write_env.if_match(f"sources/{SOURCE['id']}"),
    )
    assert fixed.status_code == 200 and fixed.json()["data"]["section"] == "Key findings"
    unquoted = client.patch(
        f"{API}/sources/{SOURCE['id']}",
        json={"passage": "The jail population fell in 2024."},
        headers=write_env.if_match(f"sources/{SOURCE['id']}"),
    )
    assert unquoted.status_code == 422, unquoted.text
    assert unquoted.json()["errors"][0]["pointer"] == "/passage"
    assert FIGURE["text_as_written"] in unquoted.json()["errors"][0]["detail"]

    in_use = client.delete(
        f"{API}/sources/{SOURCE['id']}", headers=write_env.if_match(f"sources/{SOURCE['id']}")
    )
    assert in_use.status_code == 409
    assert "observation 'milwaukee-county-wi/average_daily_population/2024-q1'" in in_use.text
    held = client.delete(
        f"{API}/documents/{DOCUMENT['key']}",
        headers=write_env.if_match(f"documents/{DOCUMENT['key']}"),
    )
    assert held.status_code == 409 and "source 'report-milwaukee-county-2024-adp'" in held.text
    audit = client.get(f"{API}/audit?resource=sources", headers=write_env.auth("auditor")).json()[
        "data"
    ]
    assert {e["action"] for e in audit} >= {"create", "update"}


def test_provenance_writes_are_checked(write_env: WriteEnv) -> None:
    client, writer = write_env.client, write_env.auth()
    orphan = client.post(
        f"{API}/sources", json={**SOURCE, "id": "orphan", "document": "no-such"}, headers=writer
    )
    assert orphan.status_code == 422
    assert orphan.json()["errors"][0]["pointer"] == "/document"
    anonymous = client.post(f"{API}/documents", json={**DOCUMENT, "key": "other"})
    assert anonymous.status_code == 401
    bad_key = client.post(f"{API}/documents", json={**DOCUMENT, "key": "Not A Key"}, headers=writer)
    assert bad_key.status_code == 422
    assert bad_key.json()["errors"][0]["pointer"] == "/key"
    taken = client.post(
        f"{API}/documents", json={**DOCUMENT, "key": "profile-milwaukee-county-wi"}, headers=writer
    )
    assert taken.status_code == 409
