"""How staff write provenance: documents and their source passages."""

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.core.inputs import Input
from app.sources import service
from app.sources.schemas import DocumentSeed, SourceSeed
from app.writes.columns import resolve
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


def document_dependents(session: Session, row: m.Document) -> list[str]:
    """Passages quoted from it and articles published from it."""
    return referrers(
        session,
        [
            ("source", select(m.Source.id).where(m.Source.document_id == row.id)),
            ("article", select(m.Article.slug).where(m.Article.document_id == row.id)),
        ],
    )


def save_source(session: Session, body: Input, row: m.Source | None) -> m.Source:
    """Insert or update the row; its document must exist, and a changed passage must still
    contain every figure quoted from it (derived figures quote their inputs, not it)."""
    refs = Refs(session)
    values = resolve(refs, m.Source, body)
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
