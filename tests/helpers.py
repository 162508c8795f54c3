"""Small helpers shared by the tests."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine, MetaData, make_url, select

REPO_ROOT = Path(__file__).resolve().parents[1]

API = "/api/v1"


def get_json(client: TestClient, path: str, status: int = 200) -> Any:
    """GET a path and return its JSON body, asserting the status."""
    response = client.get(path)
    assert response.status_code == status, response.text
    return response.json()


def all_pages(client: TestClient, path: str) -> list[dict[str, Any]]:
    """Follow links.next until the last page; return every item."""
    items: list[dict[str, Any]] = []
    url: str | None = path
    while url:
        body = get_json(client, url)
        items.extend(body["data"])
        url = body["links"]["next"]
    return items


def dump_tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, for before/after comparisons."""
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        return {
            name: sorted(tuple(map(repr, row)) for row in conn.execute(select(table)))
            for name, table in meta.tables.items()
        }


def driver_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as psycopg itself takes it (no `+psycopg`)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, seconds: float = 30) -> None:
    """Wait until something accepts connections on 127.0.0.1:`port`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


@contextmanager
def serve(database_url: str, log: Path | None = None, **env: str) -> Iterator[int]:
    """A real `sjc-api serve` (uvicorn) on `database_url`; yields its port (its stderr, the
    log, goes to `log` when given)."""
    port = free_port()
    environment = {**os.environ, "SJC_DATABASE_URL": database_url, **env}
    cli = str(Path(sys.executable).parent / "sjc-api")
    sink = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [cli, "serve", "--port", str(port)],
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=sink,
    )
    try:
        wait_for_port(port)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)
        if log:
            sink.close()  # type: ignore[union-attr]


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of a Prometheus text exposition (parsed by prometheus-client's parser)."""
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
