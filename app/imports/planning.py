"""The plan of an import (reads only): which staged rows are new, changed or unchanged."""

from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session

from app.imports.attached import sqlite_file
from app.imports.citations import same_citation
from app.imports.progress import Tracker
from app.imports.report import ImportReport
from app.imports.staging import COMPARED, INSERT, UNCHANGED, UPDATE, Staging, json_list
from app.metrics.models import Observation

BATCH = 2000

_STORED = select(
    Observation.key, *(getattr(Observation, c) for c in COMPARED), Observation.source_id
)
_KEYS = bindparam("keys")  # a batch of keys as one parameter, JSON text: encoded in C (an
# array parameter took psycopg 2.2 s of Python for 1,000,000 keys, a third of the planning)
_BY_KEYS = {
    "postgresql": _STORED.where(
        Observation.key.in_(
            select(func.jsonb_array_elements_text(cast(_KEYS, JSONB)).table_valued("value"))
        )
    ),
    "sqlite": _STORED.where(
        Observation.key.in_(select(func.json_each(_KEYS).table_valued("value")))
    ),
}


def plan(session: Session, staging: Staging, report: ImportReport, tracker: Tracker) -> None:
    """Second pass (reads only): the staged rows compared with the stored ones and what changes
    marked (a staged row is an insert until the plan says otherwise); on a SQLite file by the
    database itself, elsewhere in batches of keys."""
    connection = session.connection()
    if database := sqlite_file(connection):
        marks = staging.plan_against(database, Observation.__tablename__)
        report.inserted = marks.get(INSERT, 0)
        report.updated = marks.get(UPDATE, 0)
        report.unchanged = marks.get(UNCHANGED, 0)
        return
    _plan_by_keys(connection, staging, report, tracker)


def _plan_by_keys(
    connection: Connection, staging: Staging, report: ImportReport, tracker: Tracker
) -> None:
    """The plan through the driver: the stored rows of each batch of staged keys compared in
    Python with the staged ones (values and citation)."""
    stored_by_keys = _BY_KEYS[connection.dialect.name]
    for rows in staging.keys(BATCH):
        found = connection.execute(stored_by_keys, {"keys": json_list([r[1] for r in rows])})
        stored = {
            key: (tuple(_iso(v) for v in values), source_id) for key, *values, source_id in found
        }
        again = [(rowid, key) for rowid, key, _line in rows if key in stored]
        report.inserted += len(rows) - len(again)
        staged = staging.compared([rowid for rowid, _key in again])
        marks = []
        for rowid, key in again:
            (values, source_id), (staged_values, citation) = stored[key], staged[rowid]
            changed = values != staged_values or not same_citation(source_id, citation)
            marks.append((UPDATE if changed else UNCHANGED, rowid))
            report.updated += changed
            report.unchanged += not changed
        staging.mark(marks)
        tracker.update(rows_planned=rows[-1][-1] - 1)


def _iso(value: Any) -> Any:
    """A stored value as the staging table holds it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date) else value
