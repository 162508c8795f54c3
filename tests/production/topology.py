"""The reference deployment (compose.yaml) as local processes: a PostgreSQL primary and a
streaming replica (`pg_basebackup -R`), Redis, the one-off setup job (`sjc-api setup`), N API
replicas (`sjc-api start`: setup under the start-up lock, then serve) and nginx balancing
across them, on loopback. The job and the replicas start at the same moment on the empty
database, the hardest order compose can produce.

Debian packages: postgresql, redis-server, nginx (`.ci/run` installs them)."""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import REPO_ROOT, free_port, wait_for_port

SECRET = "cluster-test-shared-secret-0123456789abcdef"
READ_LIMIT = 200  # anonymous requests per client address per window
WRITE_LIMIT = 5000
RUN_AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def pg_bin() -> Path | None:
    """The newest PostgreSQL server binaries installed, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    return found[-1].parent if found else None


def pg(program: str) -> Path:
    """A PostgreSQL server program (initdb, pg_ctl, psql, pg_dump, ...)."""
    found = pg_bin()
    assert found is not None, "PostgreSQL is not installed"
    return found / program


def missing_tools() -> list[str]:
    """Programs the topology needs that are not installed."""
    wanted = {"nginx": shutil.which("nginx"), "redis-server": shutil.which("redis-server")}
    wanted["postgresql"] = str(pg_bin()) if pg_bin() else None
    return [name for name, path in wanted.items() if not path]


def _run(*args: str | Path) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True, timeout=120)


@dataclass
class Postgres:
    """One PostgreSQL server in a private folder."""

    root: Path
    port: int

    @property
    def data(self) -> Path:
        """The data directory."""
        return self.root / "data"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the sjc database."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/sjc"

    def ctl(self, *args: str) -> None:
        """Run pg_ctl on this server."""
        _run(*RUN_AS_POSTGRES, pg("pg_ctl"), "-D", self.data, "-l", self.root / "log", *args)

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        self.ctl("-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server."""
        self.ctl("-m", mode, "-w", "stop")

    def sql(self, statement: str, database: str = "sjc") -> str:
        """Run one statement with psql; its output, unaligned."""
        done = subprocess.run(
            [str(pg("psql")), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
             "-d", database, "-Atqc", statement],
            check=True, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        return done.stdout.strip()


@dataclass
class Api:
    """One process of the compose file: an API replica (`sjc-api start`) or the setup job."""

    name: str
    port: int
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the replica (or, without a port, the setup job); returns at once."""
        cli = str(Path(sys.executable).parent / "sjc-api")
        command = [cli, "start", "--port", str(self.port)] if self.port else [cli, "setup"]
        with self.log.open("ab") as sink:
            self.process = subprocess.Popen(
                command, env=self.env, cwd="/", stdout=sink, stderr=sink
            )

    def kill(self) -> None:
        """SIGKILL the replica, as a crashed container."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM (graceful shutdown) and wait."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=40)


@dataclass
class Cluster:
    """Every process of the topology and where to reach it."""

    root: Path
    primary: Postgres
    replica: Postgres
    redis_port: int
    nginx_port: int
    apis: list[Api] = field(default_factory=list)
    setup_job: Api | None = None

    @property
    def url(self) -> str:
        """The load balancer's base URL (what clients use)."""
        return f"http://127.0.0.1:{self.nginx_port}"

    def api_env(self) -> dict[str, str]:
        """The environment every replica shares."""
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith("SJC_")},
            "SJC_DATABASE_URL": self.primary.url,
            "SJC_DATABASE_REPLICA_URL": self.replica.url,
            "SJC_SECRET_KEY": SECRET,
            "SJC_RATE_LIMIT_STORAGE_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "SJC_RATE_LIMIT_READS": str(READ_LIMIT),
            "SJC_RATE_LIMIT_WRITES": str(WRITE_LIMIT),
            "SJC_FORWARDED_ALLOW_IPS": '["127.0.0.1"]',
            "SJC_PUBLIC_URL": self.url,
            "SJC_RETRY_AFTER": "2",
        }

    def cli(self, *args: str) -> str:
        """Run `sjc-api` against the primary; its standard output."""
        done = subprocess.run(
            [str(Path(sys.executable).parent / "sjc-api"), *args],
            env=self.api_env(), capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return done.stdout.strip()

    def wait_ready(self, api: Api, timeout: float = 120) -> None:
        """Wait until a replica listens (its migrate and seed are done)."""
        wait_for_port(api.port, seconds=timeout)

    def restart(self, api: Api) -> None:
        """Start a replica again after a kill."""
        api.start()
        self.wait_ready(api)


def _start_primary(root: Path) -> Postgres:
    primary = Postgres(root / "primary", free_port())
    primary.root.mkdir()
    shutil.chown(primary.root, "postgres") if RUN_AS_POSTGRES else None
    _run(*RUN_AS_POSTGRES, pg("initdb"), "-D", primary.data, "-U", "postgres",
         "-A", "trust", "--locale=C", "--encoding=UTF8")  # fmt: skip
    with (primary.data / "postgresql.conf").open("a") as conf:
        conf.write("wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = off\n")
    primary.start()
    primary.sql("CREATE DATABASE sjc", database="postgres")
    return primary


def _start_replica(root: Path, primary: Postgres) -> Postgres:
    replica = Postgres(root / "replica", free_port())
    replica.root.mkdir()
    shutil.chown(replica.root, "postgres") if RUN_AS_POSTGRES else None
    _run(*RUN_AS_POSTGRES, pg("pg_basebackup"), "-h", "127.0.0.1",
         "-p", str(primary.port), "-U", "postgres", "-D", replica.data, "-R", "-X", "stream", "-c", "fast")  # fmt: skip
    replica.start()
    return replica


def nginx_conf(folder: Path, apis: list[Api], port: int) -> str:
    """deploy/nginx.conf with loopback addresses and private folders: the same directives."""
    conf = (REPO_ROOT / "deploy" / "nginx.conf").read_text()
    local = {
        "worker_processes auto;": f"worker_processes 1;\ndaemon off;\npid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log warn;",
        "listen 8080;": f"listen 127.0.0.1:{port};",
        "access_log off;": "access_log off;\n"
        + "".join(f"    {kind}_temp_path {folder}/{kind};\n" for kind in TEMP_PATHS),
    }
    for i, api in enumerate(apis, start=1):
        local[f"server api-{i}:8000"] = f"server 127.0.0.1:{api.port}"
    for original, replacement in local.items():
        assert original in conf, f"deploy/nginx.conf no longer has {original!r}"
        conf = conf.replace(original, replacement)
    return conf


TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def _start_nginx(root: Path, apis: list[Api], port: int) -> subprocess.Popen[bytes]:
    folder = root / "nginx"
    folder.mkdir()
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder, apis, port))
    with (folder / "stderr.log").open("wb") as sink:
        process = subprocess.Popen(
            ["nginx", "-c", str(conf), "-p", str(folder), "-g", "user root;"],
            stdout=subprocess.DEVNULL, stderr=sink,
        )  # fmt: skip
    wait_for_port(port)
    return process


def start(root: Path, replicas: int = 3) -> tuple[Cluster, list[subprocess.Popen[bytes]]]:
    """Start the whole topology; every API replica starts at once on the empty database."""
    os.chmod(root, 0o755)
    primary = _start_primary(root)
    replica = _start_replica(root, primary)
    redis_port = free_port()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for_port(redis_port)
    cluster = Cluster(root, primary, replica, redis_port, free_port())
    env = cluster.api_env()
    cluster.apis = [Api(f"api{i}", free_port(), env, root / f"api{i}.log") for i in range(replicas)]
    cluster.setup_job = Api("setup", 0, env, root / "setup.log")
    for process in [cluster.setup_job, *cluster.apis]:
        process.start()
    for api in cluster.apis:
        cluster.wait_ready(api)
    assert cluster.setup_job.process is not None
    assert cluster.setup_job.process.wait(timeout=120) == 0, cluster.setup_job.log.read_text()
    nginx = _start_nginx(root, cluster.apis, cluster.nginx_port)
    return cluster, [redis, nginx]


def stop(cluster: Cluster, others: list[subprocess.Popen[bytes]]) -> None:
    """Stop every process of the topology."""
    for api in cluster.apis:
        api.stop()
    for process in others:
        process.terminate()
        process.wait(timeout=30)
    for server in (cluster.replica, cluster.primary):
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            server.stop("immediate")
    time.sleep(0.1)
