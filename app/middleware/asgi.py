"""What every middleware shares: reading a header, the path the app routes on, and a
problem+json answer given before routing."""

from collections.abc import Sequence

from starlette.types import Scope, Send

from app.core.errors import problem_body


def header(scope: Scope, name: bytes) -> str | None:
    """One request header of an ASGI scope (lowercase name), or None."""
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def route_path(scope: Scope) -> str:
    """The path the application routes on: the request path without the `root_path` a proxy
    serves the API under (uvicorn puts the prefix in front of the path, as ASGI asks)."""
    path, root = scope["path"], scope.get("root_path", "")
    if root and (path == root or path.startswith(root + "/")):
        return path[len(root) :] or "/"
    return path


async def send_problem(
    scope: Scope,
    send: Send,
    status: int,
    code: str,
    detail: str,
    headers: Sequence[tuple[bytes, bytes]] = (),
) -> None:
    """A problem+json answer for middleware that refuses before routing."""
    request_id = str(scope.get("state", {}).get("request_id", "-"))
    body = problem_body(status, code, detail, scope["path"], request_id)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
