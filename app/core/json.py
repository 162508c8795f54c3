"""Fast JSON encoding shared by responses and errors."""

from typing import Any

import orjson


def dumps(value: Any) -> bytes:
    """Encode to compact UTF-8 JSON (dates as ISO 8601, non-str keys allowed)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
