"""updated_at on every record (incremental sync: `updated_since` on lists)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 07:29:22.872734
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "action_area", "article", "document", "jurisdiction", "metric", "network",
    "observation", "organization", "person", "source", "strategy",
)  # fmt: skip


def upgrade() -> None:
    """Add the column and its index; rows already there are stamped with the upgrade time."""
    now = datetime.now(UTC)
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
            batch_op.create_index(
                batch_op.f(f"ix_{table}_updated_at"), ["updated_at"], unique=False
            )
        stamped = sa.table(table, sa.column("updated_at", sa.DateTime(timezone=True)))
        op.execute(stamped.update().values(updated_at=now))


def downgrade() -> None:
    """Drop the stamps (nothing else depends on them)."""
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_updated_at"))
            batch_op.drop_column("updated_at")
