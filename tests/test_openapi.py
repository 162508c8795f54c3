"""The public contract is documented: ids, summaries, tags, parameters, errors, offline docs."""

import re

from fastapi.testclient import TestClient

from tests.helpers import get_json


def test_every_operation_is_documented(client: TestClient) -> None:
    spec = get_json(client, "/openapi.json")
    tag_names = {t["name"] for t in spec["tags"]}
    assert all(t.get("description") for t in spec["tags"])
    operation_ids = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            where = f"{method.upper()} {path}"
            operation_ids.append(op["operationId"])
            assert re.fullmatch(r"[a-z_]+", op["operationId"]), where
            assert op.get("summary"), where
            assert op.get("tags") and set(op["tags"]) <= tag_names, where
            for param in op.get("parameters", []):
                assert param.get("description"), f"{where} {param['name']}"
            if op.get("parameters"):
                assert "422" in op["responses"], where
                content = op["responses"]["422"]["content"]
                assert list(content) == ["application/problem+json"], where
            lookups = [
                p
                for p in op.get("parameters", [])
                if p["in"] == "path" and "pattern" in p["schema"]
            ]
            if lookups:  # a slug/key/id lookup can miss; enum path parameters (exports) cannot
                assert "404" in op["responses"], where
    assert len(operation_ids) == len(set(operation_ids))
    assert "Problem" in spec["components"]["schemas"]


def test_operation_ids_are_stable(client: TestClient) -> None:
    spec = get_json(client, "/openapi.json")
    ids = {op["operationId"] for methods in spec["paths"].values() for op in methods.values()}
    assert {
        "list_jurisdictions",
        "get_jurisdiction",
        "list_jurisdiction_observations",
        "list_observations",
        "get_source",
        "list_articles",
        "get_article",
        "healthz",
        "readyz",
    } <= ids


def test_docs_pages_and_assets_are_served_by_the_app(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        assert response.status_code == 200
        html = response.text
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets, page
        for asset in assets:
            assert not asset.startswith(("http://", "https://", "//")), (
                f"{page} loads {asset} from outside"
            )
            assert client.get(asset).status_code == 200, asset


def test_every_status_the_middleware_can_answer_is_declared(client: TestClient) -> None:
    spec = get_json(client, "/openapi.json")
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            where = f"{method.upper()} {path}"
            declared = set(op["responses"])
            assert {"400", "429", "500", "503"} <= declared, where
            if method == "get" and path not in ("/healthz", "/readyz"):
                assert "304" in declared, where
            if method in ("post", "patch"):
                assert {"408", "413", "422"} <= declared, where
            if method in ("patch", "delete"):
                assert {"412", "428"} <= declared, where
            for status, response in op["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], where
