"""a jurisdiction's observations indexed in key order (its page needs no sort)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 15:00:00

The index on `observation (jurisdiction_id)` becomes one on `(jurisdiction_id, key)`: it finds
the same rows, and a page of one jurisdiction's observations (the default order is the key)
reads them in order instead of sorting them (docs/benchmarks.md: 6% less time a page).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The composite index in, the one-column index out."""
    op.create_index("ix_observation_jurisdiction_id_key", "observation", ["jurisdiction_id", "key"])
    op.drop_index("ix_observation_jurisdiction_id", table_name="observation")


def downgrade() -> None:
    """The one-column index back."""
    op.create_index("ix_observation_jurisdiction_id", "observation", ["jurisdiction_id"])
    op.drop_index("ix_observation_jurisdiction_id_key", table_name="observation")
