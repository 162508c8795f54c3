"""Run the benchmark: sjc-api, Datasette and a bare ASGI app side by side on the synthetic
database, with wrk at fixed concurrency; write the table to docs/benchmarks.md.

Usage: python -m bench.run [--duration 8] [--connections 32]   (or `make bench`)
"""

import argparse
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from app.core.migrations import upgrade

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "bench" / "data" / "bench.db"
PEER = ROOT / "bench" / ".venv-peer" / "bin" / "datasette"
PORTS = {"app": 18001, "datasette": 18002, "bare": 18003, "app-nocache": 18004}
ROTATE_LUA = """
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
"""


@dataclass
class Result:
    """One wrk run."""

    rps: float
    p50_ms: float
    p99_ms: float


def start(name: str) -> subprocess.Popen[bytes]:
    """Start one server and wait until it answers."""
    port = PORTS[name]
    if name.startswith("app"):
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        # Rate limits would turn a load test into a test of the limiter: off for the benchmark.
        env = {
            **os.environ,
            "SJC_DATABASE_URL": f"sqlite:///{DB}",
            "SJC_RATE_LIMIT_ENABLED": "false",
            # the same app with its rendered-response cache off, to show what the cache buys
            "SJC_RESPONSE_CACHE_MB": "0" if name == "app-nocache" else "64",
        }
    elif name == "bare":
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.bare:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        env = dict(os.environ)
    else:
        cmd = [
            str(PEER),
            "serve",
            str(DB),
            "-p",
            str(port),
            "--setting",
            "max_returned_rows",
            "1000",
            "--setting",
            "max_csv_mb",
            "0",
            "--setting",
            "sql_time_limit_ms",
            "20000",
        ]
        env = dict(os.environ)
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return proc
        except urllib.error.HTTPError:
            return proc
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not start")


def wrk(
    url: str,
    duration: int,
    connections: int,
    headers: tuple[str, ...] = (),
    paths: list[str] | None = None,
) -> Result:
    """Run wrk (one thread, leaving the other core to the server) and parse its summary.
    With `paths`, every request takes the next path in turn (a Lua script), against `url`'s host."""
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url]
    for h in headers:
        cmd += ["-H", h]
    env = dict(os.environ)
    if paths:
        work = ROOT / "bench" / "results"
        work.mkdir(exist_ok=True)
        (work / "paths.txt").write_text("\n".join(paths) + "\n")
        (work / "rotate.lua").write_text(ROTATE_LUA)
        cmd += ["-s", str(work / "rotate.lua")]
        env["WRK_PATHS"] = str(work / "paths.txt")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    if "Non-2xx or 3xx responses" in out:
        raise RuntimeError(f"errors from {url}:\n{out}")

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return Result(rps, ms("50"), ms("99"))


def export(url: str, pid: int) -> tuple[float, float, int]:
    """Download a whole export; return seconds, the server's peak RSS during it (MB), bytes."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    started = time.perf_counter()
    size = 0
    with urllib.request.urlopen(url, timeout=600) as response:
        while chunk := response.read(1 << 16):
            size += len(chunk)
    elapsed = time.perf_counter() - started
    status = Path(f"/proc/{pid}/status").read_text()
    peak_kb = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    return elapsed, peak_kb / 1024, size


def main() -> None:
    """Run every scenario and write docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not DB.exists():
        subprocess.run([sys.executable, "-m", "bench.make_dataset"], cwd=ROOT, check=True)
    upgrade(f"sqlite:///{DB}")  # a dataset built by an older version gets the newer tables
    with sqlite3.connect(DB) as conn:
        harris = conn.execute(
            "SELECT id FROM jurisdiction WHERE slug = 'harris-county-tx'"
        ).fetchone()[0]
        slugs = [r[0] for r in conn.execute("SELECT slug FROM jurisdiction WHERE kind = 'county'")]
        states = sorted({r[0] for r in conn.execute("SELECT DISTINCT state FROM jurisdiction")})
    random.Random(2026).shuffle(slugs)
    a, d, b, n = (
        f"http://127.0.0.1:{PORTS[name]}" for name in ("app", "datasette", "bare", "app-nocache")
    )
    rotating = [
        (
            f"Jurisdiction lists rotating over {len(states)} states, 100 rows",
            [f"/api/v1/jurisdictions?state={st}&limit=100" for st in states],
            [f"/bench/jurisdiction.json?state={st}&_size=100&_shape=array" for st in states],
        ),
        (
            f"Details rotating over all {len(slugs):,} counties",
            [f"/api/v1/jurisdictions/{slug}" for slug in slugs],
            [f"/bench/jurisdiction.json?slug={slug}&_shape=array" for slug in slugs],
        ),
    ]
    scenarios = [
        (
            "Jurisdiction list, state=TX, 100 rows",
            f"{a}/api/v1/jurisdictions?state=TX&limit=100",
            f"{d}/bench/jurisdiction.json?state=TX&_size=100&_shape=array",
        ),
        (
            "One jurisdiction's detail",
            f"{a}/api/v1/jurisdictions/harris-county-tx",
            f"{d}/bench/jurisdiction.json?slug=harris-county-tx&_shape=array",
        ),
        (
            "One county's observations, one metric, 100 rows",
            f"{a}/api/v1/observations?jurisdiction=harris-county-tx&metric=average_daily_population&limit=100",
            f"{d}/bench/observation.json?jurisdiction_id={harris}&metric_key=average_daily_population&_size=100&_shape=array",
        ),
        (
            "Article search q=diversion, 20 rows",
            f"{a}/api/v1/articles?q=diversion&limit=20",
            f"{d}/bench/search_index.json?_search=diversion&resource=articles&_size=20&_shape=array",
        ),
    ]
    procs = {name: start(name) for name in PORTS}
    rows: list[str] = []
    try:
        for url in (scenarios[0][1], scenarios[0][2], b, scenarios[0][1].replace(a, n)):
            wrk(url, 2, args.connections)  # warm up
        ceiling = wrk(b, args.duration, args.connections)

        def row(title: str, mine: Result, bare: Result, peer: Result) -> str:
            return (
                f"| {title} | {mine.rps:,.0f} | {mine.p50_ms:.1f} | {mine.p99_ms:.1f} | "
                f"{bare.rps:,.0f} | {bare.p99_ms:.1f} | {peer.rps:,.0f} | {peer.p99_ms:.1f} | "
                f"**{mine.rps / peer.rps:.2f}x** | {bare.rps / peer.rps:.2f}x | {mine.rps / ceiling.rps:.2f}x |"
            )

        for title, app_url, peer_url in scenarios:
            mine = wrk(app_url, args.duration, args.connections)
            uncached = wrk(app_url.replace(a, n), args.duration, args.connections)
            peer = wrk(peer_url, args.duration, args.connections)
            rows.append(row(title, mine, uncached, peer))
        for title, app_paths, peer_paths in rotating:
            mine = wrk(a, args.duration, args.connections, paths=app_paths)
            uncached = wrk(n, args.duration, args.connections, paths=app_paths)
            peer = wrk(d, args.duration, args.connections, paths=peer_paths)
            rows.append(row(title, mine, uncached, peer))
        etag = urllib.request.urlopen(scenarios[0][1]).headers["ETag"]
        revalidate = wrk(
            scenarios[0][1], args.duration, args.connections, (f"If-None-Match: {etag}",)
        )
        rows.append(
            f"| 304 revalidation (If-None-Match) | {revalidate.rps:,.0f} | {revalidate.p50_ms:.1f} | "
            f"{revalidate.p99_ms:.1f} | | | | | | | **{revalidate.rps / ceiling.rps:.2f}x** |"
        )
        rows.append(
            f"| Bare ASGI ceiling (fixed body) | {ceiling.rps:,.0f} | {ceiling.p50_ms:.1f} | {ceiling.p99_ms:.1f} | | | | | | | 1.00x |"
        )
        mine_s, mine_mb, mine_bytes = export(
            f"{a}/api/v1/exports/observations.csv", procs["app"].pid
        )
        peer_s, peer_mb, peer_bytes = export(
            f"{d}/bench/observation.csv?_stream=on&_size=max", procs["datasette"].pid
        )
    finally:
        for proc in procs.values():
            proc.terminate()
            proc.wait()
    table = "\n".join(rows)
    export_table = (
        "| export of 314,400 observations | seconds | MB/s | server peak RSS (MB) | size (MB) |\n|---|---|---|---|---|\n"
        f"| sjc-api `/api/v1/exports/observations.csv` | {mine_s:.1f} | {mine_bytes / mine_s / 1e6:.1f} | {mine_mb:.0f} | {mine_bytes / 1e6:.0f} |\n"
        f"| Datasette `observation.csv?_stream=on` | {peer_s:.1f} | {peer_bytes / peer_s / 1e6:.1f} | {peer_mb:.0f} | {peer_bytes / 1e6:.0f} |\n"
        f"\nsjc-api export time relative to Datasette: **{peer_s / mine_s:.2f}x** as fast."
    )
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    results = f"""## Results ({time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())})

Machine: {machine}. wrk: 1 thread, {args.connections} connections, {args.duration} s per scenario,
after a warm-up. One uvicorn worker for sjc-api and for the bare app; Datasette 0.65.5 on the
same SQLite file. Figures from one run on a shared, noisy machine: read the ratios, not the
absolute numbers.

| scenario | sjc-api req/s | p50 ms | p99 ms | no cache req/s | no cache p99 ms | Datasette req/s | Datasette p99 ms | vs Datasette | no cache vs Datasette | vs ceiling |
|---|---|---|---|---|---|---|---|---|---|---|
{table}

{export_table}
"""
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(results)
    print(results)


if __name__ == "__main__":
    main()
