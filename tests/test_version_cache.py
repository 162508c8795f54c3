"""The dataset version a process caches: used until its ttl, then read again by one request;
after a write in this process, read again at once; a read a write overlapped is not kept."""

import asyncio

from app.middleware.http_cache import VersionCache


class Database:
    """A version read that counts how often it is made (and can run code while reading)."""

    def __init__(self) -> None:
        self.version = 1
        self.reads = 0
        self.during_read = lambda: None

    def read(self) -> int:
        self.reads += 1
        value = self.version
        self.during_read()
        return value


def test_a_version_is_used_until_its_ttl_then_read_once() -> None:
    async def scenario() -> None:
        db = Database()
        cache = VersionCache(db.read, ttl=0.2)
        assert [await cache.get() for _ in range(5)] == [1] * 5 and db.reads == 1
        db.version = 2
        assert await cache.get() == 1  # within the ttl
        await asyncio.sleep(0.25)
        assert [await cache.get() for _ in range(5)] == [2] * 5 and db.reads == 2

    asyncio.run(scenario())


def test_with_no_ttl_every_request_reads() -> None:
    async def scenario() -> None:
        db = Database()
        cache = VersionCache(db.read, ttl=0.0)
        assert await cache.get() == 1
        db.version = 2
        assert await cache.get() == 2 and db.reads == 2

    asyncio.run(scenario())


def test_after_a_write_the_next_request_reads_again() -> None:
    async def scenario() -> None:
        db = Database()
        cache = VersionCache(db.read, ttl=60)
        assert await cache.get() == 1
        db.version = 2
        cache.invalidate()
        assert await cache.get() == 2
        assert await cache.get() == 2 and db.reads == 2

    asyncio.run(scenario())


def test_a_read_that_a_write_overlapped_is_not_kept() -> None:
    async def scenario() -> None:
        db = Database()
        cache = VersionCache(db.read, ttl=60)
        db.during_read = cache.invalidate  # a write commits while the version is being read
        assert await cache.get() == 1
        db.during_read, db.version = (lambda: None), 2
        assert await cache.get() == 2 and db.reads == 2

    asyncio.run(scenario())
