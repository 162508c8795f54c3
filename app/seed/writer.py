"""Write a validated seed bundle through each domain's own save path (the one the write API
uses), in dependency order, counting what each record's save changed."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session

from app.organizations.writes import parents_first
from app.resources import registry
from app.seed.reader import SeedBundle

__all__ = ["STEPS", "SeedReport", "parents_first", "write_bundle"]


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


STEPS = registry.seed_steps()  # every resource's own seed steps, each after what it refers to


def write_bundle(session: Session, bundle: SeedBundle) -> SeedReport:
    """Write every record of the bundle; the caller owns the transaction."""
    report = SeedReport()
    for step in STEPS:
        step.write(session, getattr(bundle, step.collection), report.tables[step.label])
    return report
