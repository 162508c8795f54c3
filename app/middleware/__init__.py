"""The ASGI layer: pure ASGI middleware around the routes (request ids, trusted proxies, the
access log, security headers, CORS, file suffixes, failures as answers, rate limits, body
limits, the HTTP cache, deprecation notices). It may use `app.core`; core, the list engine
and the domains know nothing of it (import contracts in pyproject.toml)."""
