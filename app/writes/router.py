"""POST/PATCH/DELETE routes for every writable resource, built from one declaration each, and
the admin restore route. Bodies are validated by the seed loader's models."""

from collections.abc import Sequence
from functools import partial
from typing import Annotated, Any, Optional, Union

import anyio
from fastapi import APIRouter, Body, Depends, Header, Path, Request
from pydantic import BaseModel, ConfigDict, create_model
from starlette.responses import Response

from app.auth.deps import require_scope
from app.auth.service import Principal
from app.core.db import write_engine
from app.core.errors import (
    BadRequestError,
    FieldProblem,
    UnprocessableError,
    problem_responses,
    request_id_of,
)
from app.core.json import duplicate_member
from app.core.schemas import SLUG_PATTERN
from app.lists.envelopes import ItemEnvelope
from app.writes import engine
from app.writes.engine import Actor, Outcome, Writable

Writer = Annotated[Principal, Depends(require_scope("write"))]
Admin = Annotated[Principal, Depends(require_scope("admin"))]
IfMatch = Annotated[
    str | None,
    Header(
        description="The ETag from GET (or from the last write); required. Stale: 412.",
        max_length=1000,
    ),
]
IdempotencyKey = Annotated[
    str | None,
    Header(
        description="Retry-safe POST: the same key and body replay the first response; the same "
        "key with another body is refused (422). Remembered for 24 hours.",
        min_length=1,
        max_length=255,
    ),
]
WRITE_ERRORS = (400, 401, 403, 413, 422, 429)


def check_text(value: Any, pointer: str = "") -> None:
    """Refuse strings a database cannot store faithfully (NUL, lone surrogates)."""
    if isinstance(value, str):
        if "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            detail = "Contains a NUL character or an unpaired surrogate."
            raise UnprocessableError(
                f"Invalid body: {pointer or '/'}.",
                errors=[FieldProblem(pointer=pointer or "/", detail=detail)],
            )
    elif isinstance(value, dict):
        for k, v in value.items():
            check_text(k, pointer)
            check_text(v, f"{pointer}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_text(v, f"{pointer}/{i}")


async def refuse_duplicate_members(request: Request) -> None:
    """400 naming the member when a JSON body repeats a name within one object (JSON parsers
    disagree on which one wins, so the request is ambiguous)."""
    pointer = duplicate_member(await request.body())
    if pointer is not None:
        detail = "This member appears more than once in its object."
        raise BadRequestError(
            f"Duplicate member in the body: {pointer}.",
            errors=[FieldProblem(pointer=pointer, detail=detail)],
        )


def _article(singular: str) -> str:
    """'an action area', 'a jurisdiction': the noun with its indefinite article."""
    noun = singular.replace("_", " ")
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _partial(schema: type[BaseModel], name: str) -> type[BaseModel]:
    fields: dict[str, Any] = {
        # keep each field's constraints (patterns, lengths) and make it optional
        field: (
            Optional[Annotated[(info.annotation, *info.metadata)]]  # noqa: UP045
            if info.metadata
            else Optional[info.annotation],  # noqa: UP045
            None,
        )
        for field, info in schema.model_fields.items()
    }
    model: type[BaseModel] = create_model(
        name,
        __config__=ConfigDict(extra="forbid"),
        __doc__="A JSON merge patch: members present replace the stored values.",
        **fields,
    )
    return model


def _respond(request: Request, outcome: Outcome) -> Response:
    if not outcome.replayed:
        request.app.state.versions.invalidate()
    headers = dict(outcome.headers)
    if outcome.replayed:
        headers["Idempotent-Replayed"] = "true"
    if outcome.status == 204:
        return Response(status_code=204, headers=headers)
    return Response(
        outcome.body, status_code=outcome.status, media_type="application/json", headers=headers
    )


async def _run(request: Request, principal: Principal, work: Any, **kwargs: Any) -> Response:
    actor = Actor(principal=principal, request_id=request_id_of(request))
    outcome = await anyio.to_thread.run_sync(
        partial(
            engine.run,
            partial(work, actor=actor),
            database=write_engine(request.scope),
            idempotency_ttl=request.app.state.settings.idempotency_ttl,
            **kwargs,
        )
    )
    return _respond(request, outcome)


def write_router(w: Writable, item: type[ItemEnvelope[Any]]) -> APIRouter:
    """The create, update and delete routes of one resource."""
    router = APIRouter(
        prefix=f"/{w.resource}",
        tags=[w.resource.replace("-", " ")],
        dependencies=[Depends(refuse_duplicate_members)],
    )
    title = w.singular.replace("_", " ").title().replace(" ", "")
    create_body = type(
        f"{title}Create",
        (w.schema,),
        {
            "__doc__": f"A new {w.singular.replace('_', ' ')}.",
            "model_config": ConfigDict(json_schema_extra={"examples": [w.example]}),
        },
    )
    patch_body = _partial(w.schema, f"{title}Patch")
    # The same path template and constraints as the resource's GET, so each URL is one resource.
    key_path = "{key:path}" if w.key_is_path else "{" + w.key_field + "}"
    key_param = (
        Path(max_length=300, description=f"The {w.key_field}.")
        if w.key_is_path
        else Path(
            alias=w.key_field,
            pattern=SLUG_PATTERN,
            max_length=200,
            description=f"The {w.key_field}.",
        )
    )
    KeyPath = Annotated[str, key_param]

    @router.post(
        "",
        name=f"create_{w.singular}",
        summary=f"Create {_article(w.singular)}",
        status_code=201,
        response_model=item,
        responses=problem_responses(*WRITE_ERRORS, 409),
        description="Needs the `write` scope. Answers 201 with Location and ETag; a taken "
        f"{w.key_field} is a 409.",
    )
    async def create(
        request: Request,
        body: Annotated[create_body, Body()],  # type: ignore[valid-type]  # built per resource
        principal: Writer,
        idempotency_key: IdempotencyKey = None,
    ) -> Response:
        check_text(body.model_dump())  # type: ignore[attr-defined]
        idempotency = None
        if idempotency_key is not None:
            digest = engine.request_hash("POST", request.url.path, await request.body())
            idempotency = (principal.id, idempotency_key, digest)
        work = partial(engine.create, w=w, body=body)
        return await _run(request, principal, work, idempotency=idempotency)

    @router.patch(
        f"/{key_path}",
        name=f"update_{w.singular}",
        summary=f"Update {_article(w.singular)}",
        response_model=item,
        responses=problem_responses(*WRITE_ERRORS, 404, 409, 412, 428),
        description="Needs the `write` scope and `If-Match`. The body is a JSON merge patch "
        "(members present replace stored values); the whole result is validated again.",
    )
    async def update(
        request: Request,
        key: KeyPath,
        body: Annotated[patch_body, Body()],  # type: ignore[valid-type]
        principal: Writer,
        if_match: IfMatch = None,
    ) -> Response:
        patch = body.model_dump(exclude_unset=True)  # type: ignore[attr-defined]
        check_text(patch)
        work = partial(engine.update, w=w, key=key, patch=patch, if_match=if_match)
        return await _run(request, principal, work)

    @router.delete(
        f"/{key_path}",
        name=f"delete_{w.singular}",
        summary=f"Delete {_article(w.singular)}",
        status_code=204,
        responses=problem_responses(*WRITE_ERRORS, 404, 409, 412, 428),
        description="Needs the `write` scope and `If-Match`. The record leaves every read (404) "
        "but stays in the audit log, from which an admin can restore it. Records still "
        "referred to are refused (409).",
    )
    async def delete(
        request: Request, key: KeyPath, principal: Writer, if_match: IfMatch = None
    ) -> Response:
        work = partial(engine.remove, w=w, key=key, if_match=if_match)
        return await _run(request, principal, work)

    return router


def restore_router(writes: Sequence[tuple[Writable, type[ItemEnvelope[Any]]]]) -> APIRouter:
    """`POST /audit/{event_id}/restore`: brings back a record of any of these resources,
    answering with its one-record envelope."""
    router = APIRouter(prefix="/audit", tags=["audit"])
    restored: Any = Union[tuple(item for _, item in writes)]  # noqa: UP007 (a runtime union)
    writables = {w.resource: w for w, _ in writes}

    @router.post(
        "/{event_id}/restore",
        name="restore_deleted_record",
        summary="Restore a deleted record",
        status_code=201,
        response_model=restored,
        responses=problem_responses(*WRITE_ERRORS, 404, 409),
        description="Needs the `admin` scope. Brings back, as it was, the record that the given "
        "delete event removed (answered as that resource's detail, with its `Location`); 409 "
        "if its key is taken again or what it refers to is gone.",
    )
    async def restore_deleted_record(
        request: Request,
        event_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="Id of the delete event.")],
        principal: Admin,
    ) -> Response:
        """Restore a deleted record from the audit log."""
        return await _run(
            request, principal, partial(engine.restore, event_id=event_id, writables=writables)
        )

    return router
