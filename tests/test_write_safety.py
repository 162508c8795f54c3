"""Writes that must not lose anything: concurrent PATCHes, idempotent retries, soft delete and
restore, `as_of`, the audit log, and a corpus of bad input that must change nothing."""

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine
from sqlmodel import Session

from app.auth.service import create_key
from app.cli import main as cli
from app.core.db import engine_for
from app.seed import seed_database
from tests.conftest import SEED_DIR, WriteEnv
from tests.helpers import API, dump_tables

OBSERVATION = "observations/milwaukee-county-wi/jail_bookings/2015"


def test_twenty_concurrent_patches_with_one_etag_exactly_one_wins(write_env: WriteEnv) -> None:
    path = "people/mandy-potapenko"
    headers = write_env.if_match(path)

    async def race() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=write_env.client.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await asyncio.gather(
                *(
                    client.patch(f"{API}/{path}", json={"title": f"Title {i}"}, headers=headers)
                    for i in range(20)
                )
            )

    responses = asyncio.run(race())
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] + [412] * 19, [r.text for r in responses if r.status_code != 412]
    winner = next(r for r in responses if r.status_code == 200).json()["data"]["title"]
    assert write_env.client.get(f"{API}/{path}").json()["data"]["title"] == winner
    events = write_env.client.get(
        f"{API}/audit?resource=people&key=mandy-potapenko", headers=write_env.auth("admin")
    ).json()["data"]
    assert [(e["action"], e["after"]["title"]) for e in events] == [("update", winner)]


def test_idempotency_key_replays_the_first_response(write_env: WriteEnv) -> None:
    c = write_env.client
    body = {"slug": "retry-area", "name": "Retry Area"}
    headers = write_env.auth(**{"Idempotency-Key": "create-retry-area-1"})
    first = c.post(f"{API}/action-areas", json=body, headers=headers)
    second = c.post(f"{API}/action-areas", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]
    assert second.headers["idempotent-replayed"] == "true"
    other = c.post(f"{API}/action-areas", json={**body, "name": "Other"}, headers=headers)
    assert other.status_code == 422
    assert other.json()["errors"][0]["parameter"] == "Idempotency-Key"
    events = c.get(
        f"{API}/audit?resource=action-areas&key=retry-area", headers=write_env.auth("admin")
    ).json()["data"]
    assert len(events) == 1
    # without the header a repeat is an ordinary duplicate
    assert c.post(f"{API}/action-areas", json=body, headers=write_env.auth()).status_code == 409
    # keys belong to their API key: another key may use the same string
    again = c.post(
        f"{API}/action-areas",
        json={"slug": "retry-area-2", "name": "R2"},
        headers=write_env.auth("admin", **{"Idempotency-Key": "create-retry-area-1"}),
    )
    assert again.status_code == 201


def test_soft_delete_and_admin_restore(write_env: WriteEnv) -> None:
    c = write_env.client
    path = "articles/safety-and-justice-challenge-impact-network"
    if c.get(f"{API}/{path}").status_code == 404:
        path = c.get(f"{API}/articles?limit=1").json()["data"][0]["slug"]
        path = f"articles/{path}"
    original = c.get(f"{API}/{path}")
    slug = path.split("/")[1]
    assert c.delete(f"{API}/{path}", headers=write_env.if_match(path)).status_code == 204
    assert c.get(f"{API}/{path}").status_code == 404
    assert slug not in [a["slug"] for a in c.get(f"{API}/articles").json()["data"]]
    event = c.get(
        f"{API}/audit?action=delete&resource=articles&key={slug}", headers=write_env.auth("admin")
    ).json()["data"][0]
    assert event["before"]["slug"] == slug
    restore = f"{API}/audit/{event['id']}/restore"
    assert c.post(restore).status_code == 401
    assert c.post(restore, headers=write_env.auth("writer")).status_code == 403
    restored = c.post(restore, headers=write_env.auth("admin"))
    assert restored.status_code == 201, restored.text
    assert restored.headers["location"] == f"/api/v1/{path}"
    assert c.get(f"{API}/{path}").json() == original.json()
    assert c.post(restore, headers=write_env.auth("admin")).status_code == 409
    not_a_delete = c.get(f"{API}/audit?action=restore", headers=write_env.auth("admin")).json()
    assert (
        c.post(
            f"{API}/audit/{not_a_delete['data'][0]['id']}/restore", headers=write_env.auth("admin")
        ).status_code
        == 409
    )
    assert c.post(f"{API}/audit/999999/restore", headers=write_env.auth("admin")).status_code == 404


def test_as_of_reproduces_a_value_after_a_correction(write_env: WriteEnv) -> None:
    c = write_env.client
    published = c.get(f"{API}/{OBSERVATION}").json()
    moment = datetime.now(UTC).isoformat()
    response = c.patch(
        f"{API}/{OBSERVATION}", json={"value": 33600}, headers=write_env.if_match(OBSERVATION)
    )
    assert response.status_code == 200
    assert c.get(f"{API}/{OBSERVATION}").json()["data"]["value"] == 33600
    then = c.get(f"{API}/{OBSERVATION}", params={"as_of": moment})
    assert then.status_code == 200
    assert then.json() == published
    later = c.get(f"{API}/{OBSERVATION}", params={"as_of": datetime.now(UTC).isoformat()})
    assert later.json()["data"]["value"] == 33600
    # a jurisdiction's own fields
    path = "jurisdictions/delaware"
    original = c.get(f"{API}/{path}").json()
    moment = datetime.now(UTC).isoformat()
    patch = {"social_handle": "@corrected"}
    assert c.patch(f"{API}/{path}", json=patch, headers=write_env.if_match(path)).status_code == 200
    assert c.get(f"{API}/{path}", params={"as_of": moment}).json() == original
    assert c.get(f"{API}/{path}").json()["data"]["social_handle"] == "@corrected"
    # a record created after the moment did not exist then
    body = {
        "key": "test/as-of",
        "jurisdiction": "milwaukee-county-wi",
        "metric": "jail_population_change",
        "value": -20,
        "text_as_written": "20%",
        "source": "milwaukee-county-wi-headline-change",
    }
    assert c.post(f"{API}/observations", json=body, headers=write_env.auth()).status_code == 201
    assert c.get(f"{API}/observations/test/as-of", params={"as_of": moment}).status_code == 404
    assert c.get(f"{API}/observations/test/as-of").status_code == 200
    naive = c.get(f"{API}/{OBSERVATION}", params={"as_of": "2026-01-01T00:00:00"})
    assert naive.status_code == 422
    assert naive.json()["errors"][0]["parameter"] == "as_of"


def test_audit_log_needs_admin_and_filters(write_env: WriteEnv) -> None:
    c = write_env.client
    assert c.get(f"{API}/audit").status_code == 401
    assert c.get(f"{API}/audit", headers=write_env.auth("writer")).status_code == 403
    assert c.get(f"{API}/audit", headers=write_env.auth("revoked")).status_code == 401
    response = c.get(f"{API}/audit?actor=writer&limit=2", headers=write_env.auth("auditor"))
    assert response.status_code == 200
    assert response.headers["cache-control"] == "private, no-store"
    page = response.json()
    assert len(page["data"]) == 2 and page["links"]["next"]
    assert {e["actor"] for e in page["data"]} == {"writer"}
    ids = [e["id"] for e in page["data"]]
    assert ids == sorted(ids, reverse=True)
    event = page["data"][0]
    assert set(event) >= {
        "at",
        "actor",
        "action",
        "resource",
        "key",
        "before",
        "after",
        "request_id",
    }
    future = c.get(f"{API}/audit?since=2999-01-01T00:00:00Z", headers=write_env.auth("admin"))
    assert future.json()["data"] == []
    assert c.get(f"{API}/audit?action=explode", headers=write_env.auth("admin")).status_code == 422


def test_the_audit_event_carries_the_request_id(write_env: WriteEnv) -> None:
    c = write_env.client
    headers = write_env.auth(**{"X-Request-ID": "staff-edit-42"})
    response = c.post(
        f"{API}/action-areas", json={"slug": "rid-area", "name": "R"}, headers=headers
    )
    assert response.status_code == 201
    event = c.get(f"{API}/audit?key=rid-area", headers=write_env.auth("admin")).json()["data"][0]
    assert event["request_id"] == "staff-edit-42"


def _corpus() -> list[tuple[str, str, dict[str, str], bytes | None, Any]]:
    """(method, path, extra headers, raw body, json body) that must all be refused."""
    nested = b'{"slug": "bad-input", "name": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    base = {"slug": "bad-input", "name": "Bad", "kind": "county"}
    return [
        ("POST", "jurisdictions", {}, None, {**base, "slug": "x'; DROP TABLE jurisdiction;--"}),
        ("POST", "jurisdictions", {}, None, {**base, "state": "WI' OR '1'='1"}),
        ("POST", "jurisdictions", {}, None, {**base, "fips": "1 OR 1=1"}),
        ("POST", "observations", {}, None, {"key": "a' OR 1=1--", "value": 1}),
        ("PATCH", "jurisdictions/milwaukee-county-wi' OR '1'='1", {}, None, {"name": "x"}),
        ("POST", "jurisdictions", {}, None, {**base, "slug": "a" * 10_000}),
        ("POST", "jurisdictions", {}, None, {**base, "name": "x" * 2_000_000}),
        ("POST", "jurisdictions", {}, None, {**base, "has_profile": "maybe"}),
        ("POST", "jurisdictions", {}, None, {**base, "action_areas": "courts"}),
        ("POST", "jurisdictions", {}, None, {**base, "kind": 7}),
        ("POST", "jurisdictions", {}, None, {**base, "jail_population_change_pct": "NaN%"}),
        ("POST", "jurisdictions", {}, None, {**base, "evil": True}),
        ("POST", "jurisdictions", {}, None, {**base, "name": "nul\u0000byte"}),
        ("POST", "jurisdictions", {}, None, [base]),
        ("POST", "jurisdictions", {}, None, "just a string"),
        ("POST", "jurisdictions", {}, None, None),
        ("POST", "jurisdictions", {"Content-Type": "application/json"}, nested, None),
        (
            "POST",
            "jurisdictions",
            {"Content-Type": "application/json"},
            b'{"slug": "bad-input", "name": "\xff\xfe"}',
            None,
        ),
        (
            "POST",
            "jurisdictions",
            {"Content-Type": "application/json"},
            b'{"slug": "bad-input", "name": "\\ud800"}',
            None,
        ),
        (
            "POST",
            "jurisdictions",
            {"Content-Type": "application/json"},
            b'{"slug": "bad-input",',
            None,
        ),
        (
            "POST",
            "jurisdictions",
            {"Content-Type": "application/json"},
            b"[" * 100_000 + b"]" * 100_000,
            None,
        ),
        ("POST", "jurisdictions", {"Content-Type": "text/plain"}, b"slug=bad-input", None),
        (
            "PATCH",
            "jurisdictions/milwaukee-county-wi",
            {"If-Match": "*"},
            None,
            {"partners": {"$ne": 1}},
        ),
        (
            "PATCH",
            "observations/milwaukee-county-wi/jail_bookings/2015",
            {"If-Match": "*"},
            None,
            {"value": "1e999999"},
        ),
        (
            "PATCH",
            "observations/milwaukee-county-wi/jail_bookings/2015",
            {"If-Match": "*"},
            None,
            {"period_end": "2015-13-45"},
        ),
        ("DELETE", "action-areas/courts", {"If-Match": "*"}, None, None),
    ]


def test_bad_input_corpus_answers_4xx_and_changes_nothing(write_env: WriteEnv) -> None:
    engine = create_engine(write_env.url)
    before = dump_tables(engine)
    for method, path, extra, raw, body in _corpus():
        kwargs: dict[str, Any] = {"content": raw} if raw is not None else {"json": body}
        response = write_env.client.request(
            method, f"{API}/{path}", headers=write_env.auth(**extra), **kwargs
        )
        assert 400 <= response.status_code < 500, (path, str(body)[:80], response.text[:300])
        assert response.headers["content-type"] == "application/problem+json", path
        problem = response.json()
        assert problem["status"] == response.status_code and problem["detail"]
    assert dump_tables(engine) == before
    engine.dispose()


def test_injection_text_in_a_free_text_field_is_stored_verbatim(write_env: WriteEnv) -> None:
    name = "Robert'); DROP TABLE jurisdiction;--"
    body = {"slug": "bobby-tables", "name": name, "kind": "city"}
    response = write_env.client.post(f"{API}/jurisdictions", json=body, headers=write_env.auth())
    assert response.status_code == 201
    assert write_env.client.get(f"{API}/jurisdictions/bobby-tables").json()["data"]["name"] == name
    assert write_env.client.get(f"{API}/jurisdictions?limit=1").status_code == 200


def test_no_key_is_ever_logged(write_env: WriteEnv, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    c = write_env.client
    c.post(f"{API}/action-areas", json={"slug": "log-area", "name": "L"}, headers=write_env.auth())
    c.post(f"{API}/action-areas", json={"slug": "log-area"}, headers=write_env.auth("revoked"))
    c.get(f"{API}/audit", headers=write_env.auth("admin"))
    text = caplog.text
    assert all(key not in text for key in write_env.keys.values())
    assert "test-secret-not-for-production" not in text


def test_keys_cli_prints_a_key_once_and_stores_only_a_digest(
    write_env: WriteEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["keys", "create", "--name", "cli-staff", "--scopes", "write"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("sjc_")
    assert cli(["keys", "create", "--name", "cli-staff"]) == 2
    assert cli(["keys", "create", "--name", "cli-root", "--scopes", "root"]) == 2
    capsys.readouterr()
    assert cli(["keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert "cli-staff" in listing and token not in listing and token.split("_")[2] not in listing
    engine = create_engine(write_env.url)
    assert token.split("_")[2] not in repr(dump_tables(engine)["api_key"])
    engine.dispose()
    body = {"slug": "cli-area", "name": "C"}
    headers = {"Authorization": f"Bearer {token}"}
    assert (
        write_env.client.post(f"{API}/action-areas", json=body, headers=headers).status_code == 201
    )
    assert cli(["keys", "revoke", "cli-staff"]) == 0
    assert cli(["keys", "revoke", "cli-staff"]) == 2
    body = {"slug": "cli-area-2", "name": "C"}
    assert (
        write_env.client.post(f"{API}/action-areas", json=body, headers=headers).status_code == 401
    )


def test_reseeding_never_undoes_an_api_write(write_env: WriteEnv) -> None:
    c = write_env.client
    person, figure = (
        "people/erin-perkins",
        "observations/milwaukee-county-wi/jail_population_change",
    )
    assert (
        c.patch(
            f"{API}/{person}", json={"title": "Edited"}, headers=write_env.if_match(person)
        ).status_code
        == 200
    )
    assert c.delete(f"{API}/{figure}", headers=write_env.if_match(figure)).status_code == 204
    report = seed_database(engine_for(write_env.url), SEED_DIR)
    assert report.skipped >= 2
    assert "left as edited through the API" in report.summary()
    assert c.get(f"{API}/{person}").json()["data"]["title"] == "Edited"
    assert c.get(f"{API}/{figure}").status_code == 404


def test_reseeding_never_undoes_a_provenance_write(write_env: WriteEnv) -> None:
    c = write_env.client
    source = c.get(f"{API}/sources?limit=1").json()["data"][0]["id"]
    document = c.get(f"{API}/documents?limit=1").json()["data"][0]["key"]
    for path, field in ((f"sources/{source}", "note"), (f"documents/{document}", "title")):
        edited = c.patch(
            f"{API}/{path}", json={field: "Edited by staff"}, headers=write_env.if_match(path)
        )
        assert edited.status_code == 200, edited.text
    seed_database(engine_for(write_env.url), SEED_DIR)
    assert c.get(f"{API}/sources/{source}").json()["data"]["note"] == "Edited by staff"
    assert c.get(f"{API}/documents/{document}").json()["data"]["title"] == "Edited by staff"


def test_lists_as_of_a_past_time(write_env: WriteEnv) -> None:
    c = write_env.client
    jurisdiction = "milwaukee-county-wi"
    path, filters = f"{API}/observations", {"jurisdiction": jurisdiction, "limit": 500}
    before = c.get(path, params=filters).json()["data"]
    assert before
    moment = datetime.now(UTC).isoformat()
    body = {
        "key": "milwaukee-county-wi/as-of-list",
        "jurisdiction": jurisdiction,
        "metric": "jail_population_change",
        "value": -20,
        "text_as_written": "20%",
        "source": "milwaukee-county-wi-headline-change",
    }
    assert c.post(f"{API}/observations", json=body, headers=write_env.auth()).status_code == 201
    first = f"observations/{before[0]['id']}"
    headers = write_env.if_match(first)
    response = c.patch(f"{API}/{first}", json={"note": "corrected later"}, headers=headers)
    assert response.status_code == 200
    now = c.get(path, params=filters).json()["data"]
    assert len(now) == len(before) + 1 and now[0]["note"] == "corrected later"
    assert c.get(path, params={**filters, "as_of": moment}).json()["data"] == before
    sub = f"{API}/jurisdictions/{jurisdiction}/observations"
    assert c.get(sub, params={"as_of": moment, "limit": 500}).json()["data"] == before
    # paging an as_of list walks every row once, in key order
    keys: list[str] = []
    url: str | None = f"{API}/observations?limit=2&as_of={moment.replace('+', '%2B')}"
    while url:
        page = c.get(url).json()
        keys.extend(o["id"] for o in page["data"])
        url = page["links"]["next"]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    assert "milwaukee-county-wi/as-of-list" not in keys and before[0]["id"] in keys
    csv = c.get(path, params={**filters, "format": "csv", "as_of": moment})
    assert csv.status_code == 200 and "as-of-list" not in csv.text
    assert "corrected later" not in csv.text
    # jurisdiction lists as of a time are projected to the list's fields
    states = c.get(f"{API}/jurisdictions", params={"state": "WI", "as_of": moment}).json()["data"]
    assert states and all("background_and_approach" not in j for j in states)
    unsupported = c.get(path, params={"as_of": moment, "sort": "-value"})
    assert unsupported.status_code == 422
    assert unsupported.json()["errors"][0]["parameter"] == "sort"
    assert c.get(path, params={"as_of": moment, "cursor": "%%%"}).status_code == 422


def test_a_key_is_one_word_in_three_parts(write_env: WriteEnv) -> None:
    engine = create_engine(write_env.url)
    with Session(engine) as session:
        tokens = [create_key(session, f"word-{i}", ["write"]) for i in range(64)]
        session.commit()
    engine.dispose()
    for token in tokens:
        prefix, key_id, secret = token.split("_")
        assert prefix == "sjc" and len(key_id) == 12 and len(secret) == 43
        assert secret.isascii() and secret.isalnum()
        assert write_env.client.get(
            f"{API}/audit", headers={"Authorization": f"Bearer {token}"}
        ).status_code in (200, 403)
