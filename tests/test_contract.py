"""Contract: schemathesis runs every operation of the OpenAPI document with all checks."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.main import create_app

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app())


@pytest.fixture(autouse=True)
def _database(seeded_url: str) -> None:
    """Schemathesis calls the app in-process; the suite's seeded database must exist."""


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate()
