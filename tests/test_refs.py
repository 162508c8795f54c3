"""Related rows (`core/refs.py`) read through the driver, and a profile's relations read
together (one query on PostgreSQL), give what SQLAlchemy's own reading gives, item for item,
on the seeded database of whichever backend the suite runs on."""

from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from app.core.db import build_engine
from app.core.refs import Related, load_together
from app.jurisdictions import service as jurisdictions
from app.organizations import service as organizations
from app.people import service as people

RELATIONS = {
    **jurisdictions.PROFILE_RELATIONS,
    "org_networks": organizations.NETWORKS,
    "org_articles": organizations.ARTICLES,
    "contact_for": people.CONTACT_FOR,
}


@pytest.fixture(scope="module")
def seeded(seeded_url: str) -> Iterator[Engine]:
    engine = build_engine(seeded_url)
    yield engine
    engine.dispose()


def by_sqlalchemy(session: Session, relation: Related, parents: list[int]) -> dict[int, Any]:
    out: dict[int, list[dict[str, Any]]] = {p: [] for p in parents}
    for row in session.connection().execute(relation.statement, {"_parents": parents}):
        out[row[0]].append(dict(zip(relation.names, row[1:], strict=True)))
    return out


def parents_of(session: Session, relation: Related) -> list[int]:
    column, table = relation.parent.name, relation.parent.table.name
    return [r[0] for r in session.connection().exec_driver_sql(f"SELECT {column} FROM {table}")]


@pytest.mark.parametrize("name", list(RELATIONS))
def test_a_relation_read_through_the_driver_serves_the_same_items(
    seeded: Engine, name: str
) -> None:
    relation = RELATIONS[name]
    with Session(seeded) as session:
        parents = sorted(set(parents_of(session, relation)))
        assert parents, f"the seeded data has no {name}"
        loaded = relation.load(session, parents)
        assert orjson.dumps(loaded, option=orjson.OPT_NON_STR_KEYS) == orjson.dumps(
            by_sqlalchemy(session, relation, parents), option=orjson.OPT_NON_STR_KEYS
        )


def test_a_profiles_relations_read_together_are_the_same_as_one_by_one(seeded: Engine) -> None:
    with Session(seeded) as session:
        ids = [r[0] for r in session.connection().exec_driver_sql("SELECT id FROM jurisdiction")]
        for jid in ids:
            together = load_together(session, jurisdictions.PROFILE_RELATIONS, jid)
            apart = {
                name: by_sqlalchemy(session, r, [jid])[jid]
                for name, r in jurisdictions.PROFILE_RELATIONS.items()
            }
            assert orjson.dumps(together) == orjson.dumps(apart)
