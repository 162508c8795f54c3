"""The reference deployment (compose.yaml) as processes: three API replicas behind nginx, one
PostgreSQL primary with a streaming replica, one Redis. Everything goes through real HTTP."""

import itertools
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import httpx
import pytest

from tests.production import topology
from tests.production.topology import READ_LIMIT, Cluster

API = "/api/v1"
VISIBILITY_BOUND = 3.0  # s: etag_version_ttl (1 s) plus replica lag, with room for a slow CI


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """The whole topology, started once for the module."""
    root = Path(tempfile.mkdtemp(prefix="sjc-cluster-", dir="/tmp"))
    started, others = topology.start(root)
    try:
        yield started
    finally:
        topology.stop(started, others)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def key(cluster: Cluster) -> str:
    """A write key, made once with the CLI against the primary."""
    return cluster.cli("keys", "create", "--name", "cluster-writer", "--scopes", "write")


def client(base: str, address: str = "127.0.0.1") -> httpx.Client:
    """An HTTP client whose requests come from `address` (its own rate-limit bucket)."""
    transport = httpx.HTTPTransport(local_address=address, verify=False)  # plain HTTP only
    return httpx.Client(base_url=base, transport=transport, timeout=10)


def create_area(http: httpx.Client, key: str, slug: str) -> httpx.Response:
    """POST a new action area (with an Idempotency-Key, as a careful client does)."""
    return http.post(
        f"{API}/action-areas",
        json={"slug": slug, "name": f"Cluster {slug}"},
        headers={"Authorization": f"Bearer {key}", "Idempotency-Key": slug},
    )


def wait_until(check: Callable[[], bool], seconds: float) -> float:
    """Poll `check` until true; the time it took (fails after `seconds`)."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < seconds, f"not true within {seconds} s"
        time.sleep(0.05)
    return time.monotonic() - started


def test_replicas_started_together_migrate_once_and_all_serve(cluster: Cluster) -> None:
    assert cluster.setup_job is not None
    logs = [process.log.read_text() for process in [cluster.setup_job, *cluster.apis]]
    assert sum("database migrated to head" in log for log in logs) == 1, logs
    assert sum("database already at head" in log for log in logs) == 3, logs
    seeded = [log for log in logs if "seed complete:" in log]
    assert len(seeded) == 4
    assert sum("seed complete: 0 rows" not in log for log in seeded) == 1, seeded
    assert cluster.primary.sql("SELECT count(*) FROM alembic_version") == "1"
    for api in cluster.apis:
        with client(f"http://127.0.0.1:{api.port}") as http:
            assert http.get("/readyz").status_code == 200
            assert http.get(f"{API}/jurisdictions?limit=1").json()["data"]


def test_a_key_made_once_works_on_every_replica(cluster: Cluster, key: str) -> None:
    for api in cluster.apis:
        with client(f"http://127.0.0.1:{api.port}") as http:
            response = create_area(http, key, f"made-on-{api.name}")
            assert response.status_code == 201, response.text


def test_a_write_is_visible_on_every_replica_within_the_bound_and_etags_agree(
    cluster: Cluster, key: str
) -> None:
    slug = f"visible-{uuid.uuid4().hex[:8]}"
    with client(cluster.url) as http:
        assert create_area(http, key, slug).status_code == 201
    for api in cluster.apis:
        with client(f"http://127.0.0.1:{api.port}", "127.0.0.2") as http:

            def seen(http: httpx.Client = http) -> bool:
                return http.get(f"{API}/action-areas/{slug}").status_code == 200

            assert wait_until(seen, VISIBILITY_BOUND) <= VISIBILITY_BOUND
    time.sleep(1.2)  # every replica's dataset version is re-read (etag_version_ttl = 1 s)
    answers = []
    for api in cluster.apis:
        with client(f"http://127.0.0.1:{api.port}", "127.0.0.2") as http:
            response = http.get(f"{API}/action-areas")
            answers.append((response.headers["etag"], response.content))
    assert len(set(answers)) == 1, [etag for etag, _ in answers]


def test_anonymous_reads_use_the_replica_and_a_writer_reads_its_own_write(
    cluster: Cluster, key: str
) -> None:
    slug = f"own-{uuid.uuid4().hex[:8]}"
    cluster.replica.sql("SELECT pg_wal_replay_pause()")
    try:
        with client(cluster.url, "127.0.0.3") as http:
            assert create_area(http, key, slug).status_code == 201
            own = http.get(f"{API}/action-areas/{slug}", headers={"Authorization": f"Bearer {key}"})
            assert own.status_code == 200  # the writer reads the primary
            time.sleep(1.2)
            assert http.get(f"{API}/action-areas/{slug}").status_code == 404  # replica paused
    finally:
        cluster.replica.sql("SELECT pg_wal_replay_resume()")
    with client(cluster.url, "127.0.0.3") as http:
        wait_until(lambda: http.get(f"{API}/action-areas/{slug}").status_code == 200, 5)


def test_rate_limits_hold_across_replicas(cluster: Cluster) -> None:
    while time.time() % 60 > 40:  # stay inside one fixed window
        time.sleep(0.5)
    address = "127.0.0.77"
    # Each request to the next replica in turn (not through nginx, whose balancing may skip a
    # replica it briefly marks down): one client's budget must hold across all three.
    replicas = [client(f"http://127.0.0.1:{api.port}", address) for api in cluster.apis]
    try:
        statuses = [
            replicas[i % 3].get(f"{API}/action-areas?limit={1 + i % 5}").status_code
            for i in range(READ_LIMIT + 30)
        ]
    finally:
        for http in replicas:
            http.close()
    assert statuses.count(200) == READ_LIMIT
    assert statuses.count(429) == 30
    served_by = [f'"client":"{address}"' in api.log.read_text() for api in cluster.apis]
    assert all(served_by)  # every replica answered some: the budget is shared, not per replica


LOADS = itertools.count(1)  # each Load's client addresses are its own


class Load:
    """Requests from several threads until stopped: reads from many client addresses, none
    used by another Load (so no read budget runs out, however fast the cluster answers or
    however soon one load follows another in the same window), and writes with a key;
    records every status and acknowledged write."""

    def __init__(self, cluster: Cluster, key: str, paths: list[str], writes: bool) -> None:
        self.cluster, self.key, self.paths, self.writes = cluster, key, paths, writes
        self.results: list[tuple[float, str, int, httpx.Response | None]] = []
        self.acknowledged: list[str] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(n,)) for n in range(6)]
        self.number = next(LOADS)

    def __enter__(self) -> "Load":
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def _run(self, n: int) -> None:
        addresses = [f"127.{10 + n}.{self.number}.{i}" for i in range(1, 17)]
        clients = [client(self.cluster.url, address) for address in addresses]
        i = 0
        while not self.stopping.is_set():
            i += 1
            http = clients[i % len(clients)]
            keyed = i % 2 == 0
            if self.writes and i % 4 == 0:
                slug = f"load-{n}-{i}-{uuid.uuid4().hex[:6]}"
                self._record("write", partial(create_area, http, self.key, slug), slug)
                continue
            path = self.paths[i % len(self.paths)]
            headers = {"Authorization": f"Bearer {self.key}"} if keyed else {}
            kind = "keyed" if keyed else "anonymous"
            self._record(kind, partial(http.get, path, headers=headers))
        for http in clients:
            http.close()

    def _record(self, kind: str, call: Callable[[], httpx.Response], slug: str = "") -> None:
        try:
            response: httpx.Response | None = call()
        except httpx.HTTPError:
            response = None
        status = response.status_code if response is not None else 0
        with self.lock:
            self.results.append((time.monotonic(), kind, status, response))
            if slug and status == 201:
                self.acknowledged.append(slug)


def test_a_replica_killed_under_load_loses_no_acknowledged_write(
    cluster: Cluster, key: str
) -> None:
    paths = [f"{API}/action-areas?limit={n}" for n in range(1, 20)]
    with Load(cluster, key, paths, writes=True) as load:
        time.sleep(3)
        cluster.apis[0].kill()
        time.sleep(4)
    failed = [(kind, status) for _, kind, status, _ in load.results if status >= 300]
    assert len(load.results) > 200
    assert len(failed) / len(load.results) < 0.01, (len(failed), len(load.results), failed[:10])
    assert load.acknowledged
    stored = set(cluster.primary.sql("SELECT slug FROM action_area").split())
    assert set(load.acknowledged) <= stored
    cluster.restart(cluster.apis[0])


def test_primary_restarted_under_load_answers_503_then_recovers(cluster: Cluster, key: str) -> None:
    paths = [f"{API}/jurisdictions?limit={n}" for n in range(1, 60)]
    with Load(cluster, key, paths, writes=False) as load:
        time.sleep(1)
        cluster.primary.stop("fast")
        time.sleep(2)
        cluster.primary.start()
        back = time.monotonic()
        time.sleep(6)
    keyed = [(t, s, r) for t, kind, s, r in load.results if kind == "keyed"]
    refused = [r for _, s, r in keyed if s != 200]
    assert refused, "the primary's outage was not seen"
    for response in refused:
        assert response is not None and response.status_code == 503, response
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["retry-after"] == "2"
        assert response.json()["code"] == "database_unavailable"
    recovered = [t for t, s, _ in keyed if t > back and s == 200]
    assert recovered and recovered[0] - back < 5.0
    assert all(s == 200 for t, s, _ in keyed if t > back + 5.0)
    anonymous = [s for _, kind, s, _ in load.results if kind == "anonymous"]
    assert set(anonymous) == {200}  # the replica served anonymous reads throughout


def test_a_backup_restores_into_a_new_database(cluster: Cluster) -> None:
    dump = cluster.primary.root / "sjc.dump"  # a folder the postgres user owns
    port = str(cluster.primary.port)
    topology._run(*topology.RUN_AS_POSTGRES, topology.pg("pg_dump"), "-h", "127.0.0.1", "-p", port,
                  "-U", "postgres", "-Fc", "-f", dump, "sjc")  # fmt: skip
    cluster.primary.sql("CREATE DATABASE sjc_restored", database="postgres")
    topology._run(*topology.RUN_AS_POSTGRES, topology.pg("pg_restore"), "-h", "127.0.0.1", "-p", port,
                  "-U", "postgres", "-d", "sjc_restored", dump)  # fmt: skip
    for table in ("jurisdiction", "observation", "action_area", "api_key", "audit_event"):
        count = f"SELECT count(*) FROM {table}"
        assert cluster.primary.sql(count, "sjc_restored") == cluster.primary.sql(count), table
