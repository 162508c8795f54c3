"""Contract: schemathesis runs every operation of the OpenAPI document with all checks and all
phases (examples, coverage, fuzzing, then stateful sequences of calls), with a write+admin key
on a scratch database, judged by the repository's schemathesis.toml exactly as an outside
`st run` from the repository root is (docs/reliability.md)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from app.core.config import REPO_ROOT
from app.main import create_app
from tests.conftest import WriteEnv

CONFIG = SchemathesisConfig.from_path(REPO_ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(), config=CONFIG)
KEY: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _admin_key(write_env: WriteEnv) -> None:
    """Calls carry a write+admin key and go to this module's own seeded scratch database."""
    KEY["Authorization"] = f"Bearer {write_env.keys['admin']}"


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=KEY)


class _KeyedStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, object]:
        return {"headers": KEY}


_KeyedStateMachine.TestCase.settings = settings(
    max_examples=30, stateful_step_count=6, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_stateful_sequences_conform(write_env: WriteEnv) -> None:
    KEY["Authorization"] = f"Bearer {write_env.keys['admin']}"
    _KeyedStateMachine.run()
