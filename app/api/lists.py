"""Glue for list routes: full-text restriction, the list engine, and rendering."""

from typing import Any

from fastapi import Request
from sqlalchemy import Select
from sqlmodel import Session
from starlette.responses import Response

from app.core.listing import ListParams, ListSpec, run_list
from app.core.render import list_response
from app.search.query import restrict


def respond_list(
    request: Request, session: Session, spec: ListSpec, stmt: Select[Any], params: ListParams
) -> Response:
    """Search-filter, page and render a filtered statement."""
    if spec.searchable:
        stmt = restrict(session, stmt, spec.key, spec.resource, params.q)
    return list_response(request, spec, params, run_list(session, spec, stmt, params))
