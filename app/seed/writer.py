"""Write a validated seed bundle through each domain's own save path (the one the write API
uses), in dependency order, counting what each record's save changed."""

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from app import models as m
from app.action_areas.writes import WRITABLE as ACTION_AREAS
from app.articles.writes import WRITABLE as ARTICLES
from app.jurisdictions.writes import WRITABLE as JURISDICTIONS
from app.metrics import writes as metric_writes
from app.networks.writes import WRITABLE as NETWORKS
from app.organizations.writes import WRITABLE as ORGANIZATIONS
from app.people.writes import WRITABLE as PEOPLE
from app.seed.reader import SeedBundle
from app.sources.writes import DOCUMENTS, SOURCES
from app.strategies.writes import WRITABLE as STRATEGIES
from app.writes.engine import Writable


@dataclass
class SeedReport:
    """How many records of each table were inserted, updated or left unchanged (a record's
    links count with it; `metric_relation` counts each metric's set of relations)."""

    tables: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    skipped: int = 0

    @property
    def changed(self) -> int:
        """Records inserted or updated (0 when seeding again changed nothing)."""
        return sum(c["inserted"] + c["updated"] for c in self.tables.values())

    def summary(self) -> str:
        """One line per table (and the records left alone because the API changed them)."""
        lines = [
            f"{name}: {c['inserted']} inserted, {c['updated']} updated, {c['unchanged']} unchanged"
            for name, c in sorted(self.tables.items())
        ]
        if self.skipped:
            lines.append(f"{self.skipped} records left as edited through the API")
        return "\n".join(lines)


Load = Callable[[Session, Any], dict[str, Any]]
Save = Callable[[Session, Any, Any], Any]


@dataclass(frozen=True)
class Step:
    """One collection of the bundle and the domain functions that store and read it back."""

    label: str  # the table the report counts it under
    collection: str
    model: Any
    key: str
    load: Load
    save: Save
    order: Callable[[Sequence[Any]], Sequence[Any]] = lambda records: records
    resource: str | None = None  # the API resource its records are written (and audited) as

    @classmethod
    def of(cls, collection: str, w: Writable, **extra: Any) -> "Step":
        """The step of a writable resource: the seed writes exactly as the write API does."""
        table = str(w.model.__tablename__)
        return cls(
            table, collection, w.model, w.key_field, w.load, w.save, resource=w.resource, **extra
        )

    def write(self, session: Session, records: Sequence[Any], counts: Counter[str]) -> None:
        """Save every record; a record whose stored form did not change counts as unchanged."""
        stored = {getattr(r, self.key): r for r in session.exec(select(self.model)).all()}
        for record in self.order(records):
            row = stored.get(getattr(record, self.key))
            before = self.load(session, row) if row is not None else None
            saved = self.save(session, record, row)
            if before is None:
                counts["inserted"] += 1
            else:
                counts["unchanged" if self.load(session, saved) == before else "updated"] += 1


def parents_first(orgs: Sequence[Any]) -> list[Any]:
    """Organizations ordered so that each parent is written before its children."""
    by_slug = {o.slug: o for o in orgs}

    def depth(o: Any) -> int:
        d = 0
        while o.parent in by_slug and d < len(orgs):
            o, d = by_slug[o.parent], d + 1
        return d

    return sorted(orgs, key=depth)


STEPS = (
    Step.of("documents", DOCUMENTS),
    Step.of("sources", SOURCES),
    Step.of("action_areas", ACTION_AREAS),
    Step.of("organizations", ORGANIZATIONS, order=parents_first),
    Step.of("people", PEOPLE),
    Step.of("jurisdictions", JURISDICTIONS),
    Step.of("networks", NETWORKS),
    Step.of("strategies", STRATEGIES),
    Step(
        "metric", "metrics", m.Metric, "key", metric_writes.load_metric, metric_writes.save_metric
    ),
    Step(
        "metric_relation",
        "metrics",
        m.Metric,
        "key",
        metric_writes.load_relations,
        metric_writes.save_relations,
    ),
    Step.of("observations", metric_writes.WRITABLE),
    Step(
        "observation",
        "derived",
        m.Observation,
        "key",
        metric_writes.load_derived,
        metric_writes.save_derived,
    ),
    Step.of("articles", ARTICLES),
)


def write_bundle(session: Session, bundle: SeedBundle) -> SeedReport:
    """Write every record of the bundle; the caller owns the transaction."""
    report = SeedReport()
    for step in STEPS:
        step.write(session, getattr(bundle, step.collection), report.tables[step.label])
    return report
