"""Generated clients, proven: the committed document and both clients are what the app
generates today, the linters find no error, and each client's program runs against a live
server (Node.js tools come from clients/package-lock.json; CI installs Node.js)."""

import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import create_app
from tests.conftest import IS_POSTGRES
from tests.helpers import REPO_ROOT, serve

CLIENTS = REPO_ROOT / "clients"
BIN = CLIENTS / "node_modules" / ".bin"
# Generation and linting read no database: the SQLite run checks them, the PostgreSQL run
# (CI's second pass) runs only the programs against a server on its database.
same_on_every_database = pytest.mark.skipif(IS_POSTGRES, reason="checked by the SQLite run")


def _node_tool(name: str) -> str:
    tool = BIN / name
    if not tool.exists() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Node.js and run `make clients-deps` (see .ci/run)")
        pytest.skip("no Node.js tools: install Node.js, then `make clients-deps`")
    return str(tool)


def _run(*command: str, cwd: Path = CLIENTS) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{command}: {done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done.stdout


@same_on_every_database
def test_the_committed_document_is_the_one_the_app_generates() -> None:
    generated = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"
    assert (CLIENTS / "openapi.json").read_text(encoding="utf-8") == generated, (
        "clients/openapi.json is stale: run `make clients`"
    )


@same_on_every_database
def test_the_typescript_types_are_current(tmp_path: Path) -> None:
    tool = _node_tool("openapi-typescript")
    _run(tool, "openapi.json", "-o", str(tmp_path / "schema.d.ts"))
    fresh = (tmp_path / "schema.d.ts").read_text(encoding="utf-8")
    assert fresh == (CLIENTS / "typescript" / "schema.d.ts").read_text(encoding="utf-8"), (
        "clients/typescript/schema.d.ts is stale: run `make clients`"
    )


def _tree_differs(left: Path, right: Path) -> list[str]:
    compare = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [*compare.left_only, *compare.right_only, *compare.diff_files]
    for name in compare.common_dirs:
        found += _tree_differs(left / name, right / name)
    return found


@same_on_every_database
def test_the_python_client_is_current(tmp_path: Path) -> None:
    generator = Path(sys.executable).parent / "openapi-python-client"
    _run(
        str(generator), "generate", "--path", "openapi.json",
        "--config", "python/config.yaml", "--meta", "none",
        "--output-path", str(tmp_path / "sjc_api_client"),
    )  # fmt: skip
    stale = _tree_differs(tmp_path / "sjc_api_client", CLIENTS / "python" / "sjc_api_client")
    assert not stale, f"clients/python is stale ({stale[:5]}): run `make clients`"


@same_on_every_database
def test_the_document_lints_clean() -> None:
    _run(_node_tool("spectral"), "lint", "openapi.json", "--fail-severity", "error", "-q")
    report = _run(_node_tool("redocly"), "lint", "openapi.json", "--format", "json")
    totals = json.loads(report)["totals"]
    assert totals["errors"] == 0, report[:3000]


def test_the_typescript_program_compiles_strictly_and_runs(seeded_url: str) -> None:
    _run(_node_tool("tsc"), "-p", "typescript")
    with serve(seeded_url, SJC_RATE_LIMIT_ENABLED="false") as port:
        out = _run("node", "typescript/dist/example.js", f"http://127.0.0.1:{port}")
    assert "jurisdictions in WI: Eau Claire County, Milwaukee County" in out
    assert "Milwaukee County: 9 figures, lead agency Milwaukee Community Justice Council" in out
    assert "jail_bookings = 33500 bookings (source milwaukee-county-wi-bookings-2015)" in out
    assert "as CSV: 2 rows, header slug,name,kind,state,fips" in out
    assert "404 as a typed problem: 404 not_found" in out


def test_the_python_program_runs(seeded_url: str) -> None:
    with serve(seeded_url, SJC_RATE_LIMIT_ENABLED="false") as port:
        out = _run(sys.executable, "example.py", f"http://127.0.0.1:{port}", cwd=CLIENTS / "python")
    assert "jurisdictions in WI: Eau Claire County, Milwaukee County" in out
    assert "jail_bookings = 33500 bookings (source milwaukee-county-wi-bookings-2015)" in out
    assert "as CSV: 2 rows, header slug,name,kind,state,fips" in out
    assert "404 as a typed problem: 404 not_found" in out
