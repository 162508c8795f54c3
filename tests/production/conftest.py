"""The production suite (`make cluster-test`, run by `.ci/run`): the reference deployment as
processes, and a non-editable install. Slow and needing PostgreSQL, Redis and nginx binaries,
so it runs only when SJC_CLUSTER_TEST=1."""

import os

import pytest

from tests.production.topology import missing_tools


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip this folder unless asked for; fail (not skip) when asked for but tools are missing."""
    wanted = os.environ.get("SJC_CLUSTER_TEST") == "1"
    for item in items:
        if "tests/production/" not in str(item.fspath):
            continue
        if not wanted:
            item.add_marker(pytest.mark.skip(reason="production suite: run `make cluster-test`"))
        elif missing := missing_tools():
            pytest.fail(f"the production suite needs {', '.join(missing)}", pytrace=False)
