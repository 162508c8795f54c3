"""The dataset version a process caches: read again ahead of its expiry without making any
request wait, never used past its ttl, and after a write every request waits for a read that
started after it."""

import asyncio
import threading
import time

from app.middleware.http_cache import VersionCache


class SlowDatabase:
    """A version read that takes as long as the test says."""

    def __init__(self) -> None:
        self.version = 1
        self.reads = 0
        self.release = threading.Event()
        self.release.set()

    def read(self) -> int:
        self.reads += 1
        self.release.wait(5)
        return self.version


def test_a_refresh_ahead_of_expiry_keeps_every_request_waiting_for_nothing() -> None:
    async def scenario() -> None:
        db = SlowDatabase()
        cache = VersionCache(db.read, ttl=2.0)
        assert await cache.get() == 1  # the first read is waited for
        db.version, db.release = 2, threading.Event()  # the next read hangs until released
        await asyncio.sleep(1.1)  # past half the ttl, before its end
        started = time.monotonic()
        answers = [await cache.get() for _ in range(20)]
        assert answers == [1] * 20 and time.monotonic() - started < 0.5
        await asyncio.sleep(0.05)
        assert db.reads == 2  # one refresh for all of them, still running
        db.release.set()
        await asyncio.sleep(0.1)
        assert await cache.get() == 2 and db.reads == 2
        await cache.close()

    asyncio.run(scenario())


def test_a_value_past_its_ttl_is_never_used() -> None:
    async def scenario() -> None:
        db = SlowDatabase()
        cache = VersionCache(db.read, ttl=0.0)
        assert await cache.get() == 1
        db.version = 2
        assert await cache.get() == 2 and db.reads == 2

    asyncio.run(scenario())


def test_after_a_write_requests_wait_for_a_fresh_read() -> None:
    async def scenario() -> None:
        db = SlowDatabase()
        cache = VersionCache(db.read, ttl=60)
        assert await cache.get() == 1
        db.version = 2
        cache.invalidate()
        assert await cache.get() == 2
        assert await cache.get() == 2 and db.reads == 2

    asyncio.run(scenario())
