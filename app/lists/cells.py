"""CSV cells that a spreadsheet cannot run: embedded resources as their slug, lists joined with
';', text that could start a formula neutralized; rows encoded by a function made once per
column list, so the common cell (text, a number, a date, nothing) costs no call of its own."""

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from app.core.json import dumps

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Cells the csv module writes as flatten would (None as nothing, str() of the rest) as they are
_AS_THEY_ARE = frozenset({int, date, datetime, type(None)})


def neutralize(text: str) -> str:
    """OWASP CSV-injection defence: a text cell a spreadsheet would read as a formula gets a
    leading apostrophe. Only text is touched: numbers (negative figures too) stay numbers."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def flatten(value: Any) -> str:
    """One CSV cell: embedded resources become their slug (or key, or id), lists join with ';';
    text that could start a spreadsheet formula is neutralized."""
    kind = type(value)
    if kind is str:
        return neutralize(value)
    if value is None:
        return ""
    if kind is float:
        return str(int(value)) if value.is_integer() else repr(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dict:
        label = value.get("slug") or value.get("key") or value.get("id")
        return neutralize(str(label) if label is not None else dumps(value).decode())
    if kind is list:
        return neutralize(";".join(flatten(v) for v in value))
    return str(value)


@lru_cache(maxsize=256)
def row_cells(columns: tuple[str, ...]) -> Callable[[dict[str, Any]], list[str]]:
    """A function giving a row's cells for these columns, each what flatten gives: plain text
    as it is, None as nothing, str() of the types in _AS_THEY_ARE, floats as flatten writes
    them, flatten itself for the rest."""
    cell = (
        "(v if (t := type(v := row.get({!r}))) is str and v[:1] not in starts "
        "else '' if v is None else str(v) if t in as_they_are "
        "else (str(int(v)) if v.is_integer() else repr(v)) if t is float else flatten(v))"
    )
    source = "lambda row: [" + "".join(cell.format(c) + ", " for c in columns) + "]"
    scope = {"starts": frozenset(FORMULA_STARTS), "as_they_are": _AS_THEY_ARE, "flatten": flatten}
    return eval(source, scope)  # made from column names, each written by repr()


def _write_rows(buffer: io.StringIO, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    """Write rows as CSV lines: a line none of whose cells needs quotes is joined directly
    (the csv module spends ~10 us a row checking each character); the others go through it."""
    writer = _writer(buffer)
    cells_of, commas = row_cells(tuple(columns)), len(columns) - 1
    if commas == 0:  # a lone empty cell must be quoted: the csv module knows the rule
        writer.writerows(map(cells_of, rows))
        return
    write = buffer.write
    for cells in map(cells_of, rows):
        line = ",".join(cells)
        if line.count(",") == commas and '"' not in line and "\n" not in line and "\r" not in line:
            write(line)
            write("\r\n")
        else:
            writer.writerow(cells)


def _writer(buffer: io.StringIO) -> Any:
    # RFC 4180 line ends; any cell holding a quote, comma, CR or LF is quoted, so no cell can
    # split a row (with a bare "\n" terminator Python's writer left a CR unquoted).
    return csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def csv_lines(
    columns: list[str], rows: Iterable[dict[str, Any]], header: bool = True
) -> Iterator[bytes]:
    """Encode rows as CSV, one chunk per call."""
    buffer = io.StringIO()
    if header:
        _writer(buffer).writerow(columns)
    _write_rows(buffer, columns, rows)
    yield buffer.getvalue().encode()
