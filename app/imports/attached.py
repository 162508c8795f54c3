"""On SQLite, new rows copied from the staging file by the database itself: the file attached
to the connection that publishes and one INSERT ... SELECT per chunk of staged rows, with no
Python per row (app/imports/bulk.py writes them through the driver elsewhere)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table

from app.imports.staging import INSERT, Staging

CHUNK = 50_000  # staged rows a statement (progress is reported between two)
IN_DATABASE = True  # off: the driver path everywhere (tests compare the two)


def sqlite_file(connection: Connection) -> str | None:
    """The SQLite file a connection writes to, when SQLite does an import's plan and copy
    itself (None on another database, or one in memory)."""
    database = connection.engine.url.database
    if not IN_DATABASE or connection.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        return None
    return database


@contextmanager
def attached(connection: Connection, staging: Staging) -> Iterator[bool]:
    """The staging file attached to a SQLite file's connection (True; detached after, so the
    caller ends its transaction inside); False, and nothing done, elsewhere."""
    if sqlite_file(connection) is None:
        yield False
        return
    raw: Any = connection.connection.driver_connection
    raw.execute("ATTACH DATABASE ? AS staging", (staging.path,))
    try:
        yield True
    finally:
        raw.execute("DETACH DATABASE staging")


def append(
    connection: Connection,
    table: Table,
    columns: dict[str, str],
    values: dict[str, Any],
    names: tuple[dict[str, int], dict[str, str]],
    expected: int,
    progress: Callable[[int], None],
) -> None:
    """Insert the staged rows marked new, in file order: `columns` maps each column written to
    the SQL giving it from staged rows `s`, the named `values` and what their slug and citation
    stand for (`names`: jurisdiction ids by slug, source ids by citation, which become the
    staging tables `places` `p` and `cited` `c`). Raises if a row is not copied."""
    written = ", ".join(f'"{name}"' for name in columns)
    query = (
        f'INSERT INTO main."{table.name}" ({written}) SELECT {", ".join(columns.values())}'
        " FROM staging.staged s JOIN staging.places p ON p.slug = s.slug"
        " JOIN staging.cited c ON c.citation = s.citation"
        f" WHERE s.op = '{INSERT}' AND s.rowid > :after AND s.rowid <= :upto ORDER BY s.rowid"
    )
    raw: Any = connection.connection.driver_connection
    raw.execute("CREATE TABLE staging.places (slug TEXT PRIMARY KEY, jurisdiction_id INTEGER)")
    raw.execute("CREATE TABLE staging.cited (citation TEXT PRIMARY KEY, source_id TEXT)")
    raw.executemany("INSERT INTO staging.places VALUES (?, ?)", names[0].items())
    raw.executemany("INSERT INTO staging.cited VALUES (?, ?)", names[1].items())
    (last,) = raw.execute("SELECT coalesce(max(rowid), 0) FROM staging.staged").fetchone()
    copied = 0
    for start in range(0, last, CHUNK):
        chunk = {**values, "after": start, "upto": start + CHUNK}
        copied += raw.execute(query, chunk).rowcount
        progress(copied)
    if copied != expected:
        raise RuntimeError(f"staged rows copied: {copied} of {expected}")
