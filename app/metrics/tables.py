"""Series and comparisons as CSV for analysis tools: long (one row per jurisdiction and
period, typed columns) or wide (one row per period, one column per jurisdiction)."""

from typing import Any

from starlette.responses import Response

from app.lists.cells import csv_lines
from app.lists.render import MEDIA

SERIES_COLUMNS = [
    "jurisdiction",
    "metric",
    "unit",
    "period",
    "period_start",
    "period_end",
    "value",
    "coverage",
    "observations",
    "missing",
]
COMPARE_COLUMNS = [c for c in SERIES_COLUMNS if c != "observations"]
PERIOD_COLUMNS = ["period", "period_start", "period_end"]
CSV_ALTERNATIVE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The series as JSON; as CSV at `<path>.csv`.",
        "content": {MEDIA["csv"]: {"schema": {"type": "string"}}},
    }
}


def _csv(columns: list[str], rows: list[dict[str, Any]], name: str) -> Response:
    return Response(
        b"".join(csv_lines(columns, rows)),
        media_type=MEDIA["csv"],
        headers={"Content-Disposition": f'inline; filename="{name}.csv"'},
    )


def series_csv(body: dict[str, Any]) -> Response:
    """A series as long CSV: every bucket with its jurisdiction, metric and unit."""
    meta = body["meta"]
    fixed = {"jurisdiction": meta["jurisdiction"], "metric": meta["metric"], "unit": meta["unit"]}
    rows = [{**fixed, **bucket} for bucket in body["data"]]
    return _csv(SERIES_COLUMNS, rows, f"{meta['jurisdiction']}-{meta['metric']}")


def compare_csv(body: dict[str, Any], *, wide: bool) -> Response:
    """A comparison as long CSV (a row per jurisdiction and period) or wide (a column each)."""
    meta = body["meta"]
    slugs: list[str] = meta["jurisdictions"]
    name = f"compare-{meta['metric']}"
    if wide:
        rows = [
            {
                **{c: bucket[c] for c in PERIOD_COLUMNS},
                **{slug: bucket["values"][slug]["value"] for slug in slugs},
            }
            for bucket in body["data"]
        ]
        return _csv([*PERIOD_COLUMNS, *slugs], rows, f"{name}-wide")
    fixed = {"metric": meta["metric"], "unit": meta["unit"]}
    rows = [
        {
            **fixed,
            "jurisdiction": slug,
            **{c: bucket[c] for c in PERIOD_COLUMNS},
            **bucket["values"][slug],
        }
        for slug in slugs
        for bucket in body["data"]
    ]
    return _csv(COMPARE_COLUMNS, rows, name)
