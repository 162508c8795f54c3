"""HTTP routes of import jobs: upload a file (202 + Location), then poll the job."""

import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from sqlmodel import Session
from starlette.responses import Response

from app.auth.deps import require_scope
from app.auth.service import Principal
from app.core.config import Settings
from app.core.db import SessionDep, write_engine
from app.core.errors import FieldProblem, UnprocessableError, problem_responses, request_id_of
from app.imports import jobs
from app.imports.layouts import Mapping, MappingError, load_mapping
from app.imports.models import ImportJobPublic
from app.imports.rows import RefusedError, check_header
from app.lists.envelopes import ItemEnvelope
from app.lists.render import item_body

router = APIRouter(prefix="/imports", tags=["imports"])
Admin = Annotated[Principal, Depends(require_scope("admin"))]
NO_STORE = {"Cache-Control": "private, no-store"}
POLL_SECONDS = "1"
UPLOAD = {"maxLength": Settings.model_fields["max_import_bytes"].default}  # app's: upload_limit
MAPPING = {"maxLength": 1024 * 1024}  # a mapping file is a few lines of YAML


def upload_limit(settings: Settings) -> Callable[[dict[str, Any]], None]:
    """A finishing step of the OpenAPI document: the upload's size limit is the app's (the body
    limit middleware enforces the same figure)."""

    def finish(schema: dict[str, Any]) -> None:
        body = schema["components"]["schemas"]["Body_create_import"]
        body["properties"]["file"]["maxLength"] = settings.max_import_bytes

    return finish


JobId = Annotated[
    str, PathParam(pattern=r"^[0-9a-f]{32}$", max_length=32, description="Id of the import job.")
]


class ImportJobItem(ItemEnvelope[ImportJobPublic]):
    """One import job."""


def _job_response(body: dict[str, object], status: int, **headers: str) -> Response:
    return Response(
        item_body(body),
        status_code=status,
        media_type="application/json",
        headers={**NO_STORE, **headers},
    )


async def _save(upload: UploadFile, target: Path) -> int:
    """Copy the spooled upload to the job's file (in a thread); its size in bytes."""

    def copy() -> int:
        with target.open("wb") as out:
            shutil.copyfileobj(upload.file, out, 1 << 20)
            return out.tell()

    return await anyio.to_thread.run_sync(copy)


async def _mapping(upload: UploadFile | None) -> tuple[str, Mapping] | None:
    """The uploaded mapping file, read and checked now (a bad one is a 422 before any job)."""
    if upload is None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "mapping.yaml"
        await _save(upload, path)
        name = Path(upload.filename or "mapping.yaml").name
        try:
            return name, load_mapping(path, name)  # named as uploaded: no server path in errors
        except MappingError as exc:
            raise UnprocessableError(
                "The mapping file is not usable.",
                errors=[FieldProblem(pointer="/mapping", detail=str(exc))],
            ) from None


async def _no_empty_flag(request: Request, name: str) -> None:
    """A 422 for a flag sent empty (`dry_run=`): form parsing takes an empty field as absent,
    but an empty value is not a boolean (the form is parsed once; Starlette keeps it)."""
    if (await request.form()).get(name) == "":
        message = "Input should be a valid boolean, not empty"
        raise RequestValidationError([{"loc": ("body", name), "msg": message, "type": "bool_type"}])


async def _check_file(path: Path, size: int, mapped: tuple[str, Mapping] | None) -> None:
    """A 422 naming `/file` now (and the upload removed) when the file is empty or its header
    is not one the importer reads: nothing queued that could only be refused."""
    try:
        if size == 0:
            raise RefusedError(1, "The file is empty.")
        await anyio.to_thread.run_sync(check_header, path, (mapped[1],) if mapped else None)
    except RefusedError as exc:
        path.unlink(missing_ok=True)
        raise UnprocessableError(
            "The uploaded file cannot be imported.",
            errors=[FieldProblem(pointer="/file", detail=f"Line {exc.line}: {exc}")],
        ) from None


@router.post(
    "",
    name="create_import",
    summary="Import a file of figures",
    status_code=202,
    response_model=ImportJobItem,
    responses=problem_responses(400, 401, 403, 413, 422),
    description="Needs the `admin` scope. Upload a CSV as multipart field `file` (daily "
    "counts, the long layout, or a county-period table; see docs/imports.md), optionally a "
    "`mapping` YAML file for a wide table and `dry_run=true`. A file whose header no layout "
    "reads is a 422 naming `/file` at once. Otherwise answers 202 with the job and its "
    "`Location`; poll it until `status` is no longer queued or running. The import is all or "
    "nothing, recorded in the audit log, with the same report as `sjc-api import --json`.",
)
async def create_import(
    request: Request,
    principal: Admin,
    file: Annotated[
        UploadFile, File(description="The CSV file, as downloaded.", json_schema_extra=UPLOAD)
    ],
    mapping: Annotated[
        UploadFile | None,
        File(description="Mapping of a wide table's columns (YAML).", json_schema_extra=MAPPING),
    ] = None,
    dry_run: Annotated[bool, Form(description="Check and plan only; write nothing.")] = False,
) -> Response:
    """Accept an upload and start its import job."""
    await _no_empty_flag(request, "dry_run")
    mapped = await _mapping(mapping)
    directory = request.app.state.settings.data_dir / "imports"
    directory.mkdir(parents=True, exist_ok=True)
    job_id = secrets.token_hex(16)
    name = Path(file.filename or "upload.csv").name
    path = directory / f"{job_id}.csv"
    size = await _save(file, path)
    await _check_file(path, size, mapped)
    upload = jobs.Upload(
        job_id, path, name, size, mapped, dry_run, principal, request_id_of(request)
    )
    engine = write_engine(request.scope)

    def record() -> dict[str, object]:
        with Session(engine) as session, session.begin():
            return jobs.public(jobs.create(session, upload))

    try:
        body = await anyio.to_thread.run_sync(record)
    except BaseException:  # e.g. the database is down (503): keep no orphan upload
        path.unlink(missing_ok=True)
        raise
    jobs.Runner(engine, upload).start()
    location = f"{request.url.path}/{job_id}"
    return _job_response(body, 202, Location=location, **{"Retry-After": POLL_SECONDS})


@router.get(
    "/{job_id}",
    name="get_import",
    summary="Get an import job",
    response_model=ImportJobItem,
    responses=problem_responses(401, 403, 404, 422),
    description="Needs the `admin` scope. Status, progress (rows checked and written, percent) "
    "and, when done, the report. Never cached (`Cache-Control: private, no-store`).",
)
def get_import(session: SessionDep, _principal: Admin, job_id: JobId) -> Response:
    """Poll one import job."""
    body = jobs.get(session, job_id)
    running = body["status"] in ("queued", "running")
    return _job_response(body, 200, **({"Retry-After": POLL_SECONDS} if running else {}))
