"""HTTP route for search across resource types."""

import base64
import binascii
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from app.core.contract import MAX_LIMIT
from app.core.db import SessionDep
from app.core.errors import InvalidParameterError, problem_responses
from app.core.json import dumps
from app.core.links import public_url
from app.core.routing import PlannedRoute
from app.lists.envelopes import Links
from app.resources import registry
from app.search.query import search

router = APIRouter(tags=["search"], route_class=PlannedRoute)
SEARCHABLE = registry.searchable()
SearchType = Literal[SEARCHABLE]  # type: ignore[valid-type]


class SearchHit(BaseModel):
    """One ranked match."""

    type: SearchType = Field(description="Resource type of the match.")
    slug: str = Field(description="Slug of the matching resource.")
    title: str = Field(description="Its title or name.")
    snippet: str = Field(description="Best-matching passage, matches wrapped in <mark>…</mark>.")
    score: float = Field(
        description="Relevance; higher is better (comparable within one response)."
    )
    url: str = Field(description="API path of the resource.")


class SearchMeta(BaseModel):
    """Metadata of a search page."""

    limit: int
    next_cursor: str | None = None
    q: str = Field(description="The query as received.")


class SearchResults(BaseModel):
    """Ranked matches across resource types."""

    data: list[SearchHit]
    links: Links
    meta: SearchMeta


MAX_OFFSET = 100_000


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    bad = InvalidParameterError("cursor", "Malformed cursor; use links.next as given.")
    try:
        offset = int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise bad from None
    if not 0 <= offset <= MAX_OFFSET:
        raise bad
    return offset


@router.get(
    "/search",
    name="search",
    summary="Search across resources",
    description="Full-text search over articles, strategies, jurisdictions and organizations: words "
    'are stemmed ("diversions" finds "diversion") and must all match; "quoted phrases" match as '
    "phrases. Ranked by relevance (titles weigh more), each hit with a highlighted snippet.",
    response_model=SearchResults,
    responses=problem_responses(422),
)
def search_all(
    request: Request,
    session: SessionDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description='Search words and "phrases".',
            examples=["diversion"],
        ),
    ],
    type: Annotated[
        list[SearchType] | None,
        Query(max_length=10, description="Restrict to these resource types (repeatable)."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (default 20).")] = 20,
    cursor: Annotated[
        str | None, Query(max_length=64, description="Opaque cursor from `links.next`.")
    ] = None,
) -> Response:
    """Search."""
    offset = _offset(cursor)
    hits = search(session, q=q, resources=tuple(type or SEARCHABLE), limit=limit + 1, offset=offset)
    next_cursor = None
    if len(hits) > limit:
        hits = hits[:limit]
        next_cursor = base64.urlsafe_b64encode(str(offset + limit).encode()).decode().rstrip("=")
    data = [
        {
            "type": h["resource"],
            "slug": h["key"],
            "title": h["title"],
            "snippet": h["snippet"],
            "score": float(h["score"]),
            "url": f"/api/v1/{h['resource']}/{h['key']}",
        }
        for h in hits
    ]
    next_url = public_url(request, cursor=next_cursor) if next_cursor else None
    body = {
        "data": data,
        "links": {"self": public_url(request), "next": next_url},
        "meta": {"limit": limit, "next_cursor": next_cursor, "q": q},
    }
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    return Response(dumps(body), media_type="application/json", headers=headers)
