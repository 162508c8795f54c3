"""Queries about source passages."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app.core.errors import NotFoundError
from app.core.fields import Rows
from app.core.params import DocumentKindQuery, DocumentQuery
from app.core.refs import one
from app.lists.engine import Facet, ListSpec
from app.lists.filters import Equals, Parent
from app.sources.models import Document, DocumentPublic, Source, SourcePublic

_DOC_FIELDS = tuple(DocumentPublic.model_fields)


def documents_public(_session: Session, rows: list[Document]) -> list[dict[str, Any]]:
    """Document dicts."""
    return [{f: getattr(d, f) for f in _DOC_FIELDS} for d in rows]


DOCUMENTS = ListSpec(
    resource="documents",
    model=Document,
    key=Document.key,
    key_field="key",
    serialize=documents_public,
    row=DocumentPublic,
    sorts={"title": Document.title, "kind": Document.kind},
    default_sort="key",
    filters={"kind": Equals(Document.kind, "kind", DocumentKindQuery)},
)


def get_document(session: Session, key: str) -> dict[str, Any]:
    """One document, or a 404."""
    found = one(session, Document.key, key, "document")
    return documents_public(session, [found])[0]


ROW = Rows.of(Source, extras=("document",))


def public(session: Session, rows: list[Source]) -> list[dict[str, Any]]:
    """Source dicts with their documents, in one extra query."""
    docs = {
        d.id: {f: getattr(d, f) for f in _DOC_FIELDS}
        for d in session.scalars(
            select(Document).where(Document.id.in_({s.document_id for s in rows}))
        )
    }
    return [ROW(s, document=docs[s.document_id]) for s in rows]


def by_ids(session: Session, source_ids: set[str]) -> dict[str, dict[str, Any]]:
    """Sources by id, for embedding."""
    rows = (
        list(session.scalars(select(Source).where(Source.id.in_(source_ids)))) if source_ids else []
    )
    return {s["id"]: s for s in public(session, rows)}


SPEC = ListSpec(
    resource="sources",
    model=Source,
    key=Source.id,
    key_field="id",
    serialize=public,
    row=SourcePublic,
    sorts={"section": Source.section},
    default_sort="id",
    facets={
        "document": Facet(
            Document.key, Document.title, ((Document, Document.id == Source.document_id),)
        )
    },
    filters={
        "document": Parent(
            Document,
            Document.id == Source.document_id,
            Document.key,
            "document",
            "key",
            DocumentQuery,
        )
    },
)


def get_by_id(session: Session, source_id: str) -> dict[str, Any]:
    """One source passage, or a 404."""
    found = session.get(Source, source_id)
    if found is None:
        raise NotFoundError(f"No source has the id '{source_id}'.")
    return public(session, [found])[0]
