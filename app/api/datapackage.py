"""`GET /api/v1/datapackage.json`: a Frictionless Tabular Data Package describing every CSV
export (its URL, dialect, typed fields with their descriptions, primary key), generated from
the same row models that shape the lists, so it cannot drift from the files."""

import types
from datetime import date, datetime
from enum import Enum
from typing import Any, Union, get_args, get_origin

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlmodel import Session
from starlette.responses import Response

from app.api.exports import EXPORTS
from app.api.root import api_root_data
from app.core.db import read_engine
from app.core.json import dumps

router = APIRouter(tags=["exports"])
SCALARS: dict[Any, str] = {
    str: "string", int: "integer", float: "number", bool: "boolean",
    date: "date", datetime: "datetime",
}  # fmt: skip
DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True}


def _field_type(annotation: Any) -> dict[str, Any]:
    """The Table Schema type of a row field (a list or an embedded record is a string in CSV:
    slugs joined by `;`)."""
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return {"type": "string", "constraints": {"enum": [m.value for m in annotation]}}
    if isinstance(annotation, type) and annotation in SCALARS:
        return {"type": SCALARS[annotation]}
    return {"type": "string", "format": "default", "x-joined-by": ";"}


def _required(annotation: Any) -> bool:
    """A scalar that is never null (an empty list is an empty cell, so lists never are)."""
    optional = get_origin(annotation) in (Union, types.UnionType)
    scalar = annotation in SCALARS or (
        isinstance(annotation, type) and issubclass(annotation, Enum)
    )
    return scalar and not optional


def schema_of(row: type[BaseModel], key: str) -> dict[str, Any]:
    """A Table Schema for the CSV columns of `row` (the key first, as the exports write it)."""
    names = [key, *(n for n in row.model_fields if n != key)]
    fields = []
    for name in names:
        info = row.model_fields[name]
        field = {"name": name, **_field_type(info.annotation)}
        if info.description:
            field["description"] = info.description
        if _required(info.annotation):
            field.setdefault("constraints", {})["required"] = True
        fields.append(field)
    return {"fields": fields, "primaryKey": key, "missingValues": [""]}


def datapackage(root: dict[str, Any]) -> dict[str, Any]:
    """The package: one tabular resource per export, described by its row model (paths are
    relative to the descriptor, /api/v1/, as Frictionless resolves them)."""
    resources = []
    for name, spec in EXPORTS.items():
        resources.append(
            {
                "name": name,
                "path": f"exports/{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": DIALECT,
                "schema": schema_of(spec.row, spec.key_field),
            }
        )
    updated = root["last_updated"]
    return {
        "profile": "tabular-data-package",
        "name": "sjc-api",
        "title": "Safety and Justice Challenge network data",
        "description": "Jurisdictions, action areas, strategies, jail population figures (each "
        "with its source passage), articles, organizations, people and networks.",
        "version": f"1.{root['dataset_version']}.0",
        "created": updated.isoformat() if updated else None,
        "licenses": [],
        "x-licence": root["licence"],
        "x-citation": root["citation"],
        "resources": resources,
    }


@router.get(
    "/datapackage.json",
    name="get_datapackage",
    summary="Get the Frictionless data package of the exports",
    description="A Tabular Data Package (frictionlessdata.io): every CSV export with its URL, "
    "CSV dialect and a typed Table Schema (field types, descriptions, required fields, primary "
    "key). Open it with frictionless, pandas or R to load the whole dataset with its types.",
    responses={200: {"content": {"application/json": {"schema": {"type": "object"}}}}},
)
def get_datapackage(request: Request) -> Response:
    """The data package."""
    with Session(read_engine(request.scope)) as session:
        root = api_root_data(session)
    return Response(dumps(datapackage(root)), media_type="application/json")
