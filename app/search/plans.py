"""How a list's `q=` is matched, chosen by the share of records that match (sampled) and by
what the page needs; every plan gives the same rows.

On SQLite, where an index entry's rowid carries its record's id:
- **look-up**: few match; each match is looked up by id and the matches sorted;
- **walk**: many match; the list's own order is walked and each row checked against the set
  of matching ids, built once (every match is read).
On both databases:
- **probe**: most match, the page is small and nothing but the index of its order decides
  which rows it walks; each row walked is checked against the index by itself, so the walk
  stops after the page and the matches past it are never read.
Otherwise PostgreSQL matches by key (`query.py`), reading every match through its GIN index.
PostgreSQL's probe is written so that the server plans it once per connection (`_tsv_probe`).

Costs measured on the benchmark's 10,000 articles, SQLite (docs/benchmarks.md): looking a
match up and sorting it about 1.9 us; putting a match in the set about 0.13 us; probing a
row about 9 us."""

import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    case,
    column,
    exists,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    true,
)
from sqlmodel import Session

from app.lists.engine import Narrowing

# Walking wins over looking up once more than one record in _WALK_BELOW matches.
_WALK_BELOW = 15
# A probe costs as much as putting _PROBE_COST matches in the set.
_PROBE_COST = 72
# The share that matches is counted among the _SAMPLE records with the highest ids, and
# reused for the same words for _FRESH_FOR seconds (a stale share only changes the plan).
_SAMPLE = 64
_FRESH_FOR = 60.0
_REMEMBERED = 1024

_RESOURCE_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_MATCHING_IDS = (
    "FROM search_index WHERE search_index MATCH :fts_match "
    "AND rowid >= :fts_start AND rowid < :fts_end"
)
_FTS5 = table("search_index", column("rowid", Integer), column("search_index"))
_TSV = table("search_index", column("resource"), column("key"), column("tsv"))


@dataclass(frozen=True)
class Page:
    """What a list's page asks of `q=`: the rows it reads (its limit and one more), and
    whether walking the index of its order alone gives them (no other filter narrows the
    list, and its first sort column is indexed), so that a walk can stop after the page."""

    rows: int
    walks_index: bool


@dataclass(frozen=True)
class Share:
    """The share of a table's records that match, counted among its newest `_SAMPLE` ids,
    and its highest id (about how many records the list walks)."""

    matching: float
    top: int

    def plan(self, page: Page | None) -> str:
        """`look-up`, `walk` or `probe`, whichever the costs above make cheapest."""
        if self.matching * _WALK_BELOW < 1:
            return "look-up"
        if page is None or not page.walks_index:
            return "walk"
        # a probe walk reads about rows / matching records; the set holds matching * top
        return "probe" if self.matching**2 * self.top > _PROBE_COST * page.rows else "walk"


@dataclass(frozen=True)
class Target:
    """What one `q=` is matched against: a list's table (its id and key columns) and the
    words as the database's index takes them (`words`: FTS5's MATCH on SQLite, the text of
    `websearch_to_tsquery` on PostgreSQL)."""

    resource: str
    ident: Any
    key: Any
    words: str
    rowids: tuple[int, int] | None  # SQLite: the resource's entries' rowids [start, end)


@dataclass(frozen=True)
class Plan:
    """The plan chosen for one `q=` of one list: `look-up`, `walk` or `probe`."""

    name: str
    target: Target
    dialect: str

    @property
    def reads_every_match(self) -> bool:
        """Whether it reads every match (all but the probe), which may take a while."""
        return self.name != "probe"

    def narrowing(self) -> Narrowing:
        """The probe as a condition a list's shaped page builds once, its values bound."""
        target = self.target
        if self.dialect == "sqlite":
            assert target.rowids is not None
            values: dict[str, Any] = {"fts_match": target.words, "fts_start": target.rowids[0]}
            return Narrowing("full-text probe, FTS5", _fts5_probe, values)
        key = target.key.key
        condition = partial(_tsv_probe, key, target.resource)
        return Narrowing("full-text probe, tsvector", condition, {"fts_query": target.words})

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        """The statement narrowed to the rows the index matches."""
        if self.name == "probe":
            narrowing = self.narrowing()
            condition = narrowing.condition(self.target.ident.class_)
            return stmt.where(condition).params(narrowing.values)
        assert self.target.rowids is not None
        start, end = self.target.rowids
        ids = text(f"SELECT rowid - :fts_start AS id {_MATCHING_IDS}")
        ids = ids.bindparams(fts_match=self.target.words, fts_start=start, fts_end=end)
        # `ident + 0` keeps SQLite from looking rows up by id, so it walks the list's own index
        ident = self.target.ident
        column = ident + 0 if self.name == "walk" else ident
        return stmt.where(column.in_(ids.columns(id=Integer)))


def _fts5_probe(model: Any) -> ColumnElement[bool]:
    """Whether FTS5 matches a row (its rowid looked up among the words' entries)."""
    return exists().where(
        _FTS5.c.search_index.op("MATCH")(bindparam("fts_match")),
        _FTS5.c.rowid == model.id + bindparam("fts_start"),
    )


def _tsv_probe(key: str, resource: str, model: Any) -> ColumnElement[bool]:
    """Whether PostgreSQL's index entry of a row (found by its `key` column) matches the
    words, written so that the server plans the probe once per connection, not per request.

    The probe is chosen here, for most records match (`Share.plan`); the server need not
    weigh it again. Its planner estimates `tsv @@ query` from the words when it sees them and
    at 0.5% when they are a parameter, so the plan made for any words (the generic plan)
    looked dearer than one made for these words and every probe was planned again: about
    half the server's time per search (docs/benchmarks.md). Behind `CASE` the match is an
    opaque condition, estimated alike for any words; the resource (the list's own) is
    written in the statement and the words parsed once, by a sub-select. So both plans are
    the same walk of the list's order, and the server keeps the generic one."""
    if not _RESOURCE_NAME.fullmatch(resource):  # written into SQL: letters, digits, _ and -
        raise ValueError(f"not a resource name: {resource!r}")
    words = select(func.websearch_to_tsquery(literal_column("'english'"), bindparam("fts_query")))
    matches = case((_TSV.c.tsv.op("@@")(words.scalar_subquery()), true()), else_=false())
    return exists().where(
        _TSV.c.resource == literal_column(f"'{resource}'"),
        _TSV.c.key == getattr(model, key),
        matches,
    )


def choose(session: Session, target: Target, page: Page | None) -> Plan | None:
    """The cheapest plan, by the sampled share of records that match and by the page; None
    on PostgreSQL when it is not a probe (match by key)."""
    dialect = session.get_bind().dialect.name
    name = share(session, target, dialect).plan(page)
    if dialect == "sqlite" or name == "probe":
        return Plan(name, target, dialect)
    return None


_SHARES: "OrderedDict[tuple[str, str, str], tuple[Share, float]]" = OrderedDict()


def share(session: Session, target: Target, dialect: str) -> Share:
    """The share of the target's records that match: sampled, or as sampled in the last
    `_FRESH_FOR` seconds for the same words."""
    remembered = (dialect, target.resource, target.words)
    now = time.monotonic()
    known = _SHARES.get(remembered)
    if known is not None and now - known[1] < _FRESH_FOR:
        return known[0]
    counted = sampled(session, target, dialect)
    _SHARES[remembered] = (counted, now)
    _SHARES.move_to_end(remembered)
    while len(_SHARES) > _REMEMBERED:
        _SHARES.popitem(last=False)
    return counted


def sampled(session: Session, target: Target, dialect: str) -> Share:
    """Count the matches among the records with the highest ids (one statement, reading at
    most `_SAMPLE` records and as many index entries)."""
    name = target.ident.expression.table.name
    if dialect == "sqlite":
        assert target.rowids is not None
        counted = text(
            f"SELECT top, (SELECT count(*) FROM {name} WHERE id > top - :fts_sample), "
            "(SELECT count(*) FROM search_index WHERE search_index MATCH :fts_match "
            "AND rowid > :fts_start + top - :fts_sample AND rowid <= :fts_start + top) "
            f"FROM (SELECT max(id) AS top FROM {name})"
        )
        values: dict[str, Any] = {"fts_match": target.words, "fts_start": target.rowids[0]}
    else:
        key = target.key.expression.name
        counted = text(
            f"SELECT (SELECT max(id) FROM {name}), count(*), count(*) FILTER (WHERE EXISTS ("
            "SELECT 1 FROM search_index s WHERE s.resource = :fts_resource "
            "AND s.key = newest.key "
            "AND s.tsv @@ websearch_to_tsquery('english', :fts_query))) "
            f"FROM (SELECT {key} AS key FROM {name} ORDER BY id DESC LIMIT :fts_sample) newest"
        )
        values = {"fts_resource": target.resource, "fts_query": target.words}
    values["fts_sample"] = _SAMPLE
    top, records, matches = session.connection().execute(counted, values).one()
    if not top or not records:
        return Share(0.0, 0)
    return Share(matches / records, top)
