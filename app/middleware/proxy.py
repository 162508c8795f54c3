"""Client addresses behind reverse proxies: X-Forwarded-For is believed only when the peer is
a configured proxy (none by default), so no client can pick its own rate-limit bucket."""

import ipaddress
from collections.abc import Sequence

from starlette.types import Scope

from app.middleware.asgi import header

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Sequence[str]) -> list[Network]:
    """Addresses or CIDR networks as network objects (a bare address is a /32 or /128)."""
    return [ipaddress.ip_network(value.strip(), strict=False) for value in values if value.strip()]


def _trusted(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(peer: str, forwarded_for: str | None, networks: Sequence[Network]) -> str:
    """The client as the nearest untrusted hop: walk X-Forwarded-For from the right while the
    hop is a trusted proxy. An untrusted peer's header is ignored altogether."""
    if forwarded_for is None or not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    address = peer
    while hops and _trusted(address, networks):
        address = hops.pop()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:  # a malformed hop from a trusted proxy: fall back to that proxy
        return peer


class Proxies:
    """The configured proxies; `resolved` gives a request's scope its real client."""

    def __init__(self, trusted: Sequence[str]) -> None:
        self.networks = parse_networks(trusted)

    def resolved(self, scope: Scope) -> Scope:
        """The scope with `client` (and the scheme) read from the forwarded headers when the
        peer is a trusted proxy; the scope itself otherwise."""
        if not self.networks or not scope.get("client"):
            return scope
        peer, port = scope["client"]
        if not _trusted(peer, self.networks):
            return scope
        client = client_address(peer, header(scope, b"x-forwarded-for"), self.networks)
        proto = (header(scope, b"x-forwarded-proto") or "").strip().lower()
        scope = {**scope, "client": (client, port)}
        if proto in ("http", "https"):
            scope["scheme"] = proto
        return scope
