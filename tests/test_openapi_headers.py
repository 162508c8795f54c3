"""Every response header the service sends is declared in the OpenAPI document, and those
declared as always sent are on real responses."""

from fastapi.testclient import TestClient

from tests.helpers import API


def test_every_response_declares_its_headers(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    components = document["components"]["headers"]
    assert {"ETag", "Link", "Location", "Retry-After", "RateLimit-Remaining"} <= set(components)
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                headers = response.get("headers", {})
                assert "X-Request-ID" in headers, (path, method, status)
                for header in headers.values():
                    assert header["$ref"].removeprefix("#/components/headers/") in components
                if status == "201":
                    assert {"Location", "ETag"} <= set(headers)
                if status in ("429", "503"):
                    assert "Retry-After" in headers
                if method == "get" and status == "200":
                    assert {"ETag", "Link", "RateLimit-Limit", "Deprecation"} <= set(headers)


def test_headers_declared_as_always_sent_are_sent(client: TestClient) -> None:
    listing = client.get(f"{API}/jurisdictions?limit=1")
    assert listing.headers["x-request-id"]
    assert listing.headers["etag"] and 'rel="next"' in listing.headers["link"]
    missing = client.get(f"{API}/jurisdictions/nowhere")
    assert missing.headers["x-request-id"] == missing.json()["request_id"]
