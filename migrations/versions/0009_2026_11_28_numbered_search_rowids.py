"""numbered search-index rowids on SQLite (a list's q= reads matching ids from the index)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# resource -> (its rowid block, its table), as app/*/service.py declared them on this date
BLOCKS = {
    "articles": (1, "article"),
    "jurisdictions": (2, "jurisdiction"),
    "strategies": (3, "strategy"),
    "organizations": (4, "organization"),
}


def upgrade() -> None:
    """Renumber every SQLite index entry `block << 40 | record id` (PostgreSQL: nothing)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TEMP TABLE search_entry AS SELECT resource, key, title, body FROM search_index"
    )
    op.execute("DELETE FROM search_index")
    for resource, (block, table) in BLOCKS.items():
        op.execute(
            "INSERT INTO search_index (rowid, resource, key, title, body) "
            f"SELECT ({block} << 40) | t.id, e.resource, e.key, e.title, e.body "
            f"FROM search_entry e JOIN {table} t ON t.slug = e.key "
            f"WHERE e.resource = '{resource}'"
        )
    op.execute("DROP TABLE search_entry")


def downgrade() -> None:
    """Nothing to undo: the code before reads the index by key, whatever the rowids."""
