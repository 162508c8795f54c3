"""`GET /api/v1`: the version's front door for programs: every collection with its URL and
row count, the dataset version and when the data last changed, the licence, how to cite, and
where the docs are. `GET /` shows the same to people (app/api/front.py)."""

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlmodel import Session
from starlette.responses import Response

from app.api.exports import EXPORTS
from app.core.db import SessionDep
from app.core.version import DatasetVersion
from app.lists.render import item_response


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
    licence: str = Field(description="Terms the data is published under, as far as known.")
    citation: str = Field(description="How to cite this dataset version.")
    docs: dict[str, str] = Field(description="OpenAPI document, interactive docs, dictionary.")


class ApiRootEnvelope(BaseModel):
    """The API root."""

    data: ApiRoot
    meta: dict[str, str] = Field(default_factory=dict)


LICENCE = (
    "No licence is stated on the captured pages of the Safety and Justice Challenge website, "
    "from which every text and figure here is transcribed; the texts remain their publishers'. "
    "Quote them with attribution and link to the source passage (/api/v1/sources)."
)
DATA_DICTIONARY = "/api/v1/metrics"


def citation(dataset_version: int, last_updated: datetime | None) -> str:
    """How to cite one version of the dataset."""
    day = f", {last_updated:%Y-%m-%d}" if last_updated else ""
    return (
        "Safety and Justice Challenge network data, transcribed from the network's website; "
        f"sjc-api dataset version {dataset_version}{day}."
    )


def api_root_data(session: Session) -> dict[str, Any]:
    """What /api/v1 and the HTML front door show: collections, counts, version, licence."""
    collections = [
        {
            "name": name,
            "url": f"/api/v1/{name}",
            "count": session.execute(select(func.count()).select_from(spec.model)).scalar_one(),
            "export_csv": f"/api/v1/exports/{name}.csv",
        }
        for name, spec in EXPORTS.items()
    ]
    version = session.get(DatasetVersion, 1)
    number, updated = (version.version, version.updated_at) if version else (0, None)
    return {
        "api_version": "v1",
        "dataset_version": number,
        "last_updated": updated,
        "collections": collections,
        "licence": LICENCE,
        "citation": citation(number, updated),
        "docs": {
            "openapi": "/openapi.json",
            "swagger_ui": "/docs",
            "redoc": "/redoc",
            "data_dictionary": DATA_DICTIONARY,
        },
    }


def get_api_root(session: SessionDep) -> Response:
    """The root of /api/v1."""
    return item_response(api_root_data(session))


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
        "the data last changed, the licence, how to cite, and links to the documentation.",
        response_model=ApiRootEnvelope,
    )
