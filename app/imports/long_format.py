"""Long-format rows checked by column position, at bulk speed: a row whose jurisdiction, metric,
period and qualifier cells repeat ones already accepted (the usual case: a file names a few
thousand counties and periods a million times) needs only its number checked; any other row
goes through `parse_row`, which accepts it or names its problems, exactly as for one row."""

import math
from operator import itemgetter
from typing import Any

from app.imports.rows import (
    Context,
    RowProblem,
    by_name,
    observation_key,
    parse_row,
    staged,
    stray_cell,
)
from app.metrics.models import Qualifier

COLUMNS: tuple[str, ...] = ("jurisdiction", "fips", "metric", "period_start", "period_end")
COLUMNS += ("frequency", "value", "qualifier", "text_as_written", "source")
MARKERS = ("__problem__", "__note__", "__column__")  # parse_row's instructions, not columns
QUALIFIERS = frozenset(Qualifier.__members__)


class LongParser:
    """Stages long-format rows of one file (`header` names the cells). What it learns is kept
    by the cells exactly as read, so a cell with stray spaces is checked (and learnt) once too."""

    def __init__(self, header: list[str], ctx: Context, problems: list[RowProblem]) -> None:
        at = {name: i for i, name in enumerate(header)}  # a repeated name: the last one
        self.header, self.ctx, self.problems = header, ctx, problems
        blank = len(header)  # a missing column reads the empty cell appended to every row
        self.pick = itemgetter(*(at.get(name, blank) for name in COLUMNS))
        # What accepted cells stand for, by the cells as read:
        self.places: dict[tuple[str, str], str] = {}  # (jurisdiction, fips) -> slug
        self.metrics: dict[str, tuple[str, str]] = {}  # metric -> (key, unit)
        # (period_start, period_end, frequency) -> (ISO start, ISO end, frequency)
        self.periods: dict[tuple[str, str, str], tuple[str, str, str | None]] = {}
        self.qualifiers: dict[str, str] = {}  # qualifier -> qualifier (exact when blank)

    def staged(self, line: int, cells: list[str]) -> tuple[Any, ...] | None:
        """The row as the staging table holds it, or None with its problems recorded."""
        if len(cells) != len(self.header):
            return self._checked(line, cells)
        j, f, m, s, e, fr, v, q, t, src = self.pick([*cells, ""])
        slug, metric = self.places.get((j, f)), self.metrics.get(m)
        period, qualifier = self.periods.get((s, e, fr)), self.qualifiers.get(q)
        if slug is None or metric is None or period is None or qualifier is None:
            return self._checked(line, cells)
        try:
            value = float(v)  # as parse_row reads it (spaces around the number allowed)
        except ValueError:
            return self._checked(line, cells)
        if not math.isfinite(value) or (value < 0 and metric[1] != "percent"):
            return self._checked(line, cells)
        start, end, frequency = period
        key = observation_key(slug, metric[0], start, end)
        text = t.strip() or v.strip()
        return (
            line,
            key,
            slug,
            metric[0],
            start,
            end,
            frequency,
            value,
            qualifier,
            text,
            src.strip(),
        )

    def _checked(self, line: int, cells: list[str]) -> tuple[Any, ...] | None:
        """The row through parse_row; once accepted, its cells are known good for later rows."""
        if (stray := stray_cell(self.header, cells)) is not None:
            self.problems.append(RowProblem(line, *stray))
            return None
        row = by_name(self.header, cells)
        for marker in MARKERS:  # a file's column of that name is just not read
            row.pop(marker, None)
        parsed = parse_row(line, row, self.ctx, self.problems)
        if parsed is None:
            return None
        result = staged(line, parsed)
        if len(cells) == len(self.header):
            j, f, m, s, e, fr, _v, q, _t, _src = self.pick([*cells, ""])
            self.places[(j, f)] = parsed["slug"]
            self.metrics[m] = (parsed["metric_key"], self.ctx.metrics[parsed["metric_key"]])
            self.periods[(s, e, fr)] = (result[4], result[5], parsed["frequency"])
            self.qualifiers[q] = parsed["qualifier"]
        return result
