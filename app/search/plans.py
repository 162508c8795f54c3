"""How a list's `q=` is matched on SQLite, where an index entry's rowid carries its record's
id: three plans giving the same rows, chosen by the share of records that match (sampled)
and by what the page needs.

- **Look up**: few match; each match is looked up by id and the matches sorted.
- **Walk**: many match; the list's own order is walked and each row checked against the set
  of matching ids, built once (every match is read).
- **Probe**: most match, the page is small and nothing but the index of its order decides
  which rows it walks; each row walked is checked against the index by itself, so the walk
  stops after the page and the matches past it are never read.

Costs measured on the benchmark's 10,000 articles (docs/benchmarks.md): looking a match up
and sorting it about 1.9 us; putting a match in the set about 0.13 us; probing a row about
9 us."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, column, exists, table, text
from sqlmodel import Session

from app.lists.engine import Narrowing

# Walking wins over looking up once more than one record in _WALK_BELOW matches.
_WALK_BELOW = 15
# A probe costs as much as putting _PROBE_COST matches in the set.
_PROBE_COST = 72
# The share that matches is counted among the records with the _SAMPLE highest ids.
_SAMPLE = 64

_MATCHING_IDS = (
    "FROM search_index WHERE search_index MATCH :fts_match "
    "AND rowid >= :fts_start AND rowid < :fts_end"
)
_INDEX = table("search_index", column("rowid", Integer), column("search_index"))


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
        return "walk"


@dataclass(frozen=True)
class Plan:
    """The plan chosen for one `q=` of one list: `look-up`, `walk` or `probe`."""

    name: str
    ident: Any  # the table's id column
    params: dict[str, Any]

    @property
    def reads_every_match(self) -> bool:
        """Whether it reads every match (all but the probe), which may take a while."""
        return self.name != "probe"

    def narrowing(self) -> Narrowing:
        """The probe as a condition a list's shaped page builds once, its values bound."""
        values = {k: self.params[k] for k in ("fts_match", "fts_start")}
        return Narrowing("full-text probe", _probe, values)

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        """The statement narrowed to the rows whose id the index matches."""
        ident, params = self.ident, self.params
        if self.name == "probe":
            return stmt.where(_probe(ident.class_)).params(self.narrowing().values)
        ids = text(f"SELECT rowid - :fts_start AS id {_MATCHING_IDS}").bindparams(**params)
        # `ident + 0` keeps SQLite from looking rows up by id, so it walks the list's own index
        column = ident + 0 if self.name == "walk" else ident
        return stmt.where(column.in_(ids.columns(id=Integer)))


def _probe(model: Any) -> ColumnElement[bool]:
    """Whether the index matches a row (its rowid looked up in the term's entries)."""
    return exists().where(
        _INDEX.c.search_index.op("MATCH")(bindparam("fts_match")),
        _INDEX.c.rowid == model.id + bindparam("fts_start"),
    )


def plan(
    session: Session, ident: Any, rowids: tuple[int, int], match: str, page: Page | None
) -> Plan:
    """The cheapest plan for matching `match` against the index entries with rowids in
    [start, end), by the sampled share of records that match and by the page."""
    params = {"fts_match": match, "fts_start": rowids[0], "fts_end": rowids[1]}
    return Plan(sampled(session, ident, params).plan(page), ident, params)


def sampled(session: Session, ident: Any, params: dict[str, Any]) -> Share:
    """Count the matches among the records with the highest ids (one statement, reading at
    most `_SAMPLE` records and as many index entries)."""
    name = ident.expression.table.name
    counted = (
        f"SELECT top, (SELECT count(*) FROM {name} WHERE id > top - :fts_sample), "
        "(SELECT count(*) FROM search_index WHERE search_index MATCH :fts_match "
        "AND rowid > :fts_start + top - :fts_sample AND rowid <= :fts_start + top) "
        f"FROM (SELECT max(id) AS top FROM {name})"
    )
    values = {**params, "fts_sample": _SAMPLE}
    del values["fts_end"]
    top, records, matches = session.connection().exec_driver_sql(counted, values).one()
    if not top or not records:
        return Share(0.0, 0)
    return Share(matches / records, top)
