"""Hooks for the stateful contract run (`tests/test_contract.py`, `SCHEMATHESIS_HOOKS`).

Each generated create gets an Idempotency-Key of its own. Drawn from the schema, keys repeat
("0", "a"), and the same key and body is a retry the API answers by replaying the first 201
without making a record; after a delete in between, the stateful check of a created
resource (ST302) then finds no record. Replays are tested on their own
(`tests/test_write_engine.py`, `tests/test_write_safety.py`)."""

import uuid
from typing import Any

import schemathesis


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Replace a generated Idempotency-Key with a new unique one."""
    for name in list(case.headers or {}):
        if name.lower() == "idempotency-key":
            case.headers[name] = uuid.uuid4().hex
