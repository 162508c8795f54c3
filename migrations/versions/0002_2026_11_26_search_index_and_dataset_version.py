"""search index and dataset version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.search import index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the dataset version row (ETags) and the full-text index."""
    op.create_table(
        "dataset_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset_version")),
    )
    index.create(op.get_bind())


def downgrade() -> None:
    """Drop the full-text index and the dataset version."""
    op.execute("DROP TABLE search_index")
    op.drop_table("dataset_version")
