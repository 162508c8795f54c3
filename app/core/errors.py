"""Errors as types, rendered once as RFC 9457 problem+json."""

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Match

from app.core.json import dumps

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("sjc_api.errors")
MAX_FIELD_PROBLEMS = 100  # a problem lists at most this many field problems


class FieldProblem(BaseModel):
    """One field-level problem: which query parameter or body member, and what is wrong."""

    detail: str = Field(description="What is wrong with the field.")
    parameter: str | None = Field(default=None, description="Name of the offending parameter.")
    pointer: str | None = Field(default=None, description="JSON Pointer into the request body.")


class Problem(BaseModel):
    """An RFC 9457 problem document; every error response has this shape."""

    type: str = Field(default="about:blank", description="Problem type URI.")
    title: str = Field(description="Short summary of the problem type.")
    status: int = Field(description="HTTP status code.")
    detail: str = Field(description="Explanation specific to this occurrence.")
    instance: str = Field(description="Path of the request that failed.")
    code: str = Field(description="Stable machine-readable error code.")
    request_id: str = Field(description="Identifier of the request, also in X-Request-ID.")
    errors: list[FieldProblem] = Field(
        default_factory=list,
        max_length=MAX_FIELD_PROBLEMS,
        description=f"Field-level problems (the first {MAX_FIELD_PROBLEMS}).",
    )


class ApiError(Exception):
    """A business error that carries its HTTP status and stable code."""

    status: int = 500
    code: str = "internal_error"
    headers: dict[str, str] = {}  # noqa: RUF012 - a class default, replaced per instance

    def __init__(
        self,
        detail: str,
        *,
        errors: list[FieldProblem] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}


class BadRequestError(ApiError):
    """The request is malformed (e.g. a JSON body that repeats a member name)."""

    status = 400
    code = "bad_request"


class NotFoundError(ApiError):
    """The addressed resource does not exist."""

    status = 404
    code = "not_found"


class UnauthorizedError(ApiError):
    """No usable credentials: missing, malformed, unknown or revoked key."""

    status = 401
    code = "unauthorized"

    def __init__(self, detail: str) -> None:
        challenge = 'Bearer realm="sjc-api", error="invalid_token"'
        super().__init__(detail, headers={"WWW-Authenticate": challenge})


class ForbiddenError(ApiError):
    """The key is valid but lacks the scope the operation needs."""

    status = 403
    code = "insufficient_scope"


class ConflictError(ApiError):
    """The write conflicts with the data (duplicate key, record still referenced, ...)."""

    status = 409
    code = "conflict"


class PreconditionFailedError(ApiError):
    """If-Match names a representation that is no longer current."""

    status = 412
    code = "precondition_failed"


class PreconditionRequiredError(ApiError):
    """A conditional header (If-Match) is required and missing."""

    status = 428
    code = "precondition_required"


class UnprocessableError(ApiError):
    """The body is well-formed but its content cannot be accepted."""

    status = 422
    code = "unprocessable"


class InvalidParameterError(ApiError):
    """A query parameter is well-formed for its type but not acceptable (e.g. a bad cursor)."""

    status = 422
    code = "invalid_parameter"

    def __init__(self, parameter: str, detail: str) -> None:
        super().__init__(detail, errors=[FieldProblem(parameter=parameter, detail=detail)])


def request_id_of(request: Request) -> str:
    """Return the request id the middleware assigned (or '-' outside a request)."""
    return str(getattr(request.state, "request_id", "-"))


def problem_response(
    request: Request,
    *,
    status: int,
    code: str,
    detail: str,
    errors: list[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Render one problem+json response."""
    request_id = request_id_of(request)
    body = problem_body(status, code, detail, request.url.path, request_id, errors)
    all_headers = {"X-Request-ID": request_id, **(headers or {})}
    return Response(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=all_headers)


def problem_body(
    status: int,
    code: str,
    detail: str,
    instance: str,
    request_id: str,
    errors: list[FieldProblem] | None = None,
) -> bytes:
    """The bytes of one problem document (route handlers and middleware share it)."""
    problem = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=instance,
        code=code,
        request_id=request_id,
        errors=(errors or [])[:MAX_FIELD_PROBLEMS],
    )
    return dumps(problem.model_dump(exclude_none=True))


def field_problem(error: Mapping[str, Any]) -> FieldProblem:
    """A pydantic error as a field problem: a JSON pointer into the body, or a parameter name."""
    loc = [str(part) for part in error.get("loc", ())]
    message = str(error.get("msg", "invalid value"))
    if loc and loc[0] == "body":
        return FieldProblem(pointer="/" + "/".join(loc[1:]), detail=message)
    name = loc[1] if len(loc) > 1 else (loc[0] if loc else "request")
    return FieldProblem(parameter=name, detail=message)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (routes for one path may be separate)."""
    allowed = []
    for method in ("DELETE", "GET", "PATCH", "POST", "PUT"):
        probe = {**request.scope, "method": method}
        if any(route.matches(probe)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    if "GET" in allowed:
        allowed.append("HEAD")  # served for every GET by the HTTP cache middleware
    return ", ".join(sorted(allowed))


_CODES = {404: "not_found", 405: "method_not_allowed", 400: "bad_request", 406: "not_acceptable"}


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every failure into problem+json."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return problem_response(
            request,
            status=exc.status,
            code=exc.code,
            detail=exc.detail,
            errors=exc.errors,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        problems = [field_problem(e) for e in exc.errors()]
        names = ", ".join(p.parameter or p.pointer or "?" for p in problems)
        return problem_response(
            request,
            status=422,
            code="validation_error",
            detail=f"Invalid request: {names}.",
            errors=problems,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        headers = dict(exc.headers or {})
        if status == 404 and exc.detail == "Not Found":
            detail = f"No route matches {request.url.path}."
        elif status == 405:
            detail = f"Method {request.method} is not allowed on {request.url.path}."
            headers = {**headers, "Allow": _allowed_methods(request)}
        else:
            detail = str(exc.detail)
        return problem_response(
            request,
            status=status,
            code=_CODES.get(status, "http_error"),
            detail=detail,
            headers=headers,
        )

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error (request_id=%s)", request_id_of(request))
        return problem_response(
            request,
            status=500,
            code="internal_error",
            detail="The server failed to answer this request; it has been logged.",
        )


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting problem+json errors for the given statuses."""
    return {
        status: {
            "description": HTTPStatus(status).phrase + " (problem+json)",
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
