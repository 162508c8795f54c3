"""Create, list, revoke and check API keys (HMAC-SHA256 with the server secret)."""

import hashlib
import hmac
import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from app.auth.models import ApiKey
from app.core.config import get_settings

PREFIX = "sjc"
SCOPES = ("write", "admin", "metrics")


class KeyCommandError(ValueError):
    """A key command was given something it cannot do (unknown scope, duplicate name, ...)."""


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key's row id, name and scopes."""

    id: int
    name: str
    scopes: frozenset[str]


def _digest(token: str, secret: bytes | None = None) -> str:
    """The stored form of a key: an HMAC with the app's secret (the process settings' secret
    when none is given: the CLI)."""
    secret = secret or get_settings().secret_key_bytes()
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def split_token(token: str) -> str | None:
    """The key id of a well-formed token `sjc_<key_id>_<secret>`, else None."""
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or len(parts[1]) != 12 or not parts[2]:
        return None
    return parts[1]


# The secret part is letters and digits only (43 of 62 symbols: 256 bits), so a key is one
# word: a double click selects it whole and splitting it on "_" gives exactly its three parts.
SECRET_ALPHABET = string.ascii_letters + string.digits
SECRET_LENGTH = 43


def _secret_part() -> str:
    return "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))


def create_key(session: Session, name: str, scopes: list[str], secret: bytes | None = None) -> str:
    """Store a new key's digest and return the key itself (shown once, never stored)."""
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise KeyCommandError(f"scopes must be among {', '.join(SCOPES)}; got {', '.join(scopes)}")
    if session.scalars(select(ApiKey).where(ApiKey.name == name)).first():
        raise KeyCommandError(f"a key named '{name}' already exists")
    key_id = secrets.token_hex(6)
    token = f"{PREFIX}_{key_id}_{_secret_part()}"
    session.add(
        ApiKey(
            name=name,
            key_id=key_id,
            digest=_digest(token, secret),
            scopes=",".join(sorted(set(scopes))),
            created_at=datetime.now(UTC),
        )
    )
    return token


def list_keys(session: Session) -> list[ApiKey]:
    """Every key, oldest first (digests stay in the database)."""
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, name: str) -> bool:
    """Mark a key revoked; False when no active key has that name."""
    key = session.scalars(select(ApiKey).where(ApiKey.name == name)).first()
    if key is None or key.revoked_at is not None:
        return False
    key.revoked_at = datetime.now(UTC)
    return True


def authenticate(session: Session, token: str, secret: bytes | None = None) -> Principal | None:
    """The active key matching `token` (its digest made with `secret`), compared in constant
    time; None otherwise."""
    key_id = split_token(token)
    if key_id is None:
        return None
    key = session.scalars(select(ApiKey).where(ApiKey.key_id == key_id)).first()
    if key is None or key.revoked_at is not None or key.id is None:
        hmac.compare_digest(
            _digest(token, secret), _digest(token, secret)
        )  # same work whether or not it exists
        return None
    if not hmac.compare_digest(key.digest, _digest(token, secret)):
        return None
    return Principal(id=key.id, name=key.name, scopes=frozenset(key.scopes.split(",")))
