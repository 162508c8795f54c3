"""A non-editable install from the lock file, run from another directory: it migrates, seeds and
serves with its shipped migrations and seed data, and writes nothing inside site-packages."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import httpx

from tests.helpers import REPO_ROOT, free_port, wait_for_port


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output when it fails."""
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs
    )  # type: ignore[call-overload]
    assert done.returncode == 0, done.stdout + done.stderr
    return done  # type: ignore[no-any-return]


def test_a_wheel_installed_from_the_lock_file_sets_up_and_serves_from_anywhere(
    tmp_path: Path,
) -> None:
    wheels, prefix, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, REPO_ROOT)
    venv.create(prefix, with_pip=True)
    pip = [prefix / "bin" / "python", "-m", "pip", "install", "--quiet"]
    run(*pip, "--require-hashes", "-r", REPO_ROOT / "requirements.lock")
    run(*pip, "--no-deps", *wheels.glob("sjc_api-*.whl"))

    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    cli = prefix / "bin" / "sjc-api"
    setup = run(cli, "setup", cwd=elsewhere, env=env)
    assert "database migrated to head" in setup.stdout
    database = tmp_path / "data" / "sjc-api" / "sjc.db"
    assert database.is_file()

    port = free_port()
    server = subprocess.Popen(
        [cli, "serve", "--port", str(port)],
        cwd=elsewhere, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for_port(port)
        response = httpx.get(f"http://127.0.0.1:{port}/api/v1/jurisdictions?state=WI")
        assert response.status_code == 200
        assert [j["slug"] for j in response.json()["data"]] == [
            "eau-claire-county-wi",
            "milwaukee-county-wi",
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)
    site_packages = next(prefix.glob("lib/python*/site-packages"))
    data_files = ("*.db", "*.db.lock", "*.db-wal", ".sjc-secret")
    written = [p for pattern in data_files for p in site_packages.rglob(pattern)]
    assert written == []
    assert list(elsewhere.iterdir()) == []
