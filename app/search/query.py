"""Search queries with one contract on both backends: words (stemmed, all must match) and
"quoted phrases", ranked, with a highlighted snippet."""

import re
from html import escape
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select, text
from sqlalchemy.sql.elements import TextClause
from sqlmodel import Session

from app.search.index import id_range

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
# The database marks matches with private-use characters (never HTML): the snippet is escaped
# first and only then are the marks turned into <mark> tags, so stored text cannot inject markup.
_START, _STOP = "\ue000", "\ue001"


def safe_snippet(raw: str) -> str:
    """HTML-escape a snippet, then turn the database's match markers into <mark> tags."""
    return escape(raw, quote=True).replace(_START, "<mark>").replace(_STOP, "</mark>")


def terms(q: str) -> list[list[str]]:
    """Split a query into terms; each term is one word or a phrase (a list of words)."""
    out = []
    for phrase, word in _TOKEN.findall(q):
        words = _WORD.findall(phrase if phrase else word)
        if words:
            out.append(words)
    return out


def _sqlite_match(parts: list[list[str]]) -> str:
    return " ".join('"' + " ".join(words) + '"' for words in parts)


def _postgres_query(parts: list[list[str]]) -> str:
    return " ".join(('"' + " ".join(w) + '"') if len(w) > 1 else w[0] for w in parts)


def matching_keys(dialect: str, resource: str, q: str) -> TextClause | None:
    """A `SELECT key` of the resource's rows matching q (None when q has no words)."""
    parts = terms(q)
    if not parts:
        return None
    if dialect == "sqlite":
        clause = text(
            "SELECT key FROM search_index WHERE search_index MATCH :match AND resource = :resource"
        )
        return clause.bindparams(match=_sqlite_match(parts), resource=resource)
    clause = text(
        "SELECT key FROM search_index WHERE resource = :resource "
        "AND tsv @@ websearch_to_tsquery('english', :query)"
    )
    return clause.bindparams(query=_postgres_query(parts), resource=resource)


def restrict(
    session: Session, stmt: Select[Any], key: Any, resource: str, q: str | None, ident: Any = None
) -> Select[Any]:
    """Keep only rows whose key matches the full-text query (on SQLite, by the record ids the
    index's numbered rowids carry, when the table's `ident` column is given)."""
    if not q:
        return stmt
    dialect = session.get_bind().dialect.name
    rows = id_range(resource) if dialect == "sqlite" and ident is not None else None
    if rows is not None:
        return _restrict_by_id(session, stmt, ident, rows, terms(q))
    keys = matching_keys(dialect, resource, q)
    if keys is None:
        return stmt.where(key.is_(None))
    return stmt.where(key.in_(keys.columns(key=key.type)))


_MATCHING_IDS = (
    "FROM search_index WHERE search_index MATCH :fts_match "
    "AND rowid >= :fts_start AND rowid < :fts_end"
)
# Looking each match up by id and sorting them costs about 1.9 us a match; walking the table
# in the list's order and checking membership about 0.13 us a row (SQLite, 10,000 articles):
# walking wins once more than one row in 15 matches.
_WALK_BELOW = 15


def _restrict_by_id(
    session: Session, stmt: Select[Any], ident: Any, rows: tuple[int, int], parts: list[list[str]]
) -> Select[Any]:
    """Rows whose id the index matches; the plan chosen by how many match (see _WALK_BELOW)."""
    if not parts:
        return stmt.where(ident.is_(None))
    params = {"fts_match": _sqlite_match(parts), "fts_start": rows[0], "fts_end": rows[1]}
    ids = text(f"SELECT rowid - :fts_start AS id {_MATCHING_IDS}").bindparams(**params)
    matched = ids.columns(id=Integer)
    # `ident + 0` keeps SQLite from looking rows up by id, so it walks the list's own index
    column = ident + 0 if _dense(session, ident, params) else ident
    return stmt.where(column.in_(matched))


def _dense(session: Session, ident: Any, params: dict[str, Any]) -> bool:
    """Whether more than one row in _WALK_BELOW matches (counting no further than that)."""
    top = session.execute(select(func.max(ident))).scalar() or 0
    cap = top // _WALK_BELOW + 1
    counted = text(f"SELECT count(*) FROM (SELECT 1 {_MATCHING_IDS} LIMIT :fts_cap)")
    found = session.execute(counted, {**params, "fts_cap": cap}).scalar() or 0
    return found >= cap


def search(
    session: Session, *, q: str, resources: tuple[str, ...], limit: int, offset: int
) -> list[dict[str, Any]]:
    """Ranked hits across resources, each with a highlighted snippet."""
    parts = terms(q)
    if not parts:
        return []
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if session.get_bind().dialect.name == "sqlite":
        sql = text(
            "SELECT resource, key, title, "
            "snippet(search_index, -1, :start, :stop, '…', 24) AS snippet, "
            "-bm25(search_index, 0, 0, 10.0, 1.0) AS score "
            "FROM search_index WHERE search_index MATCH :match AND resource IN :resources "
            "ORDER BY score DESC, resource, key LIMIT :limit OFFSET :offset"
        )
        params.update(match=_sqlite_match(parts), start=_START, stop=_STOP)
    else:
        sql = text(
            "SELECT resource, key, title, "
            "ts_headline('english', title || ' — ' || body, query, :options) AS snippet, "
            "ts_rank_cd(tsv, query) AS score "
            "FROM search_index, websearch_to_tsquery('english', :query) AS query "
            "WHERE tsv @@ query AND resource IN :resources "
            "ORDER BY score DESC, resource, key LIMIT :limit OFFSET :offset"
        )
        params["query"] = _postgres_query(parts)
        params["options"] = (
            f"StartSel={_START}, StopSel={_STOP}, MaxWords=30, MinWords=12, MaxFragments=1"
        )
    sql = sql.bindparams(bindparam("resources", expanding=True))
    params["resources"] = list(resources)
    hits = [dict(r) for r in session.execute(sql, params).mappings()]
    for hit in hits:
        hit["snippet"] = safe_snippet(hit["snippet"])
    return hits
