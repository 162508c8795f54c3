"""Read and validate seed_data/: every problem names the file, the record and the field."""

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.core.inputs import Input
from app.seed import schemas as s

M = TypeVar("M", bound=BaseModel)


class SeedError(Exception):
    """A seed file is broken; the message says where and why. Nothing was written."""

    def __init__(self, file: str, record: str | None, field_name: str | None, reason: str) -> None:
        where = (
            file
            + (f", record {record}" if record else "")
            + (f", field '{field_name}'" if field_name else "")
        )
        super().__init__(f"{where}: {reason}")
        self.file, self.record, self.field, self.reason = file, record, field_name, reason


@dataclass
class SeedBundle:
    """Every validated seed record, ready to write."""

    documents: list[Input] = field(default_factory=list)
    sources: list[Input] = field(default_factory=list)
    action_areas: list[Input] = field(default_factory=list)
    organizations: list[Input] = field(default_factory=list)
    people: list[Input] = field(default_factory=list)
    jurisdictions: list[Input] = field(default_factory=list)
    networks: list[Input] = field(default_factory=list)
    strategies: list[Input] = field(default_factory=list)
    metrics: list[Input] = field(default_factory=list)
    observations: list[Input] = field(default_factory=list)
    articles: list[Input] = field(default_factory=list)
    derived: list[s.DerivedSeed] = field(default_factory=list)


def _load_yaml(path: Path, text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SeedError(path.name, None, None, f"not valid YAML ({exc})") from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SeedError(path.name, None, None, "not UTF-8 text") from None


def _validate(model: type[M], raw: Any, file: str, index: int) -> M:
    label = f"#{index + 1}"
    if isinstance(raw, dict):
        natural = raw.get("slug") or raw.get("key") or raw.get("id")
        label += f" ({natural})" if natural else ""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or None
        raise SeedError(file, label, loc, first["msg"]) from None


def _records(seed_dir: Path, name: str, model: type[M]) -> list[M]:
    path = seed_dir / name
    if not path.exists():
        raise SeedError(name, None, None, "file is missing")
    raw = _load_yaml(path, _read_text(path))
    if not isinstance(raw, list):
        raise SeedError(name, None, None, "expected a list of records")
    return [_validate(model, item, name, i) for i, item in enumerate(raw)]


def _article(path: Path) -> Input:
    text = _read_text(path)
    name = f"articles/{path.name}"
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise SeedError(name, None, None, "expected YAML front matter between '---' lines")
    front_text, body = text[4:].split("\n---\n", 1)
    front = _load_yaml(path, front_text)
    if not isinstance(front, dict):
        raise SeedError(name, None, None, "front matter must be a mapping")
    return _validate(s.ArticleSeed, {**front, "body": body.strip("\n") + "\n"}, name, 0)


def _unique(records: Iterable[Any], attr: str, file: str) -> set[str]:
    seen: set[str] = set()
    for i, rec in enumerate(records):
        value = getattr(rec, attr)
        if value in seen:
            raise SeedError(file, f"#{i + 1} ({value})", attr, "duplicate natural key")
        seen.add(value)
    return seen


def read_seed_dir(seed_dir: Path) -> SeedBundle:
    """Parse and validate every seed file, then check that every reference resolves."""
    if not seed_dir.is_dir():
        raise SeedError(str(seed_dir), None, None, "seed directory not found")
    bundle = SeedBundle(
        documents=_records(seed_dir, "documents.yaml", s.DocumentSeed),
        sources=_records(seed_dir, "sources.yaml", s.SourceSeed),
        action_areas=_records(seed_dir, "action_areas.yaml", s.ActionAreaSeed),
        organizations=_records(seed_dir, "organizations.yaml", s.OrganizationSeed),
        people=_records(seed_dir, "people.yaml", s.PersonSeed),
        jurisdictions=_records(seed_dir, "jurisdictions.yaml", s.JurisdictionSeed),
        networks=_records(seed_dir, "networks.yaml", s.NetworkSeed),
        strategies=_records(seed_dir, "strategies.yaml", s.StrategySeed),
        metrics=_records(seed_dir, "metrics.yaml", s.MetricSeed),
        observations=_records(seed_dir, "observations.yaml", s.ObservationSeed),
        articles=[_article(p) for p in sorted((seed_dir / "articles").glob("*.md"))],
        derived=_records(seed_dir, "derived.yaml", s.DerivedSeed),
    )
    check_references(bundle)
    return bundle


def _check(
    file: str, records: Iterable[Any], label: Callable[[Any], str], attr: str, known: set[str]
) -> None:
    for i, rec in enumerate(records):
        value = getattr(rec, attr)
        values = value if isinstance(value, list) else [value]
        for v in values:
            ref = (  # a link names its target in a field; a plain reference is the value
                getattr(v, "jurisdiction", None)
                or getattr(v, "organization", None)
                or getattr(v, "metric", None)
                or v
            )
            if ref is not None and ref not in known:
                raise SeedError(
                    file, f"#{i + 1} ({label(rec)})", attr, f"unknown reference '{ref}'"
                )


# What each seed file's records name, in the order they are checked: file, collection,
# the field that labels a record, and (field, the collection it names) pairs.
REFERENCES = (
    ("sources.yaml", "sources", "id", (("document", "documents"),)),
    (
        "organizations.yaml",
        "organizations",
        "slug",
        (("parent", "organizations"), ("source", "sources")),
    ),
    ("people.yaml", "people", "slug", (("organization", "organizations"), ("source", "sources"))),
    (
        "jurisdictions.yaml",
        "jurisdictions",
        "slug",
        (
            ("action_areas", "action_areas"),
            ("lead_agency", "organizations"),
            ("partners", "organizations"),
            ("contacts", "people"),
            ("source", "sources"),
        ),
    ),
    (
        "networks.yaml",
        "networks",
        "slug",
        (
            ("jurisdictions", "jurisdictions"),
            ("organizations", "organizations"),
            ("source", "sources"),
        ),
    ),
    (
        "strategies.yaml",
        "strategies",
        "slug",
        (
            ("jurisdiction", "jurisdictions"),
            ("action_areas", "action_areas"),
            ("source", "sources"),
        ),
    ),
    ("metrics.yaml", "metrics", "key", (("related", "metrics"),)),
    (
        "observations.yaml",
        "observations",
        "key",
        (
            ("jurisdiction", "jurisdictions"),
            ("metric", "metrics"),
            ("source", "sources"),
            ("strategy", "strategies"),
        ),
    ),
    (
        "articles/",
        "articles",
        "slug",
        (
            ("authors", "people"),
            ("action_areas", "action_areas"),
            ("jurisdictions", "jurisdictions"),
            ("organizations", "organizations"),
            ("networks", "networks"),
            ("document", "documents"),
            ("source", "sources"),
        ),
    ),
)
KEYS = (  # collection, natural key, file: every natural key is unique
    ("documents", "key", "documents.yaml"),
    ("sources", "id", "sources.yaml"),
    ("action_areas", "slug", "action_areas.yaml"),
    ("organizations", "slug", "organizations.yaml"),
    ("people", "slug", "people.yaml"),
    ("jurisdictions", "slug", "jurisdictions.yaml"),
    ("networks", "slug", "networks.yaml"),
    ("strategies", "slug", "strategies.yaml"),
    ("metrics", "key", "metrics.yaml"),
    ("observations", "key", "observations.yaml"),
    ("articles", "slug", "articles/"),
)


def check_references(b: SeedBundle) -> None:
    """Every slug a record names must exist; every figure must appear in its passage."""
    known = {name: _unique(getattr(b, name), key, file) for name, key, file in KEYS}
    for file, name, key, references in REFERENCES:
        for attr, target in references:
            _check(file, getattr(b, name), operator.attrgetter(key), attr, known[target])
    _check_derived(b, known["metrics"])
    _check_figures(b)


def _check_derived(b: SeedBundle, metrics: set[str]) -> None:
    observations = {o.key: o for o in b.observations}
    for i, d in enumerate(b.derived):
        label = f"#{i + 1} ({d.key})"
        if d.key in observations:
            raise SeedError("derived.yaml", label, "key", "duplicate of an observation key")
        if d.metric not in metrics:
            raise SeedError("derived.yaml", label, "metric", f"unknown reference '{d.metric}'")
        for ref in d.inputs:
            if ref not in observations:
                raise SeedError("derived.yaml", label, "inputs", f"unknown observation '{ref}'")
        numerator, denominator = (observations[k] for k in d.inputs)
        if (numerator.jurisdiction, numerator.period_start, numerator.period_end) != (
            denominator.jurisdiction,
            denominator.period_start,
            denominator.period_end,
        ):
            raise SeedError(
                "derived.yaml", label, "inputs", "inputs differ in jurisdiction or period"
            )
        if denominator.value == 0:
            raise SeedError("derived.yaml", label, "inputs", "the denominator is zero")


def _check_figures(b: SeedBundle) -> None:
    passages = {src.id: src.passage for src in b.sources}
    for i, obs in enumerate(b.observations):
        if obs.text_as_written not in passages[obs.source]:
            raise SeedError(
                "observations.yaml",
                f"#{i + 1} ({obs.key})",
                "text_as_written",
                f"not found verbatim in source '{obs.source}'",
            )
        if obs.period_start and obs.period_end and obs.period_end < obs.period_start:
            raise SeedError(
                "observations.yaml",
                f"#{i + 1} ({obs.key})",
                "period_end",
                "ends before period_start",
            )
