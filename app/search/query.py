"""Search queries with one contract on both backends: words (stemmed, all must match) and
"quoted phrases", ranked, with a highlighted snippet."""

import re
from html import escape
from typing import Any

from sqlalchemy import Select, bindparam, text
from sqlalchemy.sql.elements import TextClause
from sqlmodel import Session

from app.search.index import id_range
from app.search.plans import Page, Plan, Target, choose

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


def plan_for(
    session: Session, resource: str, q: str, ident: Any, key: Any, page: Page | None = None
) -> Plan | None:
    """The plan matching q against a list's table (`plans.py`: its `ident` and `key`
    columns); None when the key answers (or q has no words)."""
    rowids = id_range(resource)
    parts = terms(q)
    if rowids is None or not parts:
        return None
    sqlite = session.get_bind().dialect.name == "sqlite"
    words = _sqlite_match(parts) if sqlite else _postgres_query(parts)
    return choose(session, Target(resource, ident, key, words, rowids), page)


def restrict(
    session: Session,
    stmt: Select[Any],
    key: Any,
    resource: str,
    q: str | None,
    planned: Plan | None = None,
) -> Select[Any]:
    """Keep only rows whose key matches the full-text query: by the plan when given
    (`plan_for`), otherwise by key."""
    if not q:
        return stmt
    if planned is not None:
        return planned.apply(stmt)
    dialect = session.get_bind().dialect.name
    keys = matching_keys(dialect, resource, q)
    if keys is None:
        return stmt.where(key.is_(None))
    return stmt.where(key.in_(keys.columns(key=key.type)))


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
