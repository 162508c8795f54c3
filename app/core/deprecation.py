"""Deprecations announce themselves: a deprecated route or query parameter, declared once here,
gets `Deprecation` (RFC 9745), `Sunset` (RFC 8594) and a `Link rel="deprecation"` on every
response that uses it, and `deprecated: true` in the OpenAPI document. Policy: docs/versioning.md.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from typing import Any

POLICY = "/api"  # the versions and the deprecation policy, linked from every notice


@dataclass(frozen=True)
class Deprecation:
    """One deprecated route (`parameter` None) or query parameter of a route."""

    method: str
    route: str  # the route template, e.g. /api/v1/jurisdictions/{slug}
    since: date
    sunset: date | None = None
    parameter: str | None = None
    link: str = POLICY

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The response headers that announce it."""
        since = datetime(self.since.year, self.since.month, self.since.day, tzinfo=UTC)
        found = [
            (b"deprecation", f"@{int(since.timestamp())}".encode()),
            (b"link", f'<{self.link}>; rel="deprecation"; type="text/html"'.encode()),
        ]
        if self.sunset is not None:
            end = datetime(self.sunset.year, self.sunset.month, self.sunset.day, tzinfo=UTC)
            found.append((b"sunset", format_datetime(end, usegmt=True).encode()))
        return found


# Nothing in API v1 is deprecated today; an entry here is all a deprecation takes.
DEPRECATIONS: tuple[Deprecation, ...] = ()


def mark_openapi(document: dict[str, Any], deprecations: tuple[Deprecation, ...]) -> None:
    """Set `deprecated: true` on the declared operations and parameters."""
    for deprecation in deprecations:
        operation = document["paths"].get(deprecation.route, {}).get(deprecation.method.lower())
        if operation is None:
            raise LookupError(f"no operation {deprecation.method} {deprecation.route} to deprecate")
        if deprecation.parameter is None:
            operation["deprecated"] = True
            continue
        parameters = [
            p for p in operation.get("parameters", []) if p["name"] == deprecation.parameter
        ]
        if not parameters:
            raise LookupError(f"{deprecation.route} has no parameter {deprecation.parameter}")
        for parameter in parameters:
            parameter["deprecated"] = True
