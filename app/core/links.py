"""Links in responses: never built from request headers (Host, X-Forwarded-*), which the
response cache and ETags do not vary on; from the configured public URL, or relative."""

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.types import Scope


def public_url(request: Request, **replace: str) -> str:
    """This request's path and query (with `replace` applied) under the configured public URL,
    or as a relative reference when none is configured."""
    path, query = target(request.scope)
    if replace:
        pairs = [(k, replace.get(k, v)) for k, v in request.query_params.multi_items()]
        pairs += [(k, v) for k, v in replace.items() if k not in request.query_params]
        query = urlencode(pairs)
    base = request.app.state.settings.public_url or ""
    return base.rstrip("/") + path + (f"?{query}" if query else "")


def target(scope: Scope) -> tuple[str, str]:
    """The request's path and query as `request.url` gives them (its `?`, `#` and `\\`
    escaped, tabs and line breaks dropped, as `urlsplit` drops them), read from the scope
    alone: Starlette's URL is assembled with the Host header and split again (3.5% of a page of
    observations in a profile), and a link must not depend on that header anyway."""
    path = scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    query = scope.get("query_string", b"").decode()
    for dropped in _DROPPED:
        path, query = path.replace(dropped, ""), query.replace(dropped, "")
    query = query.partition("#")[0]
    return path, query


_DROPPED = ("\t", "\r", "\n")
