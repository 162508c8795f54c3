"""CSV lines joined directly are the lines the csv module writes from flatten's cells."""

import csv
import io
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.lists.cells import csv_lines, flatten

VALUES: list[Any] = [
    "plain", "", None, 0, 7, -1.5, 2.0, 1e300, float("inf"), float("nan"), True, False,
    "=1+1", "+x", "-x", "@x", "\tx", "\uff1dx", "a,b", 'say "hi"', "two\nlines", "cr\rhere",
    " lead", date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, tzinfo=UTC),
    ["a", "=b"], [], {"slug": "=s"}, {"key": "k"}, {"other": 1},
]  # fmt: skip


def by_csv_module(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([flatten(row.get(c)) for c in columns])
    return buffer.getvalue()


@pytest.mark.parametrize("columns", [["a"], ["a", "b"], ["a", "b", "missing"]])
def test_lines_match_the_csv_module(columns: list[str]) -> None:
    rows = [{"a": v, "b": w} for v in VALUES for w in ("", None, "x,y", 3.5, "=cmd")]
    assert b"".join(csv_lines(columns, rows)).decode() == by_csv_module(columns, rows)


def test_no_cell_starts_a_formula() -> None:
    rows = [{"a": v} for v in VALUES]
    text = b"".join(csv_lines(["a"], rows)).decode()
    cells = [row[0] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert len(cells) == len(VALUES)
    assert not [c for c in cells if c[:1] and c[:1] in "=+@\t\r\n\uff1d"]
