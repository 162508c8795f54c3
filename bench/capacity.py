"""Per-core throughput for the capacity model of docs/deployment.md: one `sjc-api serve` worker
on the seeded data, SQLite and PostgreSQL, response cache on (every URL repeats: hits) and off
(every request renders: misses), wrk with one thread and 32 connections rotating over every
list and detail URL of the seeded jurisdictions; 3 runs each, median and range.

Usage: SJC_BENCH_PG_URL=postgresql+psycopg://... python -m bench.capacity [--duration 8]
[--redis redis://...] (without SJC_BENCH_PG_URL only SQLite is measured; with --redis, rate
limits are on and counted in that Redis, as several workers a replica count them, with a
budget no run exhausts; else they are off)."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.run import ROOT, Result, wrk
from tests.helpers import free_port, wait_for_port

CLI = str(Path(sys.executable).parent / "sjc-api")


def paths(base: str) -> list[str]:
    """Every jurisdiction's detail and list page (on the seeded data: a realistic mix)."""
    import httpx

    slugs = [j["slug"] for j in httpx.get(f"{base}/api/v1/jurisdictions?limit=500").json()["data"]]
    details = [f"/api/v1/jurisdictions/{s}" for s in slugs]
    lists = [f"/api/v1/jurisdictions?limit={n}" for n in range(1, 17)]
    return details + lists + [f"/api/v1/strategies?limit={n}" for n in range(1, 17)]


def measure(database_url: str, cache_mb: str, duration: int, redis: str | None) -> list[Result]:
    """Three wrk runs against one fresh worker."""
    port = free_port()
    env = {
        **os.environ,
        "SJC_DATABASE_URL": database_url,
        "SJC_RESPONSE_CACHE_MB": cache_mb,
        "SJC_RATE_LIMIT_ENABLED": "false",
        "SJC_SECRET_KEY": "bench-secret",
    }
    if redis:
        env |= {
            "SJC_RATE_LIMIT_ENABLED": "true",
            "SJC_RATE_LIMIT_STORAGE_URL": redis,
            "SJC_RATE_LIMIT_READS": "1000000000",
        }
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen([CLI, "serve", "--port", str(port)], env=env, stderr=log)
        try:
            wait_for_port(port)
            base = f"http://127.0.0.1:{port}"
            rotation = paths(base)
            wrk(base, rotation, 2, 32)  # warm-up (fills the cache when it is on)
            return [wrk(base, rotation, duration, 32) for _ in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=30)


def setup(database_url: str) -> None:
    """Migrate and seed the database once."""
    env = {**os.environ, "SJC_DATABASE_URL": database_url, "SJC_SECRET_KEY": "bench-secret"}
    subprocess.run([CLI, "setup"], env=env, check=True, capture_output=True)


def main() -> None:
    """Print the table for docs/deployment.md."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--redis", default=None, help="count rate limits in this Redis")
    args = parser.parse_args()
    duration, redis = args.duration, args.redis
    folder = Path(tempfile.mkdtemp(prefix="sjc-capacity-"))
    databases = {"SQLite": f"sqlite:///{folder / 'capacity.db'}"}
    if os.environ.get("SJC_BENCH_PG_URL"):
        databases["PostgreSQL"] = os.environ["SJC_BENCH_PG_URL"]
    print("| database | response cache | req/s median (range) | p99 ms median |")
    print("|---|---|---|---|")
    for name, url in databases.items():
        setup(url)
        for label, cache_mb in [("on: hits", "64"), ("off: misses", "0")]:
            runs = measure(url, cache_mb, duration, redis)
            rps = [r.rps for r in runs]
            p99 = statistics.median(r.p99_ms for r in runs)
            print(
                f"| {name} | {label} | {statistics.median(rps):,.0f} "
                f"({min(rps):,.0f}-{max(rps):,.0f}) | {p99:.1f} |",
                flush=True,
            )


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
