"""What a cached answer costs the application itself: the app called in process, no server and
no network, with a cache hit and a 304 of the benchmark's list URL, 20,000 of each a round,
three rounds; prints microseconds a request (the access line is written to /dev/null), through
the ASGI layers and given at once (`app.state.answer_now`, as the server asks it, the loop
turning every 32 requests). With `--profile`, a cProfile of a round of hits, by own time.

Usage: python -m bench.hit_cost [--profile] (after `python -m bench.make_dataset`)."""

import argparse
import asyncio
import cProfile
import os
import pstats
import time
from collections.abc import MutableMapping
from typing import Any

from bench.run import DB, SECRET

PATH = "/api/v1/jurisdictions"
QUERY = b"state=AK&limit=100"
ROUND = 20_000


def _scope(if_none_match: bytes | None) -> dict[str, Any]:
    headers = [(b"host", b"127.0.0.1:8000"), (b"user-agent", b"bench")]
    if if_none_match is not None:
        headers.append((b"if-none-match", if_none_match))
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": PATH,
        "raw_path": PATH.encode(),
        "root_path": "",
        "query_string": QUERY,
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }


async def _measure(profile: bool) -> None:
    from app.core import logs

    logs.configure()
    handler = logs.logging.root.handlers[0]
    assert isinstance(handler, logs.logging.StreamHandler)
    handler.setStream(open(os.devnull, "w"))  # noqa: SIM115
    from app.main import create_app

    app = create_app()
    answered: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answered.update(status=message["status"], headers=dict(message["headers"]))

    async with app.router.lifespan_context(app):
        await app(_scope(None), receive, send)  # computed and stored
        etag = answered["headers"][b"etag"]
        for label, if_none_match in (("hit", None), ("304", etag)):
            for _ in range(3):
                started = time.perf_counter()
                for _ in range(ROUND):
                    await app(_scope(if_none_match), receive, send)
                each = (time.perf_counter() - started) / ROUND * 1e6
                print(f"{label}: {each:.1f} us a request (status {answered['status']})")
        answer_now = app.state.answer_now
        for label, if_none_match in (("hit at once", None), ("304 at once", etag)):
            for _ in range(3):
                declined, started = 0, time.perf_counter()
                for n in range(ROUND):
                    if answer_now(_scope(if_none_match)) is None:  # the version to read again
                        declined += 1
                        await app(_scope(if_none_match), receive, send)
                    if n % 32 == 31:
                        await asyncio.sleep(0)  # a turn ends: its lines and metrics recorded
                each = (time.perf_counter() - started) / ROUND * 1e6
                print(f"{label}: {each:.1f} us a request ({declined} through the layers)")
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(ROUND):
                await app(_scope(None), receive, send)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def main() -> None:
    """Measure (the bench database must exist)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    os.environ.update(
        SJC_DATABASE_URL=f"sqlite:///{DB}",
        SJC_RATE_LIMIT_ENABLED="false",
        SJC_RESPONSE_CACHE_MB="64",
        SJC_SECRET_KEY=SECRET,
    )
    asyncio.run(_measure(args.profile))


if __name__ == "__main__":
    main()
