"""Contract: schemathesis runs every operation of the OpenAPI document with all checks and all
phases (examples, coverage, fuzzing, then stateful sequences of calls), with a write+admin key
on a scratch database, judged by the repository's schemathesis.toml exactly as an outside
`st run` from the repository root is (docs/reliability.md)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from app.main import create_app
from tests.conftest import WriteEnv
from tests.helpers import REPO_ROOT, serve

CONFIG = SchemathesisConfig.from_path(REPO_ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(), config=CONFIG)
KEY: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _admin_key(write_env: WriteEnv, seeded_url: str) -> None:
    """Calls carry a write+admin key and go to this module's own seeded scratch database (the
    suite's database is set up too: the app above was made, at import, on its settings)."""
    KEY["Authorization"] = f"Bearer {write_env.keys['admin']}"


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=KEY)


def test_stateful_sequences_conform(write_env: WriteEnv) -> None:
    # Stateful sequences change the database as they go, which hypothesis' in-process state
    # machine takes for a flaky strategy; the CLI's engine is built for it, so this phase runs
    # as the outside run does: `st run` against a real `sjc-api serve`.
    with serve(write_env.url, SJC_RATE_LIMIT_ENABLED="false") as port:
        run = subprocess.run(
            [
                str(Path(sys.executable).parent / "st"),
                "run",
                f"http://127.0.0.1:{port}/openapi.json",
                "--checks=all",
                "--phases=stateful",
                "--max-examples=30",
                "--workers=1",
                "--suppress-health-check=all",
                f"--header=Authorization: Bearer {write_env.keys['admin']}",
            ],
            cwd=REPO_ROOT,
            env={**os.environ, "SCHEMATHESIS_HOOKS": "tests.schemathesis_hooks"},
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert run.returncode == 0, run.stdout[-5000:]
    assert "Stateful" in run.stdout
