"""Incremental sync, as a mirror does it over HTTP: a full copy, then only what changed since
the `Last-Modified` of the last sync (`updated_since` on each collection, `/deletions` for what
went away). A change to a record's links alone counts as a change to the record. The write
that `Last-Modified` names comes again on the next sync (rows are stamped after the write lock
is taken): a mirror may see a row twice, never miss one."""

import time
from datetime import datetime
from email.utils import parsedate_to_datetime

from tests.conftest import WriteEnv
from tests.helpers import API, all_pages, get_json


def _since(stamp: str) -> str:
    return parsedate_to_datetime(stamp).isoformat().replace("+00:00", "Z")


def test_a_mirror_syncs_only_what_changed(write_env: WriteEnv) -> None:
    client = write_env.client
    time.sleep(1.1)  # the seed's stamps lie in an earlier second than the next write's
    last = client.post(
        f"{API}/action-areas", json={"slug": "synced", "name": "Synced"}, headers=write_env.auth()
    )
    assert last.status_code == 201
    first = client.get(f"{API}/jurisdictions.csv")  # the full copy
    assert first.status_code == 200
    stamp = first.headers["last-modified"]
    assert parsedate_to_datetime(stamp) <= datetime.now(parsedate_to_datetime(stamp).tzinfo)
    time.sleep(1.1)  # Last-Modified counts whole seconds
    since = _since(stamp)
    assert get_json(client, f"{API}/jurisdictions?updated_since={since}")["data"] == []

    patched = client.patch(
        f"{API}/jurisdictions/delaware",
        json={"partners": []},  # only its links change
        headers=write_env.if_match("jurisdictions/delaware"),
    )
    assert patched.status_code == 200, patched.text
    created = client.post(
        f"{API}/action-areas", json={"slug": "mirrors", "name": "Mirrors"}, headers=write_env.auth()
    )
    assert created.status_code == 201
    doomed = client.post(
        f"{API}/action-areas", json={"slug": "doomed", "name": "Doomed"}, headers=write_env.auth()
    )
    assert doomed.status_code == 201
    gone = client.delete(
        f"{API}/action-areas/doomed", headers=write_env.if_match("action-areas/doomed")
    )
    assert gone.status_code == 204

    changed = all_pages(client, f"{API}/jurisdictions?updated_since={since}")
    assert [j["slug"] for j in changed] == ["delaware"]
    areas = get_json(client, f"{API}/action-areas?updated_since={since}")["data"]
    assert [a["slug"] for a in areas] == ["mirrors", "synced"]  # synced: the last write again
    as_file = client.get(f"{API}/action-areas.csv?updated_since={since}").text.splitlines()
    assert [line.split(",")[0] for line in as_file[1:]] == ["mirrors", "synced"]
    deletions = get_json(client, f"{API}/deletions?since={since}")["data"]
    assert [(d["resource"], d["key"]) for d in deletions] == [("action-areas", "doomed")]
    assert "actor" not in deletions[0]
    later = client.get(f"{API}/jurisdictions").headers["last-modified"]
    assert parsedate_to_datetime(later) > parsedate_to_datetime(stamp)


def test_updated_since_is_validated(write_env: WriteEnv) -> None:
    client = write_env.client
    for bad in ("yesterday", "2026-11-26", "2026-11-26T12:00:00"):
        response = client.get(f"{API}/jurisdictions", params={"updated_since": bad})
        assert response.status_code == 422, bad
        assert response.json()["errors"][0]["parameter"] == "updated_since"


def test_an_instant_utc_cannot_hold_is_a_422_not_a_500(write_env: WriteEnv) -> None:
    # Schemathesis found it: an offset on year 1 (or 9999) cannot be turned into UTC.
    client, edge = write_env.client, ("0001-01-01T00:01:00+01:00", "9999-12-31T23:30:00-01:00")
    for path, name in [
        ("/jurisdictions", "updated_since"),
        ("/deletions", "since"),
        ("/audit", "since"),
        ("/audit", "until"),
    ]:
        for bad in edge:
            response = client.get(
                f"{API}{path}", params={name: bad}, headers=write_env.auth("admin")
            )
            assert response.status_code == 422, (path, bad, response.text)
            assert response.json()["errors"][0]["parameter"] == name
