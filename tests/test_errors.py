"""One error shape everywhere: 404 (route and resource), 405, 422, 500 and 503 are problem+json."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from app.jurisdictions import service as jurisdictions
from app.main import create_app
from tests.helpers import API

KEYS = {"type", "title", "status", "detail", "instance", "code", "request_id", "errors"}


def assert_problem(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert set(body) == KEYS
    assert body["status"] == status
    assert body["code"] == code
    assert body["request_id"] == response.headers["x-request-id"]
    assert body["instance"] == response.request.url.path
    assert "Traceback" not in response.text
    return body  # type: ignore[no-any-return]


def test_every_kind_of_error_has_the_problem_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_problem(client.get("/no/such/route"), 404, "not_found")
    assert_problem(client.get(f"{API}/jurisdictions/atlantis"), 404, "not_found")
    response = client.delete(f"{API}/jurisdictions")
    assert_problem(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, HEAD, POST"
    body = assert_problem(
        client.get(f"{API}/jurisdictions?limit=0&kind=x"), 422, "validation_error"
    )
    assert {e["parameter"] for e in body["errors"]} == {"limit", "kind"}
    assert_problem(client.get(f"{API}/jurisdictions?cursor=%25%25%25"), 422, "invalid_parameter")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(jurisdictions, "get_profile", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as failing:
        response = failing.get(f"{API}/jurisdictions/milwaukee-county-wi")
    body = assert_problem(response, 500, "internal_error")
    assert "secret internals" not in response.text


def test_readyz_is_503_problem_when_database_is_unreachable(tmp_path: Path) -> None:
    gone = f"sqlite:///{tmp_path / 'missing-dir' / 'gone.db'}"  # the app's own database
    with TestClient(create_app(get_settings().model_copy(update={"database_url": gone}))) as local:
        assert_problem(local.get("/readyz"), 503, "database_unavailable")


def test_incoming_request_id_is_echoed_and_unsafe_one_replaced(client: TestClient) -> None:
    response = client.get("/nowhere", headers={"X-Request-ID": "abc-123"})
    assert response.json()["request_id"] == "abc-123"
    response = client.get("/nowhere", headers={"X-Request-ID": "<script>"})
    assert response.json()["request_id"] != "<script>"
