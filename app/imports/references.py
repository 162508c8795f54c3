"""On PostgreSQL, the foreign keys of a bulk append checked once per referenced row instead of
once per appended row.

PostgreSQL checks a foreign key with a trigger per inserted row and key (a `SELECT ... FOR KEY
SHARE` of the referenced row): 12 of the 27 s an import of 1,000,000 rows spent writing
(docs/benchmarks.md). An import knows every value its new rows reference before it writes them
(a few thousand jurisdictions, its metrics, a source per citation), so it makes the same check
in one statement per foreign key: the referenced rows locked FOR KEY SHARE, as the triggers
would lock them, and counted. The rows are then appended with the per-row triggers off
(`session_replication_role = replica`, for the append only, inside the import's transaction).

Turning them off takes a privilege: a superuser's, or on PostgreSQL 15 and later a role granted
`SET ON PARAMETER session_replication_role`. Without it, or when the table has triggers of its
own (which `replica` would silence too), the rows are appended with the triggers on."""

from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, text

SUPERUSER = text("SELECT current_setting('is_superuser') = 'on'")
GRANTED = text("SELECT has_parameter_privilege('session_replication_role', 'SET')")  # 15+
OWN_TRIGGERS = text(
    "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = CAST(:table AS regclass)"
    " AND NOT tgisinternal)"
)
ROLE = "session_replication_role"


class MissingReference(RuntimeError):
    """A value the new rows reference is not stored (deleted since the import read it)."""


def trusted(connection: Connection, table: Table) -> bool:
    """True when the per-row checks of an append to `table` may be turned off: PostgreSQL, the
    privilege, and no triggers on the table but its foreign keys'."""
    if connection.dialect.name != "postgresql":
        return False
    if not connection.execute(SUPERUSER).scalar_one():
        version = connection.dialect.server_version_info or (0,)
        if version < (15,) or not connection.execute(GRANTED).scalar_one():
            return False
    return not connection.execute(OWN_TRIGGERS, {"table": f'"{table.name}"'}).scalar_one()


def lock_referenced(connection: Connection, table: Table, referenced: Mapping[str, Any]) -> None:
    """Lock FOR KEY SHARE every row the values of `referenced` (each foreign-key column of
    `table` to the values the new rows give it; None ignored) point to; raise MissingReference
    if one is not stored. Every foreign key of the table must be given (no values: `()`)."""
    for key in table.foreign_keys:
        column, target = key.parent.name, key.column
        if column not in referenced:
            raise ValueError(f"the values of the foreign key {column} were not given")
        values = sorted({v for v in referenced[column] if v is not None})
        if not values:
            continue
        locked = text(
            f'SELECT count(*) FROM (SELECT 1 FROM "{target.table.name}"'
            f' WHERE "{target.name}" = ANY(:values) FOR KEY SHARE) AS locked'
        )
        found = connection.execute(locked, {"values": values}).scalar_one()
        if found != len(values):
            missing = len(values) - found
            raise MissingReference(f"{missing} {target.table.name} row(s) referenced by {column}")


@contextmanager
def checked_once(
    connection: Connection, table: Table, referenced: Mapping[str, Collection[Any]]
) -> Iterator[bool]:
    """Around a bulk append to `table`: where `trusted`, the referenced rows locked and checked
    (`lock_referenced`) and the per-row triggers off until the append is done (True); elsewhere
    nothing changes (False). If the append fails, the caller's rollback restores the setting."""
    if not trusted(connection, table):
        yield False
        return
    lock_referenced(connection, table, referenced)
    before = connection.exec_driver_sql(f"SELECT current_setting('{ROLE}')").scalar_one()
    connection.exec_driver_sql(f"SET LOCAL {ROLE} = replica")
    yield True
    connection.execute(text(f"SELECT set_config('{ROLE}', :before, true)"), {"before": before})
