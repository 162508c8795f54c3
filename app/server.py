"""Serving: uvicorn configured from Settings, with this project's HTTP protocol
(`app/protocol.py`: deadlines on headers and idle connections, stored answers given while the
request is read) and JSON logs."""

import uvicorn
from uvicorn.supervisors import Multiprocess

from app.core import logs, telemetry
from app.core.config import Settings
from app.protocol import Protocol


class JsonLogConfig(uvicorn.Config):
    """uvicorn's configuration, with JSON logs set up in every process that loads it (the
    supervisor and each spawned worker, which starts with Python's default logging)."""

    def configure_logging(self) -> None:
        """Route every logger to one JSON line per record."""
        super().configure_logging()
        logs.configure()


def uvicorn_config(settings: Settings, *, host: str, port: int) -> uvicorn.Config:
    """The uvicorn configuration of `sjc-api serve`.

    Forwarded headers are resolved by the application (`middleware/proxy.py`, from
    `SJC_FORWARDED_ALLOW_IPS`), so uvicorn's own handling, which trusts 127.0.0.1 by default,
    is switched off."""
    return JsonLogConfig(
        "app.main:app",
        host=host,
        port=port,
        workers=settings.workers,
        root_path=settings.root_path,
        http=Protocol,
        loop=settings.event_loop,
        proxy_headers=False,
        forwarded_allow_ips="",
        server_header=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=30,
        log_level="info",
        log_config=None,  # app.core.logs: JSON lines for every logger
        access_log=False,  # one sjc_api.access line per request instead
    )


def serve(settings: Settings, *, host: str, port: int) -> None:
    """Serve until interrupted; in-flight requests finish on shutdown (SIGTERM or SIGINT).

    With several workers, one supervisor process binds the socket and restarts workers that
    die; Prometheus counters are shared through files in `metrics_multiproc_dir`."""
    config = uvicorn_config(settings, host=host, port=port)
    if settings.workers == 1:
        uvicorn.Server(config).run()
        return
    with telemetry.multiprocess_dir(settings.metrics_multiproc_dir):
        sock = config.bind_socket()
        Multiprocess(config, sockets=[sock]).run()
