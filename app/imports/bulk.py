"""Rows appended to a table as fast as the database takes them: one `executemany` of plain
tuples on SQLite, `COPY ... FROM STDIN` on PostgreSQL, inside the caller's transaction."""

from typing import Any

from sqlalchemy import Connection, Table

from app.core.base import utc_now


class BulkInsert:
    """Appends rows of the given columns to a table; a stamped table's rows all get one
    `updated_at` (the moment the writer was made)."""

    def __init__(self, connection: Connection, table: Table, columns: tuple[str, ...]) -> None:
        self.raw: Any = connection.connection.driver_connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.stamp: tuple[Any, ...] = ()
        if "updated_at" in table.c:
            dialect = connection.dialect  # the stamp exactly as SQLAlchemy would store it
            processor = table.c.updated_at.type.dialect_impl(dialect).bind_processor(dialect)
            now = utc_now()
            self.stamp = (processor(now) if processor and self.sqlite else now,)
            columns = (*columns, "updated_at")
        names = ", ".join(f'"{c}"' for c in columns)
        if self.sqlite:
            marks = ", ".join("?" * len(columns))
            self.sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        else:
            self.sql = f'COPY "{table.name}" ({names}) FROM STDIN'

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        """Append the rows (each a tuple in the writer's column order)."""
        stamp = self.stamp
        if self.sqlite:
            self.raw.executemany(self.sql, [(*row, *stamp) for row in rows])
            return
        with self.raw.cursor() as cursor, cursor.copy(self.sql) as copy:
            for row in rows:
                copy.write_row((*row, *stamp))
