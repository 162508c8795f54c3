"""The full-text index: SQLite FTS5 (porter stemming) or PostgreSQL tsvector + GIN, one table
`search_index(resource, key, title, body)` either way, rebuilt whenever the data changes.

On SQLite an entry's rowid is numbered from its record: `block << 40 | id`, the block declared
by its resource. A list's `q=` then reads the matching records' ids from the index alone:
reading the stored `resource` and `key` columns of ten thousand matches costs 55 ms, their
rowids 7 ms (docs/benchmarks.md)."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, select, text
from sqlmodel import Session

from app.core.fields import searched, texts

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


BLOCK_BITS = 40  # a record id below 2**40; the resource's block above it
BLOCKS: dict[str, int] = {}  # resource -> its rowid block, filled in by each Indexed


def id_range(resource: str) -> tuple[int, int] | None:
    """The rowids [start, end) of a resource's entries on SQLite (None: not indexed)."""
    block = BLOCKS.get(resource)
    return None if block is None else (block << BLOCK_BITS, (block + 1) << BLOCK_BITS)


@dataclass(frozen=True)
class Indexed:
    """How one resource's records enter the index: its table (keyed by slug), the column that
    titles a row, and the columns its body is made of (those its table declares `searched`,
    in column order). Declared by the resource; its `reindex` is what its writes call."""

    resource: str
    model: Any
    title: str
    block: int  # its entries' rowids on SQLite: block << 40 | record id (never reused)

    def __post_init__(self) -> None:
        taken = BLOCKS.setdefault(self.resource, self.block)
        if taken != self.block or list(BLOCKS.values()).count(self.block) > 1:
            raise ValueError(f"search block {self.block} of {self.resource!r} is not its own")

    @cached_property
    def body(self) -> tuple[str, ...]:
        """The columns the body is made of."""
        return searched(self.model)

    def document(self, row: Any) -> dict[str, Any]:
        """The index entry of one row: its title, and its texts a blank line apart."""
        return {
            "rowid": self.block << BLOCK_BITS | row.id,
            "resource": self.resource,
            "key": row.slug,
            "title": getattr(row, self.title),
            "body": texts(row, self.body),
        }

    def reindex(self, session: Session, resource: str, key: str) -> None:
        """Bring one record's index entry up to date (removed when the record is gone)."""
        session.execute(
            text("DELETE FROM search_index WHERE resource = :resource AND key = :key"),
            {"resource": resource, "key": key},
        )
        row = session.scalars(select(self.model).where(self.model.slug == key)).first()
        if row is not None:
            session.execute(_insert(session), self.document(row))


def _insert(session: Session) -> Any:
    """The INSERT of index entries: numbered rowids on SQLite (PostgreSQL has no rowid)."""
    if session.get_bind().dialect.name == "sqlite":
        return text(
            "INSERT INTO search_index (rowid, resource, key, title, body) "
            "VALUES (:rowid, :resource, :key, :title, :body)"
        )
    return text(
        "INSERT INTO search_index (resource, key, title, body) "
        "VALUES (:resource, :key, :title, :body)"
    )


def rebuild(session: Session, indexed: Iterable[Indexed]) -> int:
    """Replace the whole index from the tables of the given resources (inside the caller's
    transaction)."""
    session.execute(text("DELETE FROM search_index"))
    docs = [i.document(row) for i in indexed for row in session.scalars(select(i.model))]
    if docs:
        session.execute(_insert(session), docs)
    return len(docs)


def index_is_empty(session: Session) -> bool:
    """True when the index holds nothing (e.g. right after the migration that created it)."""
    return session.execute(text("SELECT count(*) FROM search_index")).scalar() == 0
