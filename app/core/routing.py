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
from starlette.types import Receive, Scope, Send

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
    fixed: Any = None  # the default itself when it needs neither validation nor a copy
    has_fixed: bool = False

    @classmethod
    def of(cls, field: ModelField) -> "Param":
        """The plan of one field."""
        info = field.field_info
        required, validate_default = info.is_required(), bool(info.validate_default)
        plain = not (required or validate_default or info.default_factory is not None)
        fixed = field.default if plain else None
        return cls(
            field=field,
            name=field.name,
            keys=tuple(key for _, key in utils._get_param_aliases(field)),
            where=info.in_.value,  # type: ignore[attr-defined]
            many=not utils._is_json_field(field) and field_annotation_is_sequence(info.annotation),
            required=required,
            validate_default=validate_default,
            fixed=fixed,
            has_fixed=plain and type(fixed) in _IMMUTABLE,
        )

    def read(self, given: Any, values: dict[str, Any], errors: list[Any]) -> None:
        """Read, validate and store the value (or record why it is not valid)."""
        keys = self.keys
        key = keys[0] if len(keys) == 1 else next((k for k in keys if k in given), keys[0])
        if self.many:
            value = given.getlist(key) if hasattr(given, "getlist") else given.get(key)
            value = value if value else None
        else:
            value = given.get(key)
        if value is None:
            if self.has_fixed:
                values[self.name] = self.fixed
                return
            if self.required:
                errors.append(utils.get_missing_field_error(loc=(self.where, key)))
                return
            default = self.field.default
            if not self.validate_default:
                # An immutable default is shared, as deepcopy would return it anyway.
                values[self.name] = default if type(default) in _IMMUTABLE else deepcopy(default)
                return
            value = deepcopy(default)
        checked, problems = self.field.validate(value, values, loc=(self.where, key))
        if problems:
            errors.extend(problems)
        else:
            values[self.name] = checked


_IMMUTABLE = frozenset({type(None), bool, int, float, str, bytes})


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
        self,
        request: Request,
        cache: dict[Any, Any],
        errors: list[Any],
        exits: "Exits | None" = None,
    ) -> dict[str, Any]:
        """The keyword arguments of this dependant's callable (errors recorded, not raised);
        with `exits`, yield dependencies are entered by hand and left to the caller to close."""
        values: dict[str, Any] = {}
        for sub in self.subs:
            before = len(errors)
            sub_values = await sub.solve(request, cache, errors, exits)
            if len(errors) > before:
                continue
            dependant = sub.dependant
            if dependant.use_cache and sub.cache_key in cache:
                solved = cache[sub.cache_key]
            elif exits is not None and sub.kind == "generator":
                solved = await exits.enter(sub.dependant, sub_values)
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

    def self_closing(self) -> bool:
        """Whether every yield dependency of the tree is an async generator (what `Exits`
        can enter and close without a worker thread)."""
        if self.kind == "generator" and not utils._is_async_gen_callable(self.dependant.call):
            return False
        return all(sub.self_closing() for sub in self.subs)


class Exits:
    """The yield dependencies one request entered, closed in reverse order as FastAPI does:
    function-scoped ones when the endpoint returns, the others after the response is sent;
    an exception is thrown into each (a dependency's `finally` runs either way)."""

    def __init__(self) -> None:
        self.entered: list[tuple[bool, Any]] = []

    async def enter(self, dependant: Dependant, values: dict[str, Any]) -> Any:
        """Run an async generator dependency up to its yield; return what it yields."""
        assert dependant.call is not None
        generator = dependant.call(**values)
        value = await generator.__anext__()
        self.entered.append((dependant.scope == "function", generator))
        return value

    async def close(self, exc: BaseException | None = None, *, function_only: bool = False) -> None:
        """Close the entered generators, latest first (with `exc` thrown into each); the first
        exception a generator raises, other than `exc` itself, is raised after all are closed."""
        raised: BaseException | None = None
        kept = []
        for is_function, generator in reversed(self.entered):
            if function_only and not is_function:
                kept.append((is_function, generator))
                continue
            try:
                if exc is None:
                    await generator.__anext__()
                else:
                    await generator.athrow(exc)
            except StopAsyncIteration:
                continue
            except BaseException as error:
                if error is not exc and raised is None:
                    raised = error
                continue
            raised = raised or RuntimeError("a yield dependency yielded twice")
        self.entered = list(reversed(kept))
        if raised is not None:
            raise raised


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


class Lean:
    """A planned route's ASGI handling without FastAPI's request wrapper (its two exit
    stacks, cancel scope and async context manager per yield dependency): the request's
    values from the plan, the endpoint, the response, the yield dependencies closed as FastAPI
    closes them. Exceptions go on to the app's exception handlers, after the dependencies are
    closed, as they do from FastAPI's wrapper. `core/dispatch.py` calls it."""

    def __init__(self, plan: Plan, call: Callable[..., Awaitable[Response]], overrides: Any):
        self.plan, self.call, self.overrides = plan, call, overrides

    def ready(self) -> bool:
        """Whether requests may take this path now (planning on, no dependency overrides)."""
        return PlannedRoute.planning and not getattr(self.overrides, "dependency_overrides", None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the request."""
        request = Request(scope, receive, send)
        exits = Exits()
        try:
            errors: list[Any] = []
            values = await self.plan.solve(request, {}, errors, exits)
            if errors:
                raise RequestValidationError(errors, body=None)
            response = await self.call(**values)
            await exits.close(function_only=True)
            await response(scope, receive, send)
        except BaseException as exc:
            await exits.close(exc)
            raise
        await exits.close()


class PlannedRoute(APIRoute):
    """An APIRoute whose dependencies are solved by a Plan when it can be (see the module)."""

    planning = True  # False: every request through FastAPI's handler (tests compare the two)

    def lean(self, context: Any) -> Lean | None:
        """The lean handling of this route as included in `context` (None: FastAPI's)."""
        leans: dict[int, tuple[Any, Lean]] = self.__dict__.get("leans", {})
        held, lean = leans.get(id(context), (None, None))
        return lean if held is context else None

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
        if plan.self_closing():
            # Found by the identity of the route as included (kept beside it, so that id is
            # not reused while the entry lives).
            lean = Lean(plan, call, overrides)
            self.__dict__.setdefault("leans", {})[id(route)] = (route, lean)
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
