"""Queries about source passages."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.core.errors import NotFoundError
from app.core.pagination import PageParams, fetch_page
from app.sources.models import Document, Source

_DOC_FIELDS = ("key", "kind", "title", "capture", "lines", "url")


def _public(session: Session, rows: list[Source]) -> list[dict[str, Any]]:
    docs = {
        d.id: {f: getattr(d, f) for f in _DOC_FIELDS}
        for d in session.scalars(
            select(Document).where(Document.id.in_({s.document_id for s in rows}))
        )
    }
    return [
        {
            "id": s.id,
            "section": s.section,
            "section_inferred": s.section_inferred,
            "passage": s.passage,
            "note": s.note,
            "document": docs[s.document_id],
        }
        for s in rows
    ]


def get_all(
    session: Session, *, page: PageParams, document: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of source passages."""
    stmt = select(Source)
    if document:
        stmt = stmt.join(Document, Document.id == Source.document_id).where(
            Document.key == document
        )
    rows, next_cursor = fetch_page(session, stmt, Source.id, page)
    return _public(session, list(rows)), next_cursor


def get_by_id(session: Session, *, source_id: str) -> dict[str, Any]:
    """One source passage, or a 404."""
    found = session.get(Source, source_id)
    if found is None:
        raise NotFoundError(f"No source has the id '{source_id}'.")
    return _public(session, [found])[0]
