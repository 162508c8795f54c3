"""The two routes of a plain collection, made from its declaration: the list (filters none,
search and files from the list engine) and the detail by slug."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.schemas import SlugPath
from app.lists.engine import ListParams, ListSpec
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.search.lists import respond_list


@dataclass(frozen=True)
class Collection:
    """What the routes of a plain collection say about it (names, texts, response types)."""

    spec: ListSpec
    plural: str  # "action areas": route names, summaries and docstrings follow from it
    singular: str  # "action area"
    article: str  # "an"
    description: str
    page: type[Any]
    item: type[Any]
    get: Callable[..., dict[str, Any]]  # get(session, slug=...): the record, or a 404
    detail_summary: str | None = None


def collection_router(c: Collection, *, prefix: str, tag: str) -> APIRouter:
    """`GET {prefix}` (a page of the list) and `GET {prefix}/{slug}` (one record)."""
    router = APIRouter(prefix=prefix, tags=[tag])
    params = Annotated[ListParams, Depends(list_params(c.spec))]
    snake = c.plural.replace(" ", "_")

    async def listing(request: Request, session: SessionDep, params: params) -> Response:
        return await respond_list(request, session, c.spec, c.spec.select(), params)

    async def detail(session: SessionDep, slug: SlugPath) -> Response:
        return item_response(c.get(session, slug=slug))

    listing.__doc__ = f"List {c.plural}."
    detail.__doc__ = f"Get one {c.singular}."
    router.get(
        "",
        name=f"list_{snake}",
        summary=f"List {c.plural}",
        description=c.description,
        response_model=c.page,
        responses={**list_openapi_responses(), **problem_responses(422)},
    )(listing)
    router.get(
        "/{slug}",
        name=f"get_{c.singular.replace(' ', '_')}",
        summary=c.detail_summary or f"Get {c.article} {c.singular}",
        response_model=c.item,
        responses=problem_responses(404, 422),
    )(detail)
    return router
