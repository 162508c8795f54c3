"""Every sentence of the captured source is carried by a record or explained in data-notes."""

import re
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.seed.coverage import Capture, Unit, render_map, split_units
from app.seed.reader import read_seed_dir
from tests.conftest import SEED_DIR
from tests.helpers import API, all_pages, get_json

DOCS = Path(__file__).resolve().parents[1] / "docs"
MARKER = "<!-- coverage: sentences without a record of their own -->"
STATUS_BASIS = re.compile(r"Status read from '([^']+)'")


@pytest.fixture(scope="module")
def capture() -> Capture:
    return Capture.read(SEED_DIR, read_seed_dir(SEED_DIR))


def explained() -> list[tuple[int, str]]:
    """The (line, sentence) rows of data-notes.md's table of sentences without a record."""
    text = (DOCS / "data-notes.md").read_text(encoding="utf-8").split(MARKER, 1)[1]
    rows = []
    for line in text.strip().splitlines()[2:]:
        if not line.startswith("| "):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((int(cells[0]), cells[1]))
    return rows


def matches(row: tuple[int, str], unit: Unit) -> bool:
    line, sentence = row
    if line != unit.line:
        return False
    if sentence.endswith(" …"):
        return unit.text.startswith(sentence.removesuffix(" …"))
    return unit.text == sentence


def test_the_capture_splits_into_sentences_and_clauses() -> None:
    assert split_units("Policy Research, Inc. (PRI) helps. The U.S. Department acts.") == [
        "Policy Research, Inc. (PRI) helps.",
        "The U.S. Department acts.",
    ]
    assert split_units("It expanded a; re-examined b; and increased c. Then d.") == [
        "It expanded a;",
        "re-examined b;",
        "and increased c.",
        "Then d.",
    ]


def test_every_record_quotes_what_its_passage_or_page_says(capture: Capture) -> None:
    assert capture.misquotes() == []


def test_a_misquote_is_caught(capture: Capture) -> None:
    strategy = next(q for q in capture.quotes if q.record.startswith("strategies/"))
    broken = replace(strategy, text=strategy.text.rstrip(".") + " and more.")
    bad = replace(capture, quotes=[*capture.quotes, broken])
    [problem] = bad.misquotes()
    assert problem.startswith(f"{strategy.record}.description")


def test_every_sentence_is_carried_or_explained(capture: Capture) -> None:
    rows = explained()
    needy = [u for u in capture.units if capture.needs_reason(u)]
    unexplained = [u for u in needy if not any(matches(r, u) for r in rows)]
    assert unexplained == []
    stale = [r for r in rows if not any(matches(r, u) for u in needy)]
    assert stale == []
    assert len(capture.units) > 140 and len(rows) < len(capture.units) / 5


def test_the_committed_map_is_current(capture: Capture) -> None:
    assert (DOCS / "coverage.md").read_text(encoding="utf-8") == render_map(capture)


def test_every_strategy_status_quotes_its_verb(client: TestClient) -> None:
    strategies = all_pages(client, f"{API}/strategies?limit=100")
    assert len(strategies) == 30
    for strategy in strategies:
        basis = STATUS_BASIS.search(strategy["note"] or "")
        if strategy["status"] is None:
            assert basis is None
            continue
        assert basis, strategy["slug"]
        assert basis.group(1) in strategy["description"]


def test_milwaukee_six_expansions_are_six_strategies(client: TestClient) -> None:
    strategies = all_pages(client, f"{API}/strategies?jurisdiction=milwaukee-county-wi")
    descriptions = {s["description"] for s in strategies}
    for clause in (
        "The county expanded the capacity for diversions and deferred prosecution agreements",
        "re-examined practices around unpaid fines and fees",
        "expanded mental health resources",
        "connected people to community-based behavioral health services",
        "created mental health diversion processes",
        "increased availability of peer support",
    ):
        assert clause in descriptions
    assert not any(d.endswith(";") for d in descriptions)


CITED = {
    "organizations": ("name", "abbreviation"),
    "people": ("name", "title"),
    "networks": ("name", "description"),
    "strategies": ("description",),
    "observations": ("text_as_written",),
}


@pytest.mark.parametrize("collection", sorted(CITED))
def test_every_cited_passage_contains_the_record_text(client: TestClient, collection: str) -> None:
    passages: dict[str, str] = {}
    records = all_pages(client, f"{API}/{collection}?limit=100")
    assert records
    for record in records:
        source = record["source_id"]
        if source is None or record.get("status") == "derived":
            continue
        if source not in passages:
            passages[source] = get_json(client, f"{API}/sources/{source}")["data"]["passage"]
        for field in CITED[collection]:
            if record[field]:
                assert record[field] in passages[source], (record.get("slug"), field)
