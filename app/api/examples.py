"""Response examples in the OpenAPI document: real answers from the seeded database, kept in
examples.json beside this file (written by `make examples`, checked by the test suite)."""

import json
from pathlib import Path
from typing import Any

EXAMPLES_FILE = Path(__file__).with_name("examples.json")


def add_examples(schema: dict[str, Any]) -> None:
    """Attach each operation's example to its 200 response."""
    if not EXAMPLES_FILE.exists():
        return
    examples = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    for item in schema["paths"].values():
        for operation in item.values():
            example = examples.get(operation.get("operationId"))
            content = operation.get("responses", {}).get("200", {}).get("content", {})
            if not example or not content:
                continue
            media = next(iter(content.values()))
            media["examples"] = {
                "seeded": {"summary": f"GET {example['request']}", "value": example["value"]}
            }
