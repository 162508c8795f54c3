"""Every example in README.md, docs/ and clients/README.md is run: shell blocks in bash against
a live server on a freshly seeded database of their own (with `$ command` lines, the output
shown below each must be what the command prints; `...` stands for the rest), JSON blocks
marked `<!-- example: GET /path -->` against the answer to that request. A block that cannot
run here says why in a `<!-- not run: reason -->` line above it, and the test checks that."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import scratch_database
from tests.helpers import REPO_ROOT, serve

DOCS = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
DOCS += [REPO_ROOT / "clients" / "README.md"]
BLOCK = re.compile(r"(?:<!-- (not run|example): *(.*?) -->\n)?```(\w*)\n(.*?)```", re.S)
RUNNABLE = ("sh", "json", "python", "r")


def blocks(doc: Path) -> list[tuple[str, str, str, str]]:
    """(marker, marker text, language, body) of each fenced block of a document."""
    return [m.groups() for m in BLOCK.finditer(doc.read_text(encoding="utf-8"))]  # type: ignore[misc]


def test_every_example_either_runs_or_says_why_not() -> None:
    for doc in DOCS:
        for marker, reason, language, body in blocks(doc):
            if language not in RUNNABLE:
                continue
            where = f"{doc.name}: {body[:60]!r}"
            if marker == "not run":
                assert len(reason) > 20, f"{where}: say why it is not run"
            elif language == "json":
                assert marker == "example", f"{where}: mark it <!-- example: GET /path -->"


def _env(database: str, key: str) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "SJC_DATABASE_URL": database,
        "SJC_SECRET_KEY": "doc-examples",
        "SJC_RATE_LIMIT_ENABLED": "false",
        "DOC_KEY": key,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
    }


def _run_shell(body: str, port: int, env: dict[str, str]) -> str:
    if body.startswith("$ "):  # a transcript: run its commands, not the output it shows
        body = "".join(line[2:] + "\n" for line in body.splitlines() if line.startswith("$ "))
    script = body.replace("http://127.0.0.1:8000", f"http://127.0.0.1:{port}")
    script = script.replace("sjc_...", "$DOC_KEY")
    done = subprocess.run(
        ["bash", "-eu", "-c", script], cwd=REPO_ROOT, env=env,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, f"{script}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


def _rscript() -> str:
    """Rscript, which CI installs; elsewhere an R example is skipped, in CI it must run."""
    found = shutil.which("Rscript")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Rscript is missing: CI installs r-base-core to run the R examples")
        pytest.skip("Rscript is not installed (CI installs it)")
    return found


def _shown_output(body: str) -> list[str]:
    """The output lines a block shows under its `$ command` lines."""
    if not body.startswith("$ "):
        return []
    return [line for line in body.splitlines() if not line.startswith("$ ")]


def _check_output(shown: list[str], printed: str) -> None:
    lines = printed.splitlines()
    for i, line in enumerate(shown):
        if line.strip() == "...":
            return
        assert i < len(lines) and lines[i] == line, (shown, lines[: len(shown)])


def _matches(shown: Any, real: Any) -> bool:
    if isinstance(shown, str) and shown.endswith("..."):
        return isinstance(real, str) and real.startswith(shown[:-3])
    if isinstance(shown, dict):
        return isinstance(real, dict) and all(_matches(v, real.get(k)) for k, v in shown.items())
    if isinstance(shown, list):
        return (
            isinstance(real, list) and len(shown) == len(real) and all(map(_matches, shown, real))
        )
    return bool(shown == real)


def _check_json(body: str, request: str, port: int) -> None:
    import httpx

    method, path = request.split(" ", 1)
    answer = httpx.request(method, f"http://127.0.0.1:{port}{path}")
    assert _matches(json.loads(body), answer.json()), (body, answer.text)


@pytest.mark.parametrize(
    "doc", [d for d in DOCS if d.exists()], ids=lambda d: str(d.relative_to(REPO_ROOT))
)
def test_the_examples_of_each_document_run(doc: Path) -> None:
    runnable = [b for b in blocks(doc) if b[2] in RUNNABLE and b[0] != "not run"]
    if not runnable:
        pytest.skip(f"{doc.name} has no example to run")
    with scratch_database() as database:
        env = _env(database, "")
        subprocess.run(
            ["sjc-api", "setup"], env=env, check=True, capture_output=True, cwd=REPO_ROOT
        )
        key = subprocess.run(
            ["sjc-api", "keys", "create", "--name", "doc-examples", "--scopes", "write,admin"],
            env=env, check=True, capture_output=True, text=True, cwd=REPO_ROOT,
        ).stdout.strip()  # fmt: skip
        env = _env(database, key)
        with serve(database, SJC_SECRET_KEY="doc-examples", SJC_RATE_LIMIT_ENABLED="false") as port:
            for _marker, request, language, body in runnable:
                if language == "json":
                    _check_json(body, request, port)
                elif language == "python":
                    _run_shell(f"python - <<'PY'\n{body}PY\n", port, env)
                elif language == "r":
                    _run_shell(f"{_rscript()} /dev/stdin <<'R'\n{body}R\n", port, env)
                else:
                    _check_output(_shown_output(body), _run_shell(body, port, env))
