"""The comparison benchmark: sjc-api beside Datasette, a lean reference app and a bare ASGI
app, in one run, on the same synthetic database (planner statistics gathered), and sjc-api
on PostgreSQL holding the same rows when SJC_BENCH_PG_URL names one.

Usage: python -m bench.run [--duration 6] [--connections 32] [--runs 3]   (or `make bench`)

The headline is the miss path: sjc-api with its rendered-response cache off, every request
computed from the database. Each scenario rotates over many distinct URLs. A uniform mix of
distinct URLs with the cache on, a cache hit and a 304 revalidation are separate rows. Every
figure is the median of `--runs` runs with its range; the servers are measured in turn within
each run, so a drift of the machine touches them alike. Results: bench/results/latest.md.
"""

import argparse
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.db import build_engine
from app.core.migrations import upgrade
from bench.bare import capture
from bench.make_dataset import analyze

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "bench" / "data" / "bench.db"
PEER = ROOT / "bench" / ".venv-peer" / "bin" / "datasette"
SECRET = "bench-secret"
REPLAY_PORT = 18109
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
    """One wrk run; with the CPU time the server process and (for a server on the local
    PostgreSQL) the database's processes spent per request."""

    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    worker_us: float = 0.0
    database_us: float = 0.0


def cpu_by_process(pids: list[int]) -> dict[int, float]:
    """User and system CPU time each process has used so far (those gone are left out)."""
    used = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time the processes have used so far (those gone count nothing)."""
    return sum(cpu_by_process(pids).values())


def cpu_since(before: dict[int, float]) -> float:
    """CPU time the processes of `before` have used since, counting only those still running
    (one that exits meanwhile takes its time with it: a PostgreSQL backend ending during a run
    once made the sum negative)."""
    now = cpu_by_process(list(before))
    return sum(used - before[pid] for pid, used in now.items())


def settled(pids: list[int], quiet: float = 0.3, longest: float = 30.0) -> None:
    """Wait until the processes use no CPU for `quiet` seconds (at most `longest`): a server
    still working through requests wrk gave up on would otherwise slow the next measurement,
    of another server (Datasette's queued searches ran on for up to 2 s)."""
    started, last = time.monotonic(), cpu_seconds(pids)
    while time.monotonic() - started < longest:
        time.sleep(quiet)
        now = cpu_seconds(pids)
        if now - last < 0.02:  # two clock ticks
            return
        last = now


def postgres_pids() -> list[int]:
    """The processes of the local PostgreSQL server (its backends among them)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/comm"):
        try:
            if stat.read_text().strip() == "postgres":
                found.append(int(stat.parent.name))
        except OSError:
            continue
    return found


@dataclass
class Scenario:
    """One kind of request, as each server spells it (None: that server has no such read)."""

    title: str
    app: list[str]
    datasette: list[str] | None
    lean: list[str] | None


def uvicorn(target: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """One uvicorn worker serving `target` the way `sjc-api serve` does (httptools, asyncio's
    event loop: SJC_EVENT_LOOP's default; no Server header), for the lean app and the bare
    ASGI ceilings."""
    cmd = [sys.executable, "-m", "uvicorn", target, "--port", str(port), "--loop", "asyncio"]
    cmd += ["--http", "httptools", "--log-level", "warning", "--no-access-log"]
    cmd += ["--no-server-header"]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL)


def served(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """sjc-api as production runs it: `sjc-api serve`, one worker, its JSON access log
    written (to nowhere)."""
    cmd = [str(Path(sys.executable).parent / "sjc-api"), "serve", "--port", str(port)]
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def app_server(
    port: int, database_url: str, cache_mb: str, ahead: str = "0"
) -> subprocess.Popen[bytes]:
    """sjc-api on a database; rate limits off (a load test is not a test of the limiter);
    `ahead`: the share of the cache for details rendered ahead (SJC_WARM_DETAILS)."""
    env = {
        "SJC_DATABASE_URL": database_url,
        "SJC_RATE_LIMIT_ENABLED": "false",
        "SJC_RESPONSE_CACHE_MB": cache_mb,
        "SJC_SECRET_KEY": SECRET,
        "SJC_WARM_DETAILS": ahead,
    }
    return served(port, env)


def rendered_ahead(base: str, database_url: str) -> float:
    """Wait until a server has rendered its details ahead (its `sjc_rendered_ahead` counter
    stops growing); returns the seconds it took from now."""
    name = f"bench-{time.time_ns()}"
    made = subprocess.run(
        [sys.executable, "-m", "app.cli", "keys", "create", "--name", name, "--scopes", "metrics"],
        cwd=ROOT,
        env={**os.environ, "SJC_DATABASE_URL": database_url, "SJC_SECRET_KEY": SECRET},
        capture_output=True,
        text=True,
        check=True,
    )
    token = made.stdout.strip().splitlines()[-1]
    started, last = time.monotonic(), -1.0
    while time.monotonic() - started < 600:
        request = urllib.request.Request(base + "/metrics")
        request.add_header("Authorization", f"Bearer {token}")
        metrics = urllib.request.urlopen(request, timeout=10).read().decode()
        found = re.search(r"^sjc_rendered_ahead_total ([0-9.e+]+)$", metrics, re.M)
        value = float(found.group(1)) if found else 0.0
        if value > 0 and value == last:
            return time.monotonic() - started
        last = value
        time.sleep(2)
    raise RuntimeError("the details were not rendered ahead within 10 minutes")


def replaying(url: str, port: int) -> subprocess.Popen[bytes]:
    """A bare app replaying the answers a running sjc-api gives `url` (the 200 as its cache
    replays it, and the 304), serving once they are captured."""
    urllib.request.urlopen(url).read()  # computed and stored; the capture gets the replay
    answers = ROOT / "bench" / "results" / "answers.json"
    answers.parent.mkdir(exist_ok=True)
    capture(url, answers)
    proc = uvicorn("bench.bare:replay", port, {"SJC_BARE_ANSWERS": str(answers)})
    wait(port)
    return proc


def datasette(port: int) -> subprocess.Popen[bytes]:
    """Datasette 0.65.5 serving the same file, with the page and time limits raised."""
    cmd = [str(PEER), "serve", str(DB), "-p", str(port), "--setting", "max_returned_rows", "1000"]
    cmd += ["--setting", "max_csv_mb", "0", "--setting", "sql_time_limit_ms", "20000"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait(port: int) -> None:
    """Wait until a server answers HTTP on the port."""
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port}")


def wrk(base: str, paths: list[str], duration: int, connections: int, header: str = "") -> Result:
    """wrk with one thread (the other core is the server's), each request the next path."""
    work = ROOT / "bench" / "results"
    work.mkdir(exist_ok=True)
    (work / "paths.txt").write_text("\n".join(paths) + "\n")
    (work / "rotate.lua").write_text(ROTATE_LUA)
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", base + paths[0]]
    cmd += ["-s", str(work / "rotate.lua")] + (["-H", header] if header else [])
    env = {**os.environ, "WRK_PATHS": str(work / "paths.txt")}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    if "Non-2xx or 3xx responses" in out:
        raise RuntimeError(f"errors from {base}{paths[0]}:\n{out}")

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    return Result(rps, ms("50"), ms("99"), requests)


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


def has_rows(url: str) -> bool:
    """Whether a database already holds the synthetic dataset."""
    engine = build_engine(url)
    try:
        with engine.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM observation")).scalar())
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def prepare(url: str, built: bool) -> None:
    """Build the dataset on a database that lacks it; bring an existing one to the current
    schema; gather planner statistics either way, so every server plans from the same facts."""
    if not built:
        subprocess.run(
            [sys.executable, "-m", "bench.make_dataset", "--url", url], cwd=ROOT, check=True
        )
    upgrade(url)
    analyze(url)


def scenarios() -> list[Scenario]:
    """The reads compared, each over many distinct URLs of the synthetic data."""
    with sqlite3.connect(DB) as conn:
        counties = conn.execute(
            "SELECT id, slug FROM jurisdiction WHERE kind = 'county'"
        ).fetchall()
        states = sorted({r[0] for r in conn.execute("SELECT DISTINCT state FROM jurisdiction")})
    random.Random(2026).shuffle(counties)
    metric = "average_daily_population"
    words = ["diversion", "reentry", "pretrial", "housing", "warrant", "clinic", "booking"]
    return [
        Scenario(
            f"Jurisdiction list, 100 rows, over {len(states)} states",
            [f"/api/v1/jurisdictions?state={s}&limit=100" for s in states],
            [f"/bench/jurisdiction.json?state={s}&_size=100&_shape=array" for s in states],
            [f"/jurisdictions?state={s}&limit=100" for s in states],
        ),
        Scenario(
            f"One jurisdiction, over {len(counties):,} counties",
            [f"/api/v1/jurisdictions/{slug}" for _, slug in counties],
            [f"/bench/jurisdiction.json?slug={slug}&_shape=array" for _, slug in counties],
            [f"/jurisdictions/{slug}" for _, slug in counties],
        ),
        Scenario(
            "One county's observations of a metric, 100 rows",
            [
                f"/api/v1/observations?jurisdiction={slug}&metric={metric}&limit=100"
                for _, slug in counties
            ],
            [
                f"/bench/observation.json?jurisdiction_id={jid}&metric_key={metric}"
                "&_size=100&_shape=array"
                for jid, _ in counties
            ],
            [
                f"/observations?jurisdiction={slug}&metric={metric}&limit=100"
                for _, slug in counties
            ],
        ),
        Scenario(
            f"Article search, 20 rows, over {len(words)} words",
            [f"/api/v1/articles?q={w}&limit=20" for w in words],
            [
                f"/bench/search_index.json?_search={w}&resource=articles&_size=20&_shape=array"
                for w in words
            ],
            None,
        ),
    ]


def mixed(chosen: list[Scenario], server: Callable[[Scenario], list[str] | None]) -> list[str]:
    """A uniform mix of every scenario's distinct URLs, in a fixed shuffled order."""
    paths = [p for s in chosen for p in (server(s) or [])]
    random.Random(7).shuffle(paths)
    return paths


def spread(results: list[Result]) -> str:
    """Median req/s with the range of the runs."""
    rps = [r.rps for r in results]
    return f"{statistics.median(rps):,.0f} ({min(rps):,.0f}-{max(rps):,.0f})"


def p99(results: list[Result]) -> str:
    """Median p99 latency with the range of the runs (a tenth of a millisecond: the target is
    a bound, and a rounded 50 does not say which side of it a run fell)."""
    values = [r.p99_ms for r in results]
    return f"{statistics.median(values):,.1f} ({min(values):,.1f}-{max(values):,.1f})"


def ratio(mine: list[Result], other: list[Result]) -> str:
    """Median of the per-run ratios (each pair measured within one run)."""
    values = [a.rps / b.rps for a, b in zip(mine, other, strict=True)]
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    """Run every scenario `--runs` times and write bench/results/latest.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=6)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pg_url = os.environ.get("SJC_BENCH_PG_URL")
    prepare(f"sqlite:///{DB}", DB.exists())
    if pg_url:
        prepare(pg_url, has_rows(pg_url))
    servers = {
        "sqlite": (18101, lambda p: app_server(p, f"sqlite:///{DB}", "0")),
        "sqlite-cached": (18102, lambda p: app_server(p, f"sqlite:///{DB}", "64")),
        "sqlite-ahead": (18108, lambda p: app_server(p, f"sqlite:///{DB}", "256", "0.9")),
        "datasette": (18103, datasette),
        "lean": (18104, lambda p: uvicorn("bench.lean:app", p, {"SJC_LEAN_DB": str(DB)})),
        "bare": (18105, lambda p: uvicorn("bench.bare:app", p, {})),
    }
    if pg_url:
        servers["pg"] = (18106, lambda p: app_server(p, pg_url, "0"))
        servers["pg-cached"] = (18107, lambda p: app_server(p, pg_url, "64"))
    procs = {name: start(port) for name, (port, start) in servers.items()}
    base = {name: f"http://127.0.0.1:{port}" for name, (port, _) in servers.items()}
    chosen = scenarios()
    got: dict[tuple[str, str], list[Result]] = {}
    exports: dict[str, list[tuple[float, float, int]]] = {"sjc-api": [], "datasette": []}
    d, c = args.duration, args.connections

    def measure(key: str, server: str, paths: list[str], header: str = "") -> None:
        worker = [procs[server].pid]
        database = postgres_pids() if server.startswith("pg") else []
        before = cpu_by_process(worker), cpu_by_process(database)
        result = wrk(base[server], paths, d, c, header)
        result.worker_us = cpu_since(before[0]) / result.requests * 1e6
        result.database_us = cpu_since(before[1]) / result.requests * 1e6
        got.setdefault((key, server), []).append(result)
        settled(worker + database)

    try:
        for port, _ in servers.values():
            wait(port)
        hit = chosen[0].app[:1]
        procs["replay"] = replaying(base["sqlite-cached"] + hit[0], REPLAY_PORT)
        base["replay"] = f"http://127.0.0.1:{REPLAY_PORT}"
        ahead_seconds = rendered_ahead(base["sqlite-ahead"], f"sqlite:///{DB}")
        for server, paths in [("sqlite", chosen[0].app), ("datasette", chosen[0].datasette)]:
            wrk(base[server], paths or [], 2, c)  # warm-up
        for run in range(args.runs):
            print(f"run {run + 1} of {args.runs}", file=sys.stderr, flush=True)
            for s in chosen:
                for server, paths in [
                    ("sqlite", s.app),
                    ("pg", s.app),
                    ("datasette", s.datasette),
                    ("lean", s.lean),
                ]:
                    if paths and server in base:
                        measure(s.title, server, paths)
            for server, pick in [
                ("sqlite-cached", lambda s: s.app),
                ("pg-cached", lambda s: s.app),
                ("datasette", lambda s: s.datasette),
            ]:
                if server in base:
                    measure("mix", server, mixed(chosen, pick))
            measure("mix", "sqlite-ahead", mixed(chosen, lambda s: s.app))
            detail = next(s for s in chosen if s.title.startswith("One jurisdiction"))
            measure(detail.title, "sqlite-ahead", detail.app)
            wrk(base["sqlite-cached"], hit, 1, c)  # the URL is now cached
            measure("hit", "sqlite-cached", hit)
            etag = urllib.request.urlopen(base["sqlite-cached"] + hit[0]).headers["ETag"]
            measure("304", "sqlite-cached", hit, f"If-None-Match: {etag}")
            measure("hit", "replay", hit)
            measure("304", "replay", hit, f"If-None-Match: {etag}")
            measure("bare", "bare", ["/"])
            exports["sjc-api"].append(
                export(base["sqlite"] + "/api/v1/exports/observations.csv", procs["sqlite"].pid)
            )
            exports["datasette"].append(
                export(
                    base["datasette"] + "/bench/observation.csv?_stream=on&_size=max",
                    procs["datasette"].pid,
                )
            )
    finally:
        for proc in procs.values():
            proc.terminate()
            proc.wait()
    write(args, chosen, got, exports, pg_url is not None, ahead_seconds)


def cpu_table(chosen: list[Scenario], got: dict[tuple[str, str], list[Result]]) -> list[str]:
    """CPU time per request on each side of the SQLite and PostgreSQL servers (medians of the
    runs): what a worker costs on its own, and how much of its time it waits."""
    lines = [
        "| scenario (cache off unless named) | worker CPU / request, SQLite | worker CPU, "
        "PostgreSQL | PostgreSQL's processes | worker busy, SQLite / PostgreSQL | "
        "worker's own cost, SQLite / PostgreSQL |",
        "|---|---|---|---|---|---|",
    ]
    for title, mine, pg in [(s.title, "sqlite", "pg") for s in chosen] + [
        ("Uniform mix of all these URLs, response cache on", "sqlite-cached", "pg-cached")
    ]:
        key = "mix" if mine == "sqlite-cached" else title
        own, theirs = got[(key, mine)], got[(key, pg)]
        lite = statistics.median(r.worker_us for r in own)
        post = statistics.median(r.worker_us for r in theirs)
        database = statistics.median(r.database_us for r in theirs)
        busy = [
            statistics.median(r.rps * r.worker_us / 1e6 for r in runs) for runs in (own, theirs)
        ]
        lines.append(
            f"| {title} | {lite:,.0f} us | {post:,.0f} us | {database:,.0f} us | "
            f"{busy[0]:.2f} / {busy[1]:.2f} | {lite / post:.2f}x |"
        )
    return lines


def write(
    args: argparse.Namespace,
    chosen: list[Scenario],
    got: dict[tuple[str, str], list[Result]],
    exports: dict[str, list[tuple[float, float, int]]],
    with_pg: bool,
    ahead_seconds: float,
) -> None:
    """Write the tables to bench/results/latest.md and print them."""
    lines = [
        "| scenario (cache off unless named) | sjc-api SQLite req/s | p99 ms | "
        + ("sjc-api PostgreSQL req/s | p99 ms | " if with_pg else "")
        + "Datasette req/s | p99 ms | lean app req/s | sjc-api / Datasette | "
        + ("PostgreSQL / SQLite | " if with_pg else "")
        + "sjc-api / lean |",
        "|---|---|---|"
        + ("---|---|" if with_pg else "")
        + "---|---|---|---|"
        + ("---|" if with_pg else "")
        + "---|",
    ]
    for title, mine, pg in [(s.title, "sqlite", "pg") for s in chosen] + [
        ("Uniform mix of all these URLs, response cache on", "sqlite-cached", "pg-cached")
    ]:
        key = "mix" if mine == "sqlite-cached" else title
        own, peer = got[(key, mine)], got[(key, "datasette")]
        lean = got.get((key, "lean"))
        row = f"| {title} | {spread(own)} | {p99(own)} | "
        if with_pg:
            row += f"{spread(got[(key, pg)])} | {p99(got[(key, pg)])} | "
        row += f"{spread(peer)} | {p99(peer)} | {spread(lean) if lean else '-'} | **{ratio(own, peer)}** | "
        if with_pg:
            row += f"{ratio(got[(key, pg)], own)} | "
        row += f"{ratio(own, lean) if lean else '-'} |"
        lines.append(row)
    detail = next(s.title for s in chosen if s.title.startswith("One jurisdiction"))
    for title, key in [
        (f"{detail}, details rendered ahead (cache on)", detail),
        ("Uniform mix, details rendered ahead (cache on)", "mix"),
    ]:
        own, peer = got[(key, "sqlite-ahead")], got[(key, "datasette")]
        lines.append(
            f"| {title} | {spread(own)} | {p99(own)} | "
            + ("- | - | " if with_pg else "")
            + f"{spread(peer)} | {p99(peer)} | - | **{ratio(own, peer)}** | "
            + ("- | " if with_pg else "")
            + "- |"
        )
    lines += [
        "",
        f"Details rendered ahead: every jurisdiction profile, plain and gzip, rendered into a "
        f"256 MB cache (0.9 of it for them) in {ahead_seconds:.0f} s after start-up, before "
        "the runs.",
    ]
    if with_pg:
        lines += ["", *cpu_table(chosen, got)]
    bare = got[("bare", "bare")]

    def ceiling_row(name: str, key: str, server: str, same: str) -> str:
        runs, copy = got[(key, server)], got[(key, "replay")]
        same = same or ratio(runs, copy)
        return f"| {name} | {spread(runs)} | {p99(runs)} | {ratio(runs, bare)} | {same} |"

    ceiling = [
        "| request | req/s | p99 ms | vs bare ASGI ceiling | vs the same answer from a bare app |",
        "|---|---|---|---|---|",
        ceiling_row("cache hit (one list URL, cache on)", "hit", "sqlite-cached", ""),
        ceiling_row("304 revalidation (If-None-Match)", "304", "sqlite-cached", ""),
        ceiling_row(
            "bare app replaying the hit's answer (same headers, 9.5 KB body)",
            "hit",
            "replay",
            "1.00x",
        ),
        ceiling_row("bare app replaying the 304", "304", "replay", "1.00x"),
        f"| bare ASGI app, fixed body (68 bytes) | {spread(bare)} | {p99(bare)} | 1.00x | - |",
    ]
    ours, theirs = exports["sjc-api"], exports["datasette"]
    speedups = [p[0] / m[0] for m, p in zip(ours, theirs, strict=True)]

    def export_row(name: str, runs: list[tuple[float, float, int]]) -> str:
        seconds = [r[0] for r in runs]
        return (
            f"| {name} | {statistics.median(seconds):.1f} ({min(seconds):.1f}-{max(seconds):.1f}) | "
            f"{runs[0][2] / 1e6:.0f} | {max(r[1] for r in runs):.0f} |"
        )

    export_lines = [
        "| export of every observation (CSV) | seconds, median (range) | MB | peak RSS MB |",
        "|---|---|---|---|",
        export_row("sjc-api `/api/v1/exports/observations.csv`", ours),
        export_row("Datasette `observation.csv?_stream=on&_size=max`", theirs),
        "",
        f"sjc-api relative to Datasette: **{statistics.median(speedups):.2f}x** as fast "
        f"({min(speedups):.2f}-{max(speedups):.2f}).",
    ]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    text = "\n".join(
        [
            f"## Results ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
            "",
            f"{machine}. wrk: 1 thread, {args.connections} connections, {args.duration} s per "
            f"measurement, {args.runs} runs; median (range). One uvicorn worker per server.",
            "",
            *lines,
            "",
            *ceiling,
            "",
            *export_lines,
            "",
        ]
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
