"""Write a validated seed bundle: upsert by natural key, sync link tables, count changes."""

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, SQLModel, select

from app import models as m
from app.metrics.derive import derive
from app.metrics.models import ObservationStatus, Qualifier
from app.seed.reader import SeedBundle


@dataclass
class SeedReport:
    """How many rows of each table were inserted, updated or left unchanged."""

    tables: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    skipped: int = 0

    @property
    def changed(self) -> int:
        """Rows inserted or updated (0 when seeding again changed nothing)."""
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


class Writer:
    """Upserts rows and link sets inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.report = SeedReport()

    def rows(
        self, model: type[SQLModel], key: str, records: Sequence[dict[str, Any]]
    ) -> dict[str, Any]:
        """Insert or update rows by natural key; return natural key -> primary key."""
        counts = self.report.tables[str(model.__tablename__)]
        existing = {getattr(o, key): o for o in self.session.exec(select(model)).all()}
        for values in records:
            obj = existing.get(values[key])
            if obj is None:
                obj = model(**values)
                self.session.add(obj)
                existing[values[key]] = obj
                counts["inserted"] += 1
                continue
            diff = {k: v for k, v in values.items() if getattr(obj, k) != v}
            for k, v in diff.items():
                setattr(obj, k, v)
            counts["updated" if diff else "unchanged"] += 1
        self.session.flush()
        pk = "key" if model is m.Metric else "id"
        return {k: getattr(o, pk) for k, o in existing.items()}

    def links(
        self, model: type[SQLModel], parent: str, desired: dict[Any, list[dict[str, Any]]]
    ) -> None:
        """Make each parent's link rows equal to `desired` (replace the set when it differs)."""
        counts = self.report.tables[str(model.__tablename__)]
        current: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        columns = list(model.model_fields)
        for row in self.session.exec(select(model)).all():
            current[getattr(row, parent)].append({c: getattr(row, c) for c in columns})
        for parent_id, rows in desired.items():
            want = sorted(
                tuple(sorted(r.items())) for r in ({parent: parent_id, **r} for r in rows)
            )
            have = sorted(tuple(sorted(r.items())) for r in current.get(parent_id, []))
            if want == have:
                counts["unchanged"] += len(want)
                continue
            column = getattr(model, parent)
            self.session.execute(delete(model).where(column == parent_id))
            self.session.add_all(model(**dict(r)) for r in want)
            counts["inserted" if not have else "updated"] += len(want)
        self.session.flush()


def _orgs_parents_first(orgs: Sequence[Any]) -> list[Any]:
    by_slug = {o.slug: o for o in orgs}

    def depth(o: Any) -> int:
        d = 0
        while o.parent and d < len(orgs):
            o, d = by_slug[o.parent], d + 1
        return d

    return sorted(orgs, key=depth)


def write_bundle(session: Session, b: SeedBundle) -> SeedReport:
    """Write every record of the bundle; the caller owns the transaction."""
    w = Writer(session)
    docs = w.rows(m.Document, "key", [d.model_dump() for d in b.documents])
    w.rows(
        m.Source,
        "id",
        [
            {**x.model_dump(exclude={"document"}), "document_id": docs[x.document]}
            for x in b.sources
        ],
    )
    areas = w.rows(m.ActionArea, "slug", [a.model_dump() for a in b.action_areas])
    orgs: dict[str, Any] = {}
    for o in _orgs_parents_first(b.organizations):
        values = {
            **o.model_dump(exclude={"parent", "source"}),
            "source_id": o.source,
            "parent_id": orgs[o.parent] if o.parent else None,
        }
        orgs.update(w.rows(m.Organization, "slug", [values]))
    people = w.rows(
        m.Person,
        "slug",
        [
            {
                **p.model_dump(exclude={"organization", "source"}),
                "source_id": p.source,
                "organization_id": orgs[p.organization] if p.organization else None,
            }
            for p in b.people
        ],
    )
    link_fields = {"action_areas", "lead_agency", "partners", "contacts", "source"}
    jurs = w.rows(
        m.Jurisdiction,
        "slug",
        [
            {**j.model_dump(exclude=link_fields), "kind": j.kind.value, "source_id": j.source}
            for j in b.jurisdictions
        ],
    )
    w.links(
        m.JurisdictionActionArea,
        "jurisdiction_id",
        {
            jurs[j.slug]: [{"action_area_id": areas[a]} for a in j.action_areas]
            for j in b.jurisdictions
        },
    )
    w.links(
        m.JurisdictionOrganization,
        "jurisdiction_id",
        {
            jurs[j.slug]: (
                [{"organization_id": orgs[j.lead_agency], "role": "lead_agency", "position": 0}]
                if j.lead_agency
                else []
            )
            + [
                {"organization_id": orgs[p], "role": "partner", "position": i}
                for i, p in enumerate(j.partners)
            ]
            for j in b.jurisdictions
        },
    )
    w.links(
        m.JurisdictionContact,
        "jurisdiction_id",
        {
            jurs[j.slug]: [
                {"person_id": people[p], "position": i} for i, p in enumerate(j.contacts)
            ]
            for j in b.jurisdictions
        },
    )
    nets = w.rows(
        m.Network,
        "slug",
        [
            {
                **n.model_dump(exclude={"jurisdictions", "organizations", "source"}),
                "source_id": n.source,
            }
            for n in b.networks
        ],
    )
    w.links(
        m.NetworkJurisdiction,
        "network_id",
        {
            nets[n.slug]: [
                {"jurisdiction_id": jurs[x.jurisdiction], "role": x.role} for x in n.jurisdictions
            ]
            for n in b.networks
        },
    )
    w.links(
        m.NetworkOrganization,
        "network_id",
        {
            nets[n.slug]: [
                {"organization_id": orgs[x.organization], "role": x.role} for x in n.organizations
            ]
            for n in b.networks
        },
    )
    strats = w.rows(
        m.Strategy,
        "slug",
        [
            {
                **x.model_dump(exclude={"jurisdiction", "action_areas", "source", "status"}),
                "status": x.status.value if x.status else None,
                "jurisdiction_id": jurs[x.jurisdiction],
                "source_id": x.source,
            }
            for x in b.strategies
        ],
    )
    w.links(
        m.StrategyActionArea,
        "strategy_id",
        {
            strats[x.slug]: [{"action_area_id": areas[a]} for a in x.action_areas]
            for x in b.strategies
        },
    )
    w.rows(m.Metric, "key", [x.model_dump(exclude={"related"}) for x in b.metrics])
    w.links(
        m.MetricRelation,
        "metric_key",
        {
            x.key: [{"related_key": r.metric, "relation": r.relation} for r in x.related]
            for x in b.metrics
        },
    )
    by_key = {o.key: o for o in b.observations}
    figures = [o.model_dump() for o in b.observations] + [derive(d, by_key) for d in b.derived]
    dropped = {"jurisdiction", "metric", "source", "strategy", "qualifier", "status"}
    w.rows(
        m.Observation,
        "key",
        [
            {
                **{k: v for k, v in f.items() if k not in dropped},
                "qualifier": Qualifier(f["qualifier"]).value,
                "status": "derived" if f.get("formula") else ObservationStatus(f["status"]).value,
                "jurisdiction_id": jurs[f["jurisdiction"]],
                "metric_key": f["metric"],
                "source_id": f["source"],
                "strategy_id": strats[f["strategy"]] if f.get("strategy") else None,
            }
            for f in figures
        ],
    )
    _write_articles(w, b, docs, areas, people, jurs, orgs, nets)
    return w.report


def _write_articles(
    w: Writer,
    b: SeedBundle,
    docs: dict[str, Any],
    areas: dict[str, Any],
    people: dict[str, Any],
    jurs: dict[str, Any],
    orgs: dict[str, Any],
    nets: dict[str, Any],
) -> None:
    link_fields = {
        "authors",
        "action_areas",
        "jurisdictions",
        "organizations",
        "networks",
        "document",
        "source",
    }
    arts = w.rows(
        m.Article,
        "slug",
        [
            {
                **a.model_dump(exclude=link_fields),
                "document_id": docs[a.document] if a.document else None,
                "source_id": a.source,
            }
            for a in b.articles
        ],
    )
    w.links(
        m.ArticleAuthor,
        "article_id",
        {
            arts[a.slug]: [{"person_id": people[p], "position": i} for i, p in enumerate(a.authors)]
            for a in b.articles
        },
    )
    for model, attr, column, lookup in [
        (m.ArticleActionArea, "action_areas", "action_area_id", areas),
        (m.ArticleJurisdiction, "jurisdictions", "jurisdiction_id", jurs),
        (m.ArticleOrganization, "organizations", "organization_id", orgs),
        (m.ArticleNetwork, "networks", "network_id", nets),
    ]:
        w.links(
            model,
            "article_id",
            {arts[a.slug]: [{column: lookup[x]} for x in getattr(a, attr)] for a in b.articles},
        )
