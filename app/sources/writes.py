"""How staff write provenance: documents and their source passages."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.sources import service
from app.sources.schemas import DocumentSeed, SourceSeed
from app.writes.engine import Writable
from app.writes.refs import Refs, put_row, referrers

CITING = (
    ("jurisdiction", m.Jurisdiction, m.Jurisdiction.slug),
    ("organization", m.Organization, m.Organization.slug),
    ("person", m.Person, m.Person.slug),
    ("network", m.Network, m.Network.slug),
    ("strategy", m.Strategy, m.Strategy.slug),
    ("observation", m.Observation, m.Observation.key),
    ("article", m.Article, m.Article.slug),
)


def load_document(_session: Session, row: m.Document) -> dict[str, Any]:
    """The writable form of a document (import checksums are the importer's, not writable)."""
    return {
        "key": row.key,
        "kind": row.kind,
        "title": row.title,
        "capture": row.capture,
        "lines": row.lines,
        "url": row.url,
    }


def save_document(session: Session, body: Input, row: m.Document | None) -> m.Document:
    """Insert or update the row."""
    return put_row(session, m.Document, row, body.model_dump())


def document_dependents(session: Session, row: m.Document) -> list[str]:
    """Passages quoted from it and articles published from it."""
    return referrers(
        session,
        [
            ("source", select(m.Source.id).where(m.Source.document_id == row.id)),
            ("article", select(m.Article.slug).where(m.Article.document_id == row.id)),
        ],
    )


def load_source(session: Session, row: m.Source) -> dict[str, Any]:
    """The writable form of a source passage."""
    document = session.get(m.Document, row.document_id)
    return {
        "id": row.id,
        "document": document.key if document else None,
        "section": row.section,
        "section_inferred": row.section_inferred,
        "passage": row.passage,
        "note": row.note,
    }


def save_source(session: Session, body: Input, row: m.Source | None) -> m.Source:
    """Insert or update the row; its document must exist, and a changed passage must still
    contain every figure quoted from it (derived figures quote their inputs, not it)."""
    refs = Refs(session)
    document_id = refs.one(m.Document, body.document, "/document", column="key")
    if row is not None:
        quoted = session.execute(
            select(m.Observation.key, m.Observation.text_as_written).where(
                m.Observation.source_id == row.id, m.Observation.status != "derived"
            )
        )
        for key, text in quoted:
            if text not in body.passage:
                refs.problem(
                    "/passage", f"No longer contains '{text}', quoted by observation '{key}'."
                )
    refs.check()
    values = {**body.model_dump(exclude={"document"}), "document_id": document_id}
    return put_row(session, m.Source, row, values)


def source_dependents(session: Session, row: m.Source) -> list[str]:
    """Every record that cites the passage."""
    return referrers(
        session,
        [(label, select(key).where(model.source_id == row.id)) for label, model, key in CITING],
    )


DOCUMENTS = Writable(
    resource="documents",
    singular="document",
    model=m.Document,
    key_field="key",
    schema=DocumentSeed,
    load=load_document,
    save=save_document,
    view=service.get_document,
    example={
        "key": "report-example-county-2024",
        "kind": "report",
        "title": "Example County jail population report, 2024",
        "url": "https://example.org/reports/2024.pdf",
    },
    dependents=document_dependents,
)

SOURCES = Writable(
    resource="sources",
    singular="source",
    model=m.Source,
    key_field="id",
    schema=SourceSeed,
    load=load_source,
    save=save_source,
    view=service.get_by_id,
    example={
        "id": "example-county-2024-adp",
        "document": "report-example-county-2024",
        "section": "Summary",
        "passage": "The average daily jail population was 1,234 in 2024.",
    },
    dependents=source_dependents,
)
