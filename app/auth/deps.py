"""Route dependencies that require an API key with a given scope."""

from collections.abc import Callable, Coroutine
from typing import Any

import anyio
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from app.auth.service import Principal, authenticate
from app.core.db import write_engine
from app.core.errors import ForbiddenError, UnauthorizedError

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="`Authorization: Bearer <key>`; keys are made with `sjc-api keys create`.",
)


def _check(engine: Engine, token: str, secret: Callable[[], bytes]) -> Principal | None:
    with Session(engine) as session:
        return authenticate(session, token, secret())


async def verify_token(
    engine: Engine, token: str, *, secret: Callable[[], bytes]
) -> Principal | None:
    """Check a bearer token against a database's keys (made with the app's secret) in a
    worker thread (the rate limiter verifies keys with it too)."""
    return await anyio.to_thread.run_sync(_check, engine, token, secret)


def require_scope(
    scope: str,
) -> Callable[..., Coroutine[Any, Any, Principal]]:
    """A dependency that answers 401 without a valid key and 403 without `scope`."""

    async def dependency(
        request: Request,
        credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
    ) -> Principal:
        if credentials is None:
            raise UnauthorizedError("This operation needs an API key: Authorization: Bearer <key>.")
        principal = getattr(request.state, "principal", None)  # verified by the rate limiter
        if principal is None:
            principal = await verify_token(
                write_engine(request.scope),
                credentials.credentials,
                secret=request.app.state.settings.secret_key_bytes,
            )
        if principal is None:
            raise UnauthorizedError("The API key is unknown or has been revoked.")
        if scope not in principal.scopes:
            raise ForbiddenError(f"This operation needs the '{scope}' scope.")
        request.state.principal = principal
        return principal

    dependency.__name__ = f"require_{scope}"
    return dependency


__all__ = ["Principal", "require_scope"]
