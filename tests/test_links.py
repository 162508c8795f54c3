"""Links are built from the request's path and query as Starlette's `request.url` reads them
(`core/links.py:target` reads them off the scope alone), and never from its Host header."""

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from starlette.requests import Request

from app.core.links import target

PATH_CHARS = st.characters(codec="utf-8")
QUERY_CHARS = st.sampled_from(list("abz09=&%+-._~!$'()*,;:@/?#[] \t\r\n\\é€"))


def _scope(path: str, query: bytes, host: bytes = b"api.example.org") -> dict[str, Any]:
    return {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "path": path,
        "query_string": query,
        "headers": [(b"host", host)],
    }


@given(
    path=st.text(PATH_CHARS, max_size=30).map(lambda p: "/" + p),
    query=st.text(QUERY_CHARS, max_size=30),
)
def test_path_and_query_as_starlette_reads_them(path: str, query: str) -> None:
    scope = _scope(path, query.encode())
    url = Request(scope).url
    assert target(scope) == (url.path, url.query)


def test_tricky_targets() -> None:
    for path, query in [
        ("/api/v1/jurisdictions", b""),
        ("/a?b#c\\d", b"x=1&y=%20#frag"),
        ("/tab\there", b"q=a\tb&r=\r\n"),
        ("/caf\u00e9/\u20ac", "q=\u00e9".encode()),
        ("/", b"?"),
    ]:
        scope = _scope(path, query)
        url = Request(scope).url
        assert target(scope) == (url.path, url.query)


def test_a_host_header_does_not_reach_a_link(client: TestClient) -> None:
    path = "/api/v1/jurisdictions?limit=1"
    plain = client.get(path).json()["links"]
    for host in ["evil.example/x?y=", "a:99999", "[::1", "x#y"]:
        forged = client.get(path, headers={"Host": host})
        assert forged.status_code == 200
        assert forged.json()["links"] == plain
