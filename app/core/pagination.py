"""Keyset pagination: opaque cursors, page parameters and the list envelope."""

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute
from sqlmodel import Session

from app.core.config import get_settings

T = TypeVar("T")
MAX_LIMIT = 500


CURSOR_PATTERN = r"^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$"


def encode_cursor(key: str) -> str:
    """Encode the last row's unique sort key as an opaque URL-safe cursor."""
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    """Decode a cursor: every cursor the pattern admits is a position in the sort order."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    return raw.decode("utf-8", errors="replace").replace("\x00", "")


@dataclass(frozen=True)
class PageParams:
    """The validated `limit` and decoded `cursor` of a list request."""

    limit: int
    after: str | None


def page_params(
    limit: Annotated[
        int | None,
        Query(ge=1, le=MAX_LIMIT, description="Page size (default 50, max 500).", examples=[50]),
    ] = None,
    cursor: Annotated[
        str | None,
        Query(
            max_length=512,
            pattern=CURSOR_PATTERN,
            description="Opaque cursor from `links.next` of the previous page.",
        ),
    ] = None,
) -> PageParams:
    """Dependency: parse paging parameters."""
    size = limit or get_settings().default_page_size
    return PageParams(limit=size, after=decode_cursor(cursor) if cursor else None)


PageDep = Annotated[PageParams, Depends(page_params)]


def fetch_page(
    session: Session, stmt: Select[Any], key: InstrumentedAttribute[Any], page: PageParams
) -> tuple[Sequence[Any], str | None]:
    """Run `stmt` ordered by the unique `key` after the cursor; return rows and next cursor."""
    if page.after is not None:
        stmt = stmt.where(key > page.after)
    rows = session.scalars(stmt.order_by(key).limit(page.limit + 1)).all()
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    return rows, encode_cursor(str(getattr(rows[-1], key.key)))


class Links(BaseModel):
    """Navigation links of a list."""

    self: str = Field(description="This page.")
    next: str | None = Field(default=None, description="Next page, or null on the last page.")


class ListMeta(BaseModel):
    """Metadata of a list page."""

    limit: int = Field(description="Page size used.")
    next_cursor: str | None = Field(default=None, description="Cursor of the next page.")


class ItemMeta(BaseModel):
    """Metadata of a single-object response."""


class ListEnvelope(BaseModel, Generic[T]):
    """A page of resources."""

    data: list[T]
    links: Links
    meta: ListMeta


class ItemEnvelope(BaseModel, Generic[T]):
    """One resource."""

    data: T
    meta: ItemMeta = Field(default_factory=ItemMeta)


def list_body(
    request: Request, items: list[Any], page: PageParams, next_cursor: str | None
) -> dict[str, Any]:
    """Build the list envelope with self and next links."""
    next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
    return {
        "data": items,
        "links": {"self": str(request.url), "next": next_url},
        "meta": {"limit": page.limit, "next_cursor": next_cursor},
    }
