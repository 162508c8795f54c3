"""Fast JSON encoding shared by responses and errors."""

import json
from typing import Any

import orjson


def dumps(value: Any) -> bytes:
    """Encode to compact UTF-8 JSON (dates as ISO 8601, non-str keys allowed)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


class _Members(list[tuple[str, Any]]):
    """A JSON object as the parser saw it: its members in order, duplicates kept."""


def duplicate_member(raw: bytes) -> str | None:
    """The JSON Pointer of the first member that repeats a name within its object, or None
    (also None when `raw` is not JSON: the caller's parser reports that)."""
    try:
        root = json.loads(raw, object_pairs_hook=_Members)
    except (ValueError, RecursionError):
        return None
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, _Members):
            seen: set[str] = set()
            for name, value in node:
                member = f"{pointer}/{name.replace('~', '~0').replace('/', '~1')}"
                if name in seen:
                    return member
                seen.add(name)
                stack.append((value, member))
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{i}") for i, value in enumerate(node))
    return None
