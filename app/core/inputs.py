"""Building blocks of input schemas (the seed files and the write API validate with the same
models, owned by each domain in app/<domain>/schemas.py): exact JSON types, bounded texts."""

import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=200)]
# Every text has a documented maximum (OpenAPI shows it): names and labels, prose, Markdown.
NAME_MAX, PROSE_MAX, MARKDOWN_MAX, URL_MAX = 300, 20_000, 200_000, 2_000
RELATION_MAX = 500  # a record names at most this many related records in one list
Text = Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]
Label = Annotated[str, StringConstraints(max_length=NAME_MAX)]
Prose = Annotated[str, StringConstraints(min_length=1, max_length=PROSE_MAX)]
Note = Annotated[str, StringConstraints(max_length=PROSE_MAX)]
Url = Annotated[str, StringConstraints(max_length=URL_MAX)]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$", max_length=2)]


# JSON Schema types are exact where pydantic's lax mode is not: "3" is no number and 1 is no
# boolean, so such bodies are refused (422) rather than coerced (before-validators rather than
# strict mode, which would refuse 901.0 for an integer and ISO strings for dates).
def _json_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a number is written as a JSON number")
    return value


def _json_boolean(value: object) -> object:
    if not isinstance(value, bool):
        raise ValueError("a boolean is written true or false")
    return value


Finite = Annotated[float, BeforeValidator(_json_number), Field(allow_inf_nan=False)]
Flag = Annotated[bool, BeforeValidator(_json_boolean)]


def _calendar_date(value: object) -> object:
    # pydantic would read a number as seconds since 1970, or a midnight date-time as a date; a
    # date must be written as a date
    if isinstance(value, int | float | bool):
        raise ValueError("a date is written YYYY-MM-DD, not as a number")
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_calendar_date)]


class SeedModel(BaseModel):
    """Base: strict about unknown fields so typos are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Input(SeedModel):
    """An input schema made from a table's declarations (`core.fields.input_model`): its
    fields exist at run time only, so the type checker reads each of them as `Any`."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...
