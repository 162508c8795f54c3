"""`GET /api/v1`: the version's front door for programs: every collection with its URL and
row count, the dataset version and when the data last changed, and where the docs are."""

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.responses import Response

from app.api.exports import EXPORTS
from app.core.db import SessionDep
from app.core.render import item_response
from app.core.version import DatasetVersion


class Collection(BaseModel):
    """One collection of the API."""

    name: str = Field(description="Collection name, as in its path.")
    url: str = Field(description="Path of the collection.")
    count: int = Field(description="Rows in the collection now.")
    export_csv: str = Field(description="Path of the whole collection as CSV.")


class ApiRoot(BaseModel):
    """What this API version serves."""

    api_version: str = Field(description="Version of the API (path prefix).")
    dataset_version: int = Field(description="Grows with every change to the data.")
    last_updated: datetime | None = Field(description="When the data last changed (UTC).")
    collections: list[Collection]
    docs: dict[str, str] = Field(description="OpenAPI document and the interactive docs.")


class ApiRootEnvelope(BaseModel):
    """The API root."""

    data: ApiRoot
    meta: dict[str, str] = Field(default_factory=dict)


def get_api_root(session: SessionDep) -> Response:
    """The root of /api/v1."""
    collections = [
        {
            "name": name,
            "url": f"/api/v1/{name}",
            "count": session.execute(select(func.count()).select_from(spec.model)).scalar_one(),
            "export_csv": f"/api/v1/exports/{name}.csv",
        }
        for name, (spec, _) in EXPORTS.items()
    ]
    version = session.get(DatasetVersion, 1)
    return item_response(
        {
            "api_version": "v1",
            "dataset_version": version.version if version else 0,
            "last_updated": version.updated_at if version else None,
            "collections": collections,
            "docs": {"openapi": "/openapi.json", "swagger_ui": "/docs", "redoc": "/redoc"},
        }
    )


def install(router: APIRouter) -> None:
    """Add the root route to the versioned router itself (its path is the prefix alone)."""
    router.add_api_route(
        "",
        get_api_root,
        methods=["GET"],
        name="get_api_root",
        tags=["meta"],
        summary="List the collections of API v1",
        description="Every collection with its URL and row count, the dataset version and when "
        "the data last changed, and links to the documentation.",
        response_model=ApiRootEnvelope,
    )
