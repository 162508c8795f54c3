"""When a dependency is unavailable (the database: down, restarting, locked): which errors mean
that, and the outage they start (the ASGI answer, a 503 with Retry-After, is
`app/middleware/failures.py`).

One warning is logged when an outage begins and one line when service returns, rather than a
traceback per request."""

import logging
import time

from sqlalchemy import exc as sa_exc

log = logging.getLogger("sjc_api.failures")

UNAVAILABLE = (
    sa_exc.OperationalError,  # connection refused or lost, server shutting down, database locked
    sa_exc.InterfaceError,
    sa_exc.DisconnectionError,
    sa_exc.TimeoutError,  # no pooled connection free in time
)


def is_unavailable(error: BaseException) -> bool:
    """Whether an error means a dependency is unavailable (retrying later may succeed)."""
    if isinstance(error, UNAVAILABLE):
        return True
    return isinstance(error, sa_exc.DBAPIError) and bool(error.connection_invalidated)


class Outage:
    """Tracks whether the database is failing, to log an outage once, not per request."""

    def __init__(self) -> None:
        self.since: float | None = None
        self.failed_requests = 0

    def failed(self, error: BaseException) -> None:
        """A request failed for want of the database."""
        self.failed_requests += 1
        if self.since is None:
            self.since = time.monotonic()
            log.warning("database unavailable: %s", str(error).splitlines()[0][:300])

    def succeeded(self) -> None:
        """A request completed normally."""
        if self.since is not None:
            seconds = time.monotonic() - self.since
            log.warning("database available again after %.1f s", seconds)
            self.since = None


DATABASE = Outage()
"""The database's state in this process (the engine reports each successful checkout)."""
