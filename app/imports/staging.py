"""The rows of an import between reading and publishing, kept on disk in a private temporary
SQLite database (memory stays flat however long the file is): staged in bulk as they are
parsed, checked for duplicates in one query, marked by the plan, and read back in batches."""

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

COMPARED = ("period_start", "period_end", "frequency", "value", "qualifier", "text_as_written")
STAGED = ("line", "key", "slug", "metric_key", *COMPARED, "citation")
INSERT, UPDATE, UNCHANGED = "i", "u", "n"


class Staging:
    """Parsed rows (dates as ISO text), each with its line and what the plan does with it."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "" = a private temporary database on disk
        self.db.execute(f"CREATE TABLE staged ({', '.join(STAGED)}, op TEXT DEFAULT '{INSERT}')")
        self._insert = (
            f"INSERT INTO staged ({', '.join(STAGED)}) VALUES ({', '.join('?' * len(STAGED))})"
        )

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        """Stage parsed rows, each a tuple in the order of STAGED."""
        self.db.executemany(self._insert, rows)

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

    def batches(self, size: int) -> Iterator[list[tuple[Any, ...]]]:
        """Every staged row as (rowid, key, *COMPARED, line), `size` at a time, in file order."""
        columns = ", ".join(("rowid", "key", *COMPARED, "line"))
        cursor = self.db.execute(f"SELECT {columns} FROM staged ORDER BY rowid")
        while rows := cursor.fetchmany(size):
            yield rows

    def mark(self, marks: Iterable[tuple[str, int]]) -> None:
        """Set what the plan does with rows: (op, rowid) pairs."""
        self.db.executemany("UPDATE staged SET op = ? WHERE rowid = ?", marks)

    def citations(self) -> list[str]:
        """Every distinct citation of the rows to write."""
        query = f"SELECT DISTINCT citation FROM staged WHERE op != '{UNCHANGED}'"
        return [c for (c,) in self.db.execute(query)]

    def slugs(self) -> list[str]:
        """Every distinct jurisdiction the rows to write name."""
        query = f"SELECT DISTINCT slug FROM staged WHERE op != '{UNCHANGED}'"
        return [s for (s,) in self.db.execute(query)]

    def to_write(self, op: str, size: int) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of one kind (insert or update) as (key, slug, metric_key, *COMPARED,
        citation), `size` at a time, in file order."""
        columns = ", ".join(STAGED[1:])
        cursor = self.db.execute(f"SELECT {columns} FROM staged WHERE op = ? ORDER BY rowid", (op,))
        while rows := cursor.fetchmany(size):
            yield rows

    def close(self) -> None:
        """Drop the temporary database."""
        self.db.close()
