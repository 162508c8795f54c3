"""Links in responses: never built from request headers (Host, X-Forwarded-*), which the
response cache and ETags do not vary on; from the configured public URL, or relative."""

from urllib.parse import urlencode

from starlette.requests import Request


def public_url(request: Request, **replace: str) -> str:
    """This request's path and query (with `replace` applied) under the configured public URL,
    or as a relative reference when none is configured."""
    query = request.url.query
    if replace:
        pairs = [(k, replace.get(k, v)) for k, v in request.query_params.multi_items()]
        pairs += [(k, v) for k, v in replace.items() if k not in request.query_params]
        query = urlencode(pairs)
    base = request.app.state.settings.public_url or ""
    return base.rstrip("/") + request.url.path + (f"?{query}" if query else "")
