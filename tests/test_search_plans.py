"""A list's `q=` gives the same rows whichever way the database is asked: by the record ids the
SQLite index's numbered rowids carry (walking the list's order, looking each match up, or
probing each row walked) and by key, as PostgreSQL and the code before did; and the plan is
chosen by its costs."""

from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session

from app.articles.models import Article
from app.core.db import get_engine
from app.search import lists, plans, query
from app.search.index import BLOCK_BITS, BLOCKS
from app.search.plans import Page, Share, Target
from tests.conftest import IS_POSTGRES
from tests.helpers import API, all_pages

QUERIES = ["jail", "county", "diversions", '"court reminder"', "pokket", "zzzunmatched", "!!!"]
TABLES = {
    "articles": "article",
    "jurisdictions": "jurisdiction",
    "strategies": "strategy",
    "organizations": "organization",
}
LISTS = list(TABLES)


def by_key(resource: str, q: str) -> set[str]:
    """The keys the index matches, asked by key (the plan PostgreSQL uses)."""
    with Session(get_engine()) as session:
        keys = query.matching_keys(session.get_bind().dialect.name, resource, q)
        return set() if keys is None else set(session.scalars(keys))


def force(monkeypatch: pytest.MonkeyPatch, name: str | None) -> None:
    """Make every `q=` of a list take the named plan (None: the one its costs choose)."""
    if name is not None:
        monkeypatch.setattr(Share, "plan", lambda self, page: name)


@pytest.mark.parametrize("plan", ["look-up", "walk", "probe", None])
@pytest.mark.parametrize("resource", LISTS)
def test_each_plan_gives_the_rows_the_index_matches(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, resource: str, plan: str | None
) -> None:
    force(monkeypatch, plan)
    for q in QUERIES:
        for sort in ("slug", "-slug"):
            url = f"{API}/{resource}?{urlencode({'q': q, 'limit': 7, 'sort': sort})}"
            listed = [r["slug"] for r in all_pages(client, url)]
            assert listed == sorted(listed, reverse=sort == "-slug"), (resource, q)
            assert set(listed) == by_key(resource, q), (resource, q)


@pytest.mark.parametrize("plan", ["look-up", "walk", "probe"])
def test_each_plan_narrows_filters_counts_and_files_alike(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, plan: str
) -> None:
    """With other filters, `extras=count`, a whole CSV file, and a list that is not a
    collection's own (a jurisdiction's strategies), every plan gives what looking up by key
    gives."""
    urls = [
        f"{API}/articles?q=jail&action_area=courts&extras=count&limit=3",
        f"{API}/articles?q=county&extras=count&limit=3",
        f"{API}/articles.csv?q=county",
        f"{API}/jurisdictions/milwaukee-county-wi/strategies?q=court&limit=3",
    ]
    expected = {}
    force(monkeypatch, None)
    monkeypatch.setattr(lists, "plan_for", lambda *args: None)  # by key
    for url in urls:
        expected[url] = client.get(url).text
    monkeypatch.undo()
    force(monkeypatch, plan)
    for url in urls:
        got = client.get(url)
        assert got.status_code == 200, url
        assert got.text == expected[url], url


def test_a_probe_is_chosen_only_where_the_walk_stops_after_the_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page walks the index alone only without filters, counts, facets or files, and
    sorted by an indexed column; only then may the plan probe."""
    pages: dict[str, Page | None] = {}
    chosen = Share.plan

    def recorded(self: Share, page: Page | None) -> str:
        pages[url] = page
        return chosen(self, page)

    monkeypatch.setattr(Share, "plan", recorded)
    walks = {
        "q=jail&limit=5": True,
        "q=jail&limit=5&sort=-published": True,
        "q=jail&limit=5&sort=title": False,  # no index on the title
        "q=jail&limit=5&action_area=courts": False,
        "q=jail&limit=5&extras=count": False,
        "q=jail&limit=5&facet=author": False,
        "q=jail&limit=5&updated_since=2020-01-01T00:00:00Z": False,
    }
    for url, walking in walks.items():
        assert client.get(f"{API}/articles?{url}").status_code == 200, url
        assert pages[url] == Page(6, walking), url
    url = "q=jail"
    assert client.get(f"{API}/articles.csv?q=jail").status_code == 200
    assert pages[url] == Page(51, False)  # every row of the file


def test_the_costs_choose_the_plan() -> None:
    """Few matches: look each up; many: walk against the set; nearly all, a small page and a
    walk that stops after it: probe (see the costs in search/plans.py)."""
    small, large, unordered = Page(21, True), Page(501, True), Page(21, False)
    assert Share(0.05, 10_000).plan(small) == "look-up"
    assert Share(0.2, 10_000).plan(small) == "walk"
    assert Share(0.97, 10_000).plan(small) == "probe"
    assert Share(0.97, 10_000).plan(large) == "walk"  # 500 probes cost more than the set
    assert Share(0.97, 10_000).plan(unordered) == "walk"
    assert Share(0.97, 10_000).plan(None) == "walk"
    assert Share(0.97, 200).plan(small) == "walk"  # a small table: the set is cheap


def threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lists' hand-offs to a worker thread, recorded from now on."""
    handed: list[str] = []
    original = lists.run_in_threadpool

    async def counted(fn: object, *args: object) -> object:
        handed.append("thread")
        return await original(fn, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lists, "run_in_threadpool", counted)
    return handed


def test_a_probed_page_runs_on_the_event_loop(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A probe reads only the page's rows, so it needs no worker thread; the other plans
    read every match and get one."""
    handed = threads(monkeypatch)
    force(monkeypatch, "probe")
    assert client.get(f"{API}/articles?q=jail&limit=2").status_code == 200
    assert handed == []
    force(monkeypatch, "walk")
    assert client.get(f"{API}/articles?q=jail&limit=3").status_code == 200
    assert handed == ["thread"]


def test_a_page_sorting_every_row_gets_a_worker_thread(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by a column no index orders, with nothing narrowing the list, a page reads and
    sorts the whole table: that runs in a worker thread, not on the event loop."""
    handed = threads(monkeypatch)
    on_the_loop = [
        "observations?limit=2",  # the key's index
        "observations?limit=2&sort=metric",  # an index
        "observations?limit=2&sort=value&metric=jail_population_change",  # narrowed
    ]
    for path in on_the_loop:
        assert client.get(f"{API}/{path}").status_code == 200, path
        assert handed == [], path
    for path in ("observations?limit=2&sort=value", "jurisdictions?limit=2&sort=-state"):
        assert client.get(f"{API}/{path}").status_code == 200, path
        assert handed.pop() == "thread", path


def test_the_sample_counts_the_newest_records(client: TestClient) -> None:
    """The share is counted among the records with the highest ids, and their number."""
    with Session(get_engine()) as session:
        dialect = session.get_bind().dialect.name
        top = session.execute(text("SELECT max(id) FROM article")).scalar()
        newest = session.execute(
            text("SELECT slug FROM article WHERE id > :low"), {"low": top - plans._SAMPLE}
        ).scalars()
        matching = by_key("articles", "jail") & set(newest)
        words = '"jail"' if dialect == "sqlite" else "jail"
        start = BLOCKS["articles"] << BLOCK_BITS
        target = Target("articles", Article.id, Article.slug, words, (start, start << 1))
        share = plans.sampled(session, target, dialect)
        count = min(top, plans._SAMPLE)
        assert matching and share == Share(len(matching) / count, top)


def test_a_share_is_reused_for_the_same_words(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same words within `_FRESH_FOR` seconds reuse their share; other words, or after
    that, are sampled again."""
    counted: list[str] = []
    original = plans.sampled

    def recorded(session: Session, target: Target, dialect: str) -> Share:
        counted.append(target.words)
        return original(session, target, dialect)

    monkeypatch.setattr(plans, "sampled", recorded)
    monkeypatch.setattr(plans, "_SHARES", type(plans._SHARES)())
    for q, limit in (("jail", 11), ("jail", 12), ("county", 11), ("jail", 13)):  # not cached
        url = f"{API}/articles?{urlencode({'q': q, 'limit': limit})}"
        assert client.get(url).status_code == 200
    assert len(counted) == 2
    monkeypatch.setattr(plans, "_FRESH_FOR", 0.0)
    assert client.get(f"{API}/articles?q=jail&limit=14").status_code == 200
    assert len(counted) == 3


@pytest.mark.skipif(IS_POSTGRES, reason="rowids are SQLite's")
def test_sqlite_index_rowids_are_numbered_from_their_records(client: TestClient) -> None:
    with Session(get_engine()) as session:
        entries = session.execute(text("SELECT rowid, resource, key FROM search_index")).all()
        for resource, block in BLOCKS.items():
            table = TABLES[resource]
            ids = dict(session.execute(text(f"SELECT slug, id FROM {table}")).all())
            mine = [(rowid, key) for rowid, res, key in entries if res == resource]
            assert mine and all(rowid == block << BLOCK_BITS | ids[key] for rowid, key in mine)


def test_a_probe_writes_only_a_resource_name_into_its_sql() -> None:
    """PostgreSQL's probe writes the list's resource into its statement (planned once), so a
    name that is not one (a quote, a space) is refused when the probe is built."""
    assert "'action-areas'" in str(plans._tsv_probe("slug", "action-areas", Article))
    for bad in ("articles'; --", "Articles", "two words", ""):
        with pytest.raises(ValueError, match="not a resource name"):
            plans._tsv_probe("slug", bad, Article)
