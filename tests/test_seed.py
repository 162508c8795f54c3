"""Seeding: idempotent, all-or-nothing, and a broken file names file, record and field."""

import dataclasses
import shutil
from pathlib import Path

import pytest

from app.core.db import build_engine
from app.core.migrations import upgrade
from app.seed import SeedError, seed_database
from app.seed import writer as seed_writer
from tests.conftest import SEED_DIR
from tests.helpers import dump_tables


@pytest.fixture
def seeded_scratch(fresh_url: str):  # type: ignore[no-untyped-def]
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    seed_database(engine, SEED_DIR)
    yield engine
    engine.dispose()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seed_data"
    shutil.copytree(SEED_DIR, target)
    return target


def test_seeding_twice_changes_nothing(seeded_scratch) -> None:  # type: ignore[no-untyped-def]
    before = dump_tables(seeded_scratch)
    report = seed_database(seeded_scratch, SEED_DIR)
    assert report.changed == 0
    assert dump_tables(seeded_scratch) == before


def test_corrected_seed_updates_only_what_changed(seeded_scratch, seed_copy: Path) -> None:  # type: ignore[no-untyped-def]
    path = seed_copy / "people.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: CJC Director", "title: Director"),
        encoding="utf-8",
    )
    report = seed_database(seeded_scratch, seed_copy)
    assert report.changed == 1
    assert report.tables["person"]["updated"] == 1


BROKEN = [
    (
        "jurisdictions.yaml",
        "fips: '55079'",
        "fips: '5507'",
        "jurisdictions.yaml, record #1 (milwaukee-county-wi), field 'fips'",
    ),
    ("jurisdictions.yaml", "kind: county", "kind: planet", "field 'kind'"),
    (
        "people.yaml",
        "title: CJC Director",
        "titel: CJC Director",
        "people.yaml, record #3 (mandy-potapenko), field 'titel'",
    ),
    (
        "strategies.yaml",
        "jurisdiction: milwaukee-county-wi",
        "jurisdiction: atlantis",
        "unknown reference 'atlantis'",
    ),
    (
        "observations.yaml",
        "text_as_written: 33,500 jail bookings per year",
        "text_as_written: 35,000 jail bookings per year",
        "field 'text_as_written'",
    ),
    ("observations.yaml", "value: 33500", "value: lots", "observations.yaml, record #4"),
    (
        "metrics.yaml",
        "- key: jail_bookings",
        "- key: jail_population_change",
        "duplicate natural key",
    ),
    ("action_areas.yaml", "- slug: courts", "- slug: [courts", "not valid YAML"),
]


@pytest.mark.parametrize(("file", "old", "new", "message"), BROKEN)
def test_broken_seed_file_is_refused_and_nothing_changes(
    seeded_scratch,
    seed_copy: Path,
    file: str,
    old: str,
    new: str,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    path = seed_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    before = dump_tables(seeded_scratch)
    with pytest.raises(SeedError) as excinfo:
        seed_database(seeded_scratch, seed_copy)
    assert message in str(excinfo.value)
    assert dump_tables(seeded_scratch) == before


def test_seed_file_in_wrong_encoding_is_refused(seed_copy: Path) -> None:
    path = seed_copy / "people.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(SeedError, match=r"people\.yaml: not UTF-8"):
        seed_database(build_engine("sqlite://"), seed_copy)


def test_failure_midway_writes_nothing(fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    upgrade(fresh_url)
    engine = build_engine(fresh_url)
    empty = dump_tables(engine)

    def explode(*_args: object) -> None:
        raise RuntimeError("disk full")

    *first, last = seed_writer.STEPS  # the articles, written last
    monkeypatch.setattr(seed_writer, "STEPS", (*first, dataclasses.replace(last, save=explode)))
    with pytest.raises(RuntimeError):
        seed_database(engine, SEED_DIR)
    assert dump_tables(engine) == empty
    engine.dispose()


def test_cli_seed_reports_refusal(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main
    from app.core.config import get_settings

    (seed_copy / "people.yaml").write_text("- slug: Bad Slug\n  name: X\n", encoding="utf-8")
    monkeypatch.setattr(get_settings(), "seed_dir", seed_copy)
    assert main(["seed"]) == 2
    assert (
        "seed refused, nothing written: people.yaml, record #1 (Bad Slug), field 'slug'"
        in capsys.readouterr().err
    )


def test_ratio_qualifiers_follow_their_inputs() -> None:
    from app.metrics.derive import ratio_qualifier
    from app.metrics.models import Qualifier as Q

    assert ratio_qualifier(Q.almost, Q.exact) == Q.almost
    assert ratio_qualifier(Q.exact, Q.more_than) == Q.less_than
    assert ratio_qualifier(Q.exact, Q.less_than) == Q.more_than
    assert ratio_qualifier(Q.more_than, Q.more_than) == Q.approximately
    assert ratio_qualifier(Q.exact, Q.exact) == Q.exact
