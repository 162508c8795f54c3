"""The rows of an import between reading and publishing, kept on disk in a temporary SQLite
file of their own (memory stays flat however long the file is): staged in bulk as they are
parsed, checked for duplicates in one query, marked by the plan, and read back in batches (or,
on SQLite, copied by the database itself: app/imports/attached.py)."""

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.core.json import dumps
from app.imports.citations import same_citation

COMPARED = ("period_start", "period_end", "frequency", "value", "qualifier", "text_as_written")
STAGED = ("line", "key", "slug", "metric_key", *COMPARED, "citation")
INSERT, UPDATE, UNCHANGED = "i", "u", "n"
JSON_ITEMS = "SELECT value FROM json_each(?)"  # a list as one parameter (JSON text)
PREFIX = "sjc-import-"  # then the process id: sjc-import-<pid>-<random>.sqlite


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        pass
    return True


def sweep(folder: str) -> int:
    """Delete the staging files of processes that are gone (an import killed midway leaves its
    file behind); another live process's, or this one's (its import jobs run side by side),
    are kept. Returns how many were deleted."""
    deleted = 0
    for path in Path(folder).glob(f"{PREFIX}*-*.sqlite"):
        pid = path.name[len(PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):  # another import swept it first
                path.unlink()
                deleted += 1
    return deleted


def json_list(items: list[Any]) -> str:
    """A list as one JSON text parameter."""
    return dumps(items).decode()


class Staging:
    """Parsed rows (dates as ISO text), each with its line and what the plan does with it."""

    def __init__(self) -> None:
        sweep(tempfile.gettempdir())
        prefix = f"{PREFIX}{os.getpid()}-"
        handle, self.path = tempfile.mkstemp(prefix=prefix, suffix=".sqlite")
        os.close(handle)
        # Committed as it goes (a batch a transaction), so another connection reading the file
        # sees it whole; neither journal nor sync: nothing to recover, the file is scratch.
        self.db = sqlite3.connect(self.path, isolation_level=None, uri=True)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.create_function("same_citation", 2, same_citation, deterministic=True)
        self.db.execute(f"CREATE TABLE staged ({', '.join(STAGED)}, op TEXT DEFAULT '{INSERT}')")
        self._insert = (
            f"INSERT INTO staged ({', '.join(STAGED)}) VALUES ({', '.join('?' * len(STAGED))})"
        )

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        """Stage parsed rows, each a tuple in the order of STAGED."""
        self._batch(self._insert, rows)

    def _batch(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """One statement run for each row, in one transaction."""
        self.db.execute("BEGIN")
        self.db.executemany(sql, rows)
        self.db.execute("COMMIT")

    def duplicates(self) -> list[int]:
        """Lines that repeat the key of an earlier line (one sort when there are none)."""
        try:
            self.db.execute("CREATE UNIQUE INDEX staged_key ON staged (key)")
            return []
        except sqlite3.IntegrityError:
            self.db.execute("CREATE INDEX staged_key ON staged (key)")
        return [
            line
            for (line,) in self.db.execute(
                "SELECT line FROM staged s WHERE EXISTS ("
                " SELECT 1 FROM staged e WHERE e.key = s.key AND e.rowid < s.rowid"
                ") ORDER BY rowid"
            )
        ]

    def keys(self, size: int) -> Iterator[list[tuple[int, str, int]]]:
        """Every staged row as (rowid, key, line), `size` at a time, in file order."""
        cursor = self.db.execute("SELECT rowid, key, line FROM staged ORDER BY rowid")
        while rows := cursor.fetchmany(size):
            yield rows

    def compared(self, rowids: list[int]) -> dict[int, tuple[tuple[Any, ...], str]]:
        """The values of COMPARED and the citation of the given staged rows, by rowid."""
        columns = ", ".join((*COMPARED, "citation"))
        query = f"SELECT rowid, {columns} FROM staged WHERE rowid IN ({JSON_ITEMS})"
        return {
            rowid: (tuple(values), citation)
            for rowid, *values, citation in self.db.execute(query, (json_list(rowids),))
        }

    def mark(self, marks: Iterable[tuple[str, int]]) -> None:
        """Set what the plan does with rows: (op, rowid) pairs."""
        self._batch("UPDATE staged SET op = ? WHERE rowid = ?", marks)

    def distinct(self, column: str) -> list[Any]:
        """Every distinct value of a staged column (slug, metric_key, citation) among the rows
        to write."""
        assert column in STAGED, column
        query = f"SELECT DISTINCT {column} FROM staged WHERE op != '{UNCHANGED}'"
        return [value for (value,) in self.db.execute(query)]

    def to_write(self, op: str, size: int, by_key: bool = False) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of one kind (insert or update) as (key, slug, metric_key, *COMPARED,
        citation), `size` at a time, in file order (`by_key`: in key order)."""
        columns = ", ".join(STAGED[1:])
        order = "key" if by_key else "rowid"
        query = f"SELECT {columns} FROM staged WHERE op = ? ORDER BY {order}"
        cursor = self.db.execute(query, (op,))
        while rows := cursor.fetchmany(size):
            yield rows

    def plan_against(self, database: str, table: str) -> dict[str, int]:
        """Mark the rows by comparing them with the rows of `table` in the SQLite file
        `database` (attached read-only, the database itself doing the work): a staged row whose
        key is stored is unchanged when every COMPARED value and its citation are the same
        (`citations.same_citation`), else an update. Returns the count of each mark."""
        self.db.execute(
            "ATTACH DATABASE ? AS stored", (f"{Path(database).resolve().as_uri()}?mode=ro",)
        )
        try:
            stored = f'SELECT 1 FROM stored."{table}" o WHERE o.key = staged.key'
            same = " AND ".join(f"o.{c} IS staged.{c}" for c in COMPARED)
            same += " AND same_citation(o.source_id, staged.citation)"
            self.db.execute(
                f"UPDATE staged SET op = CASE WHEN EXISTS ({stored} AND {same})"
                f" THEN '{UNCHANGED}' ELSE '{UPDATE}' END WHERE EXISTS ({stored})"
            )
        finally:
            self.db.execute("DETACH DATABASE stored")
        return dict(self.db.execute("SELECT op, count(*) FROM staged GROUP BY op").fetchall())

    def close(self) -> None:
        """Drop the temporary database."""
        self.db.close()
        os.unlink(self.path)
