"""How far an import has got: rows checked, planned and written, and a percentage."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

EVERY = 1000  # rows between two progress reports


@dataclass(frozen=True)
class Progress:
    """A snapshot of an import's progress. Rows are file lines (a wide table's line holds
    several figures) until writing, which counts figures."""

    phase: str = "queued"
    rows_total: int = 0
    rows_checked: int = 0
    rows_planned: int = 0
    rows_written: int = 0
    rows_to_write: int | None = None

    @property
    def percent(self) -> float:
        """Work done over work known: checking and planning every line, writing what changed."""
        if self.phase == "done":
            return 100.0
        total = max(self.rows_total, 1)
        to_write = total if self.rows_to_write is None else self.rows_to_write
        done = self.rows_checked + self.rows_planned + self.rows_written
        return round(min(99.9, 100 * done / (2 * total + to_write)), 1)


Listener = Callable[[Progress], None]


class Tracker:
    """Holds the current progress and tells the listener (if any) when it moves."""

    def __init__(self, listener: Listener | None = None) -> None:
        self.listener = listener
        self.now = Progress()

    def update(self, **changes: object) -> None:
        """Move the progress on and report it."""
        self.now = replace(self.now, **changes)  # type: ignore[arg-type]
        if self.listener is not None:
            self.listener(self.now)

    def line(self, field: str, line: int) -> None:
        """Report a pass reaching a line of the file, every EVERY lines."""
        if line % EVERY == 0:
            self.update(**{field: line - 1})


def count_rows(path: Path) -> int:
    """Data rows in a CSV file: its lines, less the header (a quoted line break counts twice)."""
    lines, last = 0, b"\n"
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return max(lines + (last != b"\n") - 1, 0)


def bar(progress: Progress, width: int = 30) -> str:
    """One line of a text progress bar: `[#####.....]  42.5% validating 12,000 of 28,000 rows`."""
    filled = int(width * progress.percent / 100)
    if progress.phase == "writing" and progress.rows_to_write is not None:
        count = f"{progress.rows_written:,} of {progress.rows_to_write:,} figures"
    else:
        done = progress.rows_planned if progress.phase == "planning" else progress.rows_checked
        count = f"{done:,} of {progress.rows_total:,} rows"
    return f"[{'#' * filled}{'.' * (width - filled)}] {progress.percent:5.1f}% {progress.phase} {count}"


class TextBar:
    """Draws the bar on a terminal stream, redrawing only when the figure moves."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.shown = stream, ""

    def __call__(self, progress: Progress) -> None:
        """Redraw the bar; a newline once the import is done."""
        line = bar(progress)
        if line != self.shown:
            self.stream.write(f"\r{line}")
            self.shown = line
        if progress.phase == "done":
            self.stream.write("\n")
        self.stream.flush()
