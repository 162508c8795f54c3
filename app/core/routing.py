"""Routes whose parameters are read by a plan made once per route.

FastAPI solves a route's dependencies by walking its dependency tree on every request and
re-deriving each parameter's shape as it goes (whether its annotation is a sequence, which of
its aliases the request used, whether it is a model): about a fifth of a list's time on a
cache miss (docs/benchmarks.md). `PlannedRoute` does that derivation once, when the route is
built, and then only reads and validates values. It covers the routes the hot reads are made
of: query and path parameters, the request, dependencies (functions or generators, async or
not) with the same; the values go through the same pydantic validation with the same error
locations, so answers and errors are byte for byte FastAPI's. A route needing anything else
(a body, headers, cookies, security scopes, background tasks, a Response parameter, an
endpoint that does not return a Response) keeps FastAPI's own handler, and so does every
request while the app has dependency overrides (tests use them).

It relies on helpers FastAPI keeps private; the version is pinned by the lock file and
tests/test_planned_routes.py fails if the plan stops being used or answers differently.
"""

import inspect
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AsyncExitStack
from copy import deepcopy
from dataclasses import dataclass
from typing import Any, get_type_hints

from fastapi import routing
from fastapi._compat import ModelField, field_annotation_is_sequence
from fastapi.dependencies import utils
from fastapi.dependencies.models import Dependant, _get_cache_key
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

Handler = Callable[[Request], Coroutine[Any, Any, Response]]


@dataclass(frozen=True)
class Param:
    """One query or path parameter: its name, the request key it is read from, its location
    for errors, and whether it is read as a list; derived once from FastAPI's field."""

    field: ModelField
    name: str
    keys: tuple[str, ...]
    where: str
    many: bool
    required: bool
    validate_default: bool

    @classmethod
    def of(cls, field: ModelField) -> "Param":
        """The plan of one field."""
        info = field.field_info
        return cls(
            field=field,
            name=field.name,
            keys=tuple(key for _, key in utils._get_param_aliases(field)),
            where=info.in_.value,  # type: ignore[attr-defined]
            many=not utils._is_json_field(field) and field_annotation_is_sequence(info.annotation),
            required=info.is_required(),
            validate_default=bool(info.validate_default),
        )

    def read(self, given: Any, values: dict[str, Any], errors: list[Any]) -> None:
        """Read, validate and store the value (or record why it is not valid)."""
        key = next((k for k in self.keys if k in given), self.keys[0])
        if self.many:
            value = given.getlist(key) if hasattr(given, "getlist") else given.get(key)
            value = value if value else None
        else:
            value = given.get(key)
        loc = (self.where, key)
        if value is None:
            if self.required:
                errors.append(utils.get_missing_field_error(loc=loc))
                return
            if not self.validate_default:
                values[self.name] = deepcopy(self.field.default)
                return
            value = deepcopy(self.field.default)
        checked, problems = self.field.validate(value, values, loc=loc)
        if problems:
            errors.extend(problems)
        else:
            values[self.name] = checked


@dataclass(frozen=True)
class Plan:
    """How to solve one dependant: its sub-dependencies in order, then its parameters."""

    dependant: Dependant
    subs: tuple["Plan", ...]
    path: tuple[Param, ...]
    query: tuple[Param, ...]
    cache_key: Any
    kind: str  # how its callable is called: "async", "sync" or "generator"

    @classmethod
    def of(cls, dependant: Dependant) -> "Plan | None":
        """The plan of a dependant, or None when it needs what plans do not cover."""
        if not _covered(dependant):
            return None
        subs = tuple(Plan.of(sub) for sub in dependant.dependencies)
        if any(sub is None for sub in subs):
            return None
        return cls(
            dependant=dependant,
            subs=subs,  # type: ignore[arg-type]
            path=tuple(Param.of(f) for f in dependant.path_params),
            query=tuple(Param.of(f) for f in dependant.query_params),
            cache_key=_get_cache_key(dependant=dependant),
            kind=_kind(dependant.call),
        )

    async def solve(
        self, request: Request, cache: dict[Any, Any], errors: list[Any]
    ) -> dict[str, Any]:
        """The keyword arguments of this dependant's callable (errors recorded, not raised)."""
        values: dict[str, Any] = {}
        for sub in self.subs:
            before = len(errors)
            sub_values = await sub.solve(request, cache, errors)
            if len(errors) > before:
                continue
            dependant = sub.dependant
            if dependant.use_cache and sub.cache_key in cache:
                solved = cache[sub.cache_key]
            else:
                solved = await sub.call(request, sub_values)
            if dependant.name is not None:
                values[dependant.name] = solved
            cache.setdefault(sub.cache_key, solved)
        for param in self.path:
            param.read(request.path_params, values, errors)
        if self.query:
            query = request.query_params
            for param in self.query:
                param.read(query, values, errors)
        if self.dependant.request_param_name:
            values[self.dependant.request_param_name] = request
        return values

    async def call(self, request: Request, values: dict[str, Any]) -> Any:
        """Call a sub-dependency as FastAPI would (generators on the request's exit stacks)."""
        call = self.dependant.call
        assert call is not None
        if self.kind == "generator":
            scope = request.scope
            stack: AsyncExitStack = scope[
                "fastapi_function_astack"
                if self.dependant.scope == "function"
                else "fastapi_inner_astack"
            ]
            return await utils._solve_generator(
                request=request, dependant=self.dependant, stack=stack, sub_values=values
            )
        if self.kind == "async":
            return await call(**values)
        return await run_in_threadpool(call, **values)


def _covered(dependant: Dependant) -> bool:
    """Whether a dependant takes only what a plan reads: query and path parameters, the
    request, dependencies (not a body, headers, cookies, the response, background tasks,
    security scopes, a concurrency limit or a parameter model)."""
    needs = (
        dependant.body_params,
        dependant.header_params,
        dependant.cookie_params,
        dependant.websocket_param_name,
        dependant.http_connection_param_name,
        dependant.response_param_name,
        dependant.background_tasks_param_name,
        dependant.security_scopes_param_name,
        dependant.own_oauth_scopes,
        dependant.concurrency,
    )
    if any(need for need in needs):
        return False
    return not any(utils._get_param_model(f) for f in dependant.query_params)


def _kind(call: Any) -> str:
    """How a dependency is called: "generator", "async" or "sync"."""
    if utils._is_gen_callable(call) or utils._is_async_gen_callable(call):
        return "generator"
    return "async" if utils._is_coroutine_callable(call) else "sync"


def _returns_response(call: Callable[..., Any]) -> bool:
    try:
        returned = get_type_hints(call).get("return")
    except (NameError, TypeError):
        return False
    return inspect.isclass(returned) and issubclass(returned, Response)


class PlannedRoute(APIRoute):
    """An APIRoute whose dependencies are solved by a Plan when it can be (see the module)."""

    planning = True  # False: every request through FastAPI's handler (tests compare the two)

    def get_route_handler(self) -> Handler:
        """FastAPI's handler, or a planned one that answers the same."""
        standard = super().get_route_handler()
        effective = routing._effective_route_context_var.get()
        route = effective if effective is not None and effective.original_route is self else self
        dependant, overrides = route.dependant, route.dependency_overrides_provider
        call = dependant.call
        plan = Plan.of(dependant)
        if plan is None or call is None or not utils._is_coroutine_callable(call):
            return standard
        if not _returns_response(call):
            return standard
        return _planned(plan, call, standard, overrides)


def _planned(
    plan: Plan,
    call: Callable[..., Awaitable[Response]],
    standard: Handler,
    overrides: Any,
) -> Handler:
    async def handle(request: Request) -> Response:
        if not PlannedRoute.planning or getattr(overrides, "dependency_overrides", None):
            return await standard(request)
        errors: list[Any] = []
        values = await plan.solve(request, {}, errors)
        if errors:
            raise RequestValidationError(errors, body=None)
        return await call(**values)

    return handle
