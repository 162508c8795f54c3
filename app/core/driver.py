"""Reads through the database driver: a statement compiled once per dialect and run on the
request's connection without SQLAlchemy's work per statement (an execution context, result
metadata, a Row per row), which was 8% of an observation page (docs/benchmarks.md).

The rows are what SQLAlchemy would give: the values pass through the same type processors
(a date parsed from SQLite's text, JSON decoded), and each row is a tuple whose `_fields` and
attributes name its columns. A driver error runs the statement again through SQLAlchemy,
which reports it as it reports any (a lost connection invalidated and the pool renewed, an
unavailable database a 503): never a raw driver error. While something listens to the
engine's statements (OpenTelemetry's tracing, say), they all go through SQLAlchemy."""

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select
from sqlalchemy.engine import Dialect

Processor = Callable[[Any], Any]


class DriverRow(tuple[Any, ...]):
    """A row as a tuple whose columns are also attributes, as SQLAlchemy's Row: each compiled
    statement makes a subclass naming its columns in `_fields`, each read by a property of
    its position (as fast as a Row's; a column named `count` or `index` hides the tuple's
    method, as on a Row)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    @classmethod
    def named(cls, fields: tuple[str, ...]) -> type["DriverRow"]:
        """The row class of these columns."""
        found: dict[str, Any] = {"__slots__": (), "_fields": fields}
        for i, name in reversed(list(enumerate(fields))):  # the first of a repeated name wins
            if not name.startswith("__") and name != "_fields":
                found[name] = property(itemgetter(i))
        return type("PageRow", (cls,), found)


class DriverStatement:
    """A SELECT compiled once for a dialect: its SQL, how its parameters are given (by position
    or by name, with their type processors and fixed values) and the row class it returns."""

    def __init__(self, stmt: Select[Any], dialect: Dialect, sql: str, binds: list[Any]) -> None:
        self.stmt, self.dialect, self.sql = stmt, dialect, sql
        self.positional = dialect.positional
        # (name in the SQL, key a value is given by, fixed value or None, bind processor)
        self.binds = [
            (
                name,
                bind.key,
                None if bind.required else bind.effective_value,
                bind.required,
                bind.type.dialect_impl(dialect).bind_processor(dialect),
            )
            for name, bind in binds
        ]
        self.columns = list(stmt.selected_columns)
        self.row = DriverRow.named(tuple(stmt.selected_columns.keys()))
        self.processors: dict[tuple[Any, ...], list[tuple[int, Processor]]] = {}

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """The driver's parameters for these values: a tuple or a dict, processed by type."""
        given = []
        for name, key, fixed, required, process in self.binds:
            value = values[key] if required else fixed
            given.append((name, value if process is None else process(value)))
        if self.positional:
            return tuple(value for _, value in given)
        return dict(given)

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[Any]:
        """The statement's rows for these values, run on the connection's driver connection (a
        driver error: run again through SQLAlchemy, which reports it)."""
        try:
            fetched, described = fetch(conn, self.sql, self.parameters(values))
        except conn.dialect.loaded_dbapi.Error:
            described = None
        if described is None or len(described) != len(self.columns):
            return list(conn.execute(self.stmt, dict(values)).all())
        return self._made(fetched, tuple(d[1] for d in described))

    def _made(self, fetched: Sequence[Any], coltypes: tuple[Any, ...]) -> list[Any]:
        processors = self.processors.get(coltypes)
        if processors is None:
            processors = self.processors[coltypes] = self._processors(coltypes)
        row = self.row
        if not processors:
            return list(map(row, fetched))
        made = []
        for values in fetched:
            cells = list(values)
            for i, process in processors:
                cells[i] = process(cells[i])
            made.append(row(cells))
        return made

    def _processors(self, coltypes: tuple[Any, ...]) -> list[tuple[int, Processor]]:
        """Each column's result processor as SQLAlchemy picks it (None ones left out)."""
        dialect, out = self.dialect, list[tuple[int, Processor]]()
        for i, (column, coltype) in enumerate(zip(self.columns, coltypes, strict=True)):
            process = column.type.dialect_impl(dialect).result_processor(dialect, coltype)
            if process is not None:
                out.append((i, process))
        return out


def fetch(conn: Connection, sql: str, params: Any) -> tuple[list[Any], Any]:
    """The rows and the cursor's description of SQL run on the connection's driver connection
    (in its transaction, if any; `params` None: SQL without parameters); a driver error is
    raised as the driver raises it."""
    driver: Any = conn.connection.driver_connection
    if conn.dialect.name == "sqlite":
        cursor = driver.execute(sql) if params is None else driver.execute(sql, params)
        return cursor.fetchall(), cursor.description
    with driver.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall(), cursor.description


def run(conn: Connection, sql: str, params: Any, again: Callable[[], Sequence[Any]]) -> Any:
    """The rows of SQL run through the driver; on a driver error, `again()`: the same statement
    through SQLAlchemy, which reports the error as it reports any."""
    if listened(conn):
        return again()
    try:
        return fetch(conn, sql, params)[0]
    except conn.dialect.loaded_dbapi.Error:
        return again()


def listened(conn: Connection) -> bool:
    """Whether something listens to the engine's statements (tracing, a test counting them):
    then every statement goes through SQLAlchemy, which tells it."""
    dispatch = conn.dispatch
    return bool(dispatch.before_cursor_execute or dispatch.after_cursor_execute)


@lru_cache(maxsize=256)
def compiled(stmt: Select[Any], dialect: Dialect) -> DriverStatement | None:
    """The statement compiled for the driver, once per dialect (SQLite and PostgreSQL); None
    when it needs SQLAlchemy at run time (an expanding or post-compiled parameter)."""
    if dialect.name not in ("sqlite", "postgresql"):
        return None
    done = stmt.compile(dialect=dialect)
    if done.literal_execute_params or done.post_compile_params:
        return None
    if any(bind.expanding for bind in done.binds.values()):
        return None
    by_name = {name: bind for bind, name in done.bind_names.items()}
    names = list(done.positiontup or ()) if done.positional else list(by_name)
    return DriverStatement(stmt, dialect, done.string, [(n, by_name[n]) for n in names])


def statement_rows(conn: Connection, stmt: Select[Any], values: Mapping[str, Any]) -> list[Any]:
    """The rows of a statement kept for reuse (a list page's shape, say) for these values:
    through the driver when it compiles for it, else through SQLAlchemy."""
    found = None if listened(conn) else compiled(stmt, conn.dialect)
    if found is None:
        return list(conn.execute(stmt, dict(values)).all())
    return found.rows(conn, values)
