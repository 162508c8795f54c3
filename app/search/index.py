"""The full-text index: SQLite FTS5 (porter stemming) or PostgreSQL tsvector + GIN, one table
`search_index(resource, key, title, body)` either way, rebuilt whenever the data changes."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select, text
from sqlmodel import Session

from app.articles.models import Article
from app.jurisdictions.models import Jurisdiction
from app.organizations.models import Organization
from app.strategies.models import Strategy

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "resource UNINDEXED, key UNINDEXED, title, body, tokenize='porter unicode61')"
)
POSTGRES_DDL = (
    "CREATE TABLE search_index ("
    " resource text NOT NULL, key text NOT NULL, title text NOT NULL, body text NOT NULL,"
    " tsv tsvector GENERATED ALWAYS AS ("
    "  setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')"
    " ) STORED,"
    " PRIMARY KEY (resource, key))",
    "CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)",
)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Alembic filter: the index is created by hand per dialect, so comparisons skip it."""
    return not (type_ == "table" and (name or "").startswith("search_index"))


def create(conn: Connection) -> None:
    """Create the index table for the connection's dialect (used by the migration)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text(SQLITE_DDL))
    else:
        for statement in POSTGRES_DDL:
            conn.execute(text(statement))


def _article(a: Article) -> dict[str, Any]:
    return {"resource": "articles", "key": a.slug, "title": a.title, "body": a.body}


def _strategy(s: Strategy) -> dict[str, Any]:
    return {"resource": "strategies", "key": s.slug, "title": s.name, "body": s.description}


def _jurisdiction(j: Jurisdiction) -> dict[str, Any]:
    texts = [j.background_and_approach, j.results, j.remaining_challenges]
    body = "\n\n".join(t for t in texts if t)
    return {"resource": "jurisdictions", "key": j.slug, "title": j.name, "body": body}


def _organization(o: Organization) -> dict[str, Any]:
    return {
        "resource": "organizations",
        "key": o.slug,
        "title": o.name,
        "body": o.abbreviation or "",
    }


INDEXED: dict[str, tuple[Any, Callable[[Any], dict[str, Any]]]] = {
    "articles": (Article, _article),
    "strategies": (Strategy, _strategy),
    "jurisdictions": (Jurisdiction, _jurisdiction),
    "organizations": (Organization, _organization),
}
_INSERT = text(
    "INSERT INTO search_index (resource, key, title, body) VALUES (:resource, :key, :title, :body)"
)


def _documents(session: Session) -> list[dict[str, Any]]:
    return [
        document(row)
        for model, document in INDEXED.values()
        for row in session.scalars(select(model))
    ]


def reindex(session: Session, resource: str, key: str) -> None:
    """Bring one record's index entry up to date (removed when the record is gone)."""
    session.execute(
        text("DELETE FROM search_index WHERE resource = :resource AND key = :key"),
        {"resource": resource, "key": key},
    )
    model, document = INDEXED[resource]
    row = session.scalars(select(model).where(model.slug == key)).first()
    if row is not None:
        session.execute(_INSERT, document(row))


def rebuild(session: Session) -> int:
    """Replace the whole index from the tables (inside the caller's transaction)."""
    session.execute(text("DELETE FROM search_index"))
    docs = _documents(session)
    if docs:
        session.execute(_INSERT, docs)
    return len(docs)


def index_is_empty(session: Session) -> bool:
    """True when the index holds nothing (e.g. right after the migration that created it)."""
    return session.execute(text("SELECT count(*) FROM search_index")).scalar() == 0
