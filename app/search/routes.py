"""The two routes of a collection, made from its declaration: the list (its filters as query
parameters; search, sorting, paging and files from the list engine) and the detail by key."""

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel
from starlette.responses import Response

from app.core.db import SessionDep
from app.core.errors import problem_responses
from app.core.routing import PlannedRoute
from app.core.schemas import SlugPath
from app.core.waits import yielding
from app.lists.engine import ListParams, ListSpec
from app.lists.envelopes import ItemEnvelope, item_envelope
from app.lists.params import list_params
from app.lists.render import item_response, list_openapi_responses
from app.search.lists import respond_list


@dataclass(frozen=True)
class Collection:
    """What the routes of a collection say about it: its names (route names, summaries,
    docstrings and response model names follow from them), its record's shape, its filters."""

    plural: str  # "action areas"
    singular: str  # "action area"
    description: str
    shape: type[BaseModel]  # one record as its detail shows it
    get: Callable[[Any, str], dict[str, Any]]  # get(session, key): the record, or a 404
    detail_summary: str | None = None
    detail_description: str | None = None
    key: str = "slug"  # the detail's path parameter
    key_type: Any = SlugPath
    stems: tuple[str, str] | None = None  # name stems when not the texts' (plural, singular)

    @property
    def names(self) -> tuple[str, str]:
        """The stems of its route names: `list_{plural}`, `get_{singular}`."""
        return self.stems or (self.plural.replace(" ", "_"), self.singular.replace(" ", "_"))

    @property
    def article(self) -> str:
        """The article its summaries put before the singular ("Get an action area")."""
        return "an" if self.singular[0] in "aeiou" else "a"

    @property
    def model_name(self) -> str:
        """The stem of its response models' names (`ActionArea`)."""
        return self.names[1].title().replace("_", "")

    @cached_property
    def item(self) -> type[ItemEnvelope[Any]]:
        """The response model of one record (`PersonItem`)."""
        return item_envelope(f"{self.model_name}Item", self.shape, f"One {self.singular}.")


def _signed(fn: Callable[..., Any], params: list[tuple[str, Any, Any]]) -> Callable[..., Any]:
    """`fn` with the signature FastAPI reads its parameters from (name, type, default)."""
    empty = inspect.Parameter.empty
    fn.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=d)
            for name, kind, d in params
        ],
        return_annotation=empty,
    )
    return fn


def collection_router(c: Collection, spec: ListSpec, *, prefix: str, tag: str) -> APIRouter:
    """`GET {prefix}` (a page of `spec`'s list) and `GET {prefix}/{key}` (one record)."""
    router = APIRouter(prefix=prefix, tags=[tag], route_class=PlannedRoute)
    params = Annotated[ListParams, Depends(list_params(spec))]
    page = spec.envelope(f"{c.model_name}List", f"A page of {c.plural}.")
    many, one = c.names
    empty = inspect.Parameter.empty

    async def listing(
        request: Request, session: Any, params: ListParams, **filters: Any
    ) -> Response:
        return await respond_list(request, session, spec, spec.filtered(filters), params)

    async def detail(session: Any, **key: str) -> Response:
        return item_response(await yielding(session, c.get, session, key[c.key]))

    fixed = [("request", Request, empty), ("session", SessionDep, empty), ("params", params, empty)]
    filters = [(name, f.query, None) for name, f in spec.filters.items() if f.query is not None]
    listing.__doc__ = f"List {c.plural}."
    detail.__doc__ = f"Get one {c.singular}."
    router.get(
        "",
        name=f"list_{many}",
        summary=f"List {c.plural}",
        description=c.description,
        response_model=page,
        responses={**list_openapi_responses(), **problem_responses(422)},
    )(_signed(listing, fixed + filters))
    router.get(
        f"/{{{c.key}}}",
        name=f"get_{one}",
        summary=c.detail_summary or f"Get {c.article} {c.singular}",
        description=c.detail_description or detail.__doc__,
        response_model=c.item,
        responses=problem_responses(404, 422),
    )(_signed(detail, [("session", SessionDep, empty), (c.key, c.key_type, empty)]))
    return router
