"""Reusable, documented query parameters (so every list describes its filters the same way)."""

import re
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import Query
from pydantic import AfterValidator, AwareDatetime, BeforeValidator

from app.core.schemas import SLUG_PATTERN


def _iso_date_only(value: object) -> object:
    """Refuse what pydantic would otherwise read as a date (unix timestamps such as `0`)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected an ISO 8601 date (YYYY-MM-DD)")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]

_ISO_INSTANT = r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})"


def _iso_instant_only(value: object) -> object:
    """Refuse numbers (unix timestamps) and times without an offset."""
    if isinstance(value, str) and not re.fullmatch(_ISO_INSTANT, value):
        raise ValueError("expected an ISO 8601 date-time with offset, e.g. 2026-11-26T12:00:00Z")
    return value


def _in_utc(value: datetime) -> datetime:
    """The instant in UTC; one UTC cannot hold (an offset on year 1 or 9999) is refused."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(
            "out of range: the instant must fall within years 1 to 9999 in UTC"
        ) from None


IsoInstant = Annotated[AwareDatetime, BeforeValidator(_iso_instant_only), AfterValidator(_in_utc)]


def _slug(description: str, example: str) -> object:
    return Query(pattern=SLUG_PATTERN, max_length=200, description=description, examples=[example])


def _upper(value: str | None) -> str | None:
    return value.upper() if value else value


StateQuery = Annotated[  # given in either case, read in capitals
    str | None,
    Query(
        pattern=r"^[A-Za-z]{2}$",
        max_length=2,
        description="Two-letter state code (case-insensitive).",
        examples=["WI"],
    ),
    AfterValidator(_upper),
]
ActionAreaQuery = Annotated[str | None, _slug("Slug of an action area.", "reentry")]
JurisdictionQuery = Annotated[str | None, _slug("Slug of a jurisdiction.", "milwaukee-county-wi")]
NetworkQuery = Annotated[str | None, _slug("Slug of a network.", "impact-network")]
DocumentQuery = Annotated[
    str | None, _slug("Key of a captured document.", "profile-milwaukee-county-wi")
]
DocumentKindQuery = Annotated[
    str | None,
    Query(
        pattern=r"^[a-z_]+$",
        max_length=50,
        description="Kind of document: blog_post, jurisdiction_profile, import_file, ...",
        examples=["jurisdiction_profile"],
    ),
]
AuthorQuery = Annotated[str | None, _slug("Slug of an author (see /people).", "ashley-krider")]
MetricQuery = Annotated[
    str | None,
    Query(
        pattern=r"^[a-z0-9_]+$",
        max_length=100,
        description="Metric key.",
        examples=["jail_bookings"],
    ),
]
FromQuery = Annotated[
    IsoDate | None,
    Query(
        alias="from",
        description="Only periods ending on or after this date (ISO 8601).",
        examples=["2015-01-01"],
    ),
]
ToQuery = Annotated[
    IsoDate | None,
    Query(
        alias="to",
        description="Only periods starting on or before this date (ISO 8601).",
        examples=["2015-12-31"],
    ),
]
PublishedFromQuery = Annotated[
    IsoDate | None, Query(description="Published on or after this date.", examples=["2021-07-01"])
]
PublishedToQuery = Annotated[
    IsoDate | None, Query(description="Published on or before this date.", examples=["2021-08-31"])
]

AsOfQuery = Annotated[
    IsoInstant | None,
    Query(
        description="Answer as the data stood at this time (ISO 8601 with offset, e.g. "
        "2026-11-26T12:00:00Z).",
        examples=["2026-11-26T12:00:00Z"],
    ),
]

ListAsOfQuery = Annotated[
    IsoInstant | None,
    Query(
        description="List the rows as they stood at this time (ISO 8601 with offset), in key "
        "order. Cannot be combined with `sort`, `include`, `facet`, `extras` or `q` (422).",
        examples=["2026-11-26T12:00:00Z"],
    ),
]
