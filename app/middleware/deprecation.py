"""The announcing headers (`Deprecation`, `Sunset`, `Link`) on responses of deprecated routes
and parameters; what is deprecated is declared in `app/core/deprecation.py`."""

from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.deprecation import Deprecation


def _used(deprecation: Deprecation, scope: Scope) -> bool:
    if scope["method"] not in (deprecation.method, "HEAD" if deprecation.method == "GET" else ""):
        return False
    if scope.get("state", {}).get("route") != deprecation.route:
        return False
    if deprecation.parameter is None:
        return True
    query = scope.get("query_string", b"").decode("latin-1")
    return any(name == deprecation.parameter for name, _ in parse_qsl(query, True))


class DeprecationMiddleware:
    """Add the announcing headers to responses of deprecated routes and parameters. It sits
    inside the response cache, so a cached response carries them too."""

    def __init__(self, app: ASGIApp, *, deprecations: tuple[Deprecation, ...]) -> None:
        self.app, self.deprecations = app, deprecations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Announce what this request uses that is deprecated."""
        if scope["type"] != "http" or not self.deprecations:
            await self.app(scope, receive, send)
            return

        async def announce(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [h for d in self.deprecations if _used(d, scope) for h in d.headers()]
                if extra:
                    message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, announce)
