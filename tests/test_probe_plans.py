"""PostgreSQL plans a probed page of a list's `q=` once per connection, not once per request
(`search/plans.py:_tsv_probe`): among many articles that nearly all match, the plan the server
makes for any words (its generic plan) costs what a plan for the request's own words costs, so
once the driver prepares the statement the server keeps the generic plan; and it does."""

import re
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import psycopg
import pytest
from psycopg import sql as pg_sql
from sqlalchemy import Engine, event, text
from sqlmodel import Session

from app.core.db import engine_for, reading
from app.resources import registry
from app.search import index
from app.search.plans import Share
from tests.conftest import IS_POSTGRES, WriteEnv
from tests.helpers import API, driver_url

pytestmark = pytest.mark.skipif(not IS_POSTGRES, reason="PostgreSQL's cache of prepared plans")
CROWD = 3000  # scratch articles, all saying "jail": most records match, as where a probe runs
SCRATCH_ARTICLES = (
    "INSERT INTO article (slug, title, published, body, note, updated_at) "
    "SELECT 'scratch-article-' || g, 'Scratch article ' || g, DATE '2020-01-01' + g % 900, "
    "'The county jail population, day ' || g || '.', 'Scratch test row.', now() "
    "FROM generate_series(1, :crowd) AS g"
)


@pytest.fixture(scope="module")
def crowded(write_env: WriteEnv) -> Iterator[WriteEnv]:
    """The module's scratch database with CROWD more articles (dropped with it), indexed and
    analysed; every `q=` of a list probes."""
    engine = engine_for(write_env.url)
    with Session(engine) as session, session.begin():
        session.execute(text(SCRATCH_ARTICLES), {"crowd": CROWD})
        index.rebuild(session, registry.indexed())
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Share, "plan", lambda self, page: "probe")
        yield write_env


def _probe_statement(env: WriteEnv, reader: Engine) -> tuple[str, dict[str, Any]]:
    """The SQL and values of a probed page of articles, as the app runs it."""
    ran: list[tuple[str, dict[str, Any]]] = []

    def seen(*args: Any) -> None:
        ran.append((args[2], args[3]))

    event.listen(reader, "before_cursor_execute", seen)
    try:
        assert env.client.get(f"{API}/articles?q=jail&limit=3").status_code == 200
    finally:
        event.remove(reader, "before_cursor_execute", seen)
    [found] = [(sql, values) for sql, values in ran if sql.startswith("SELECT article.id")]
    return found


def _plan_cost(url: str, sql: str, values: dict[str, Any], mode: str) -> float:
    """The total cost of the plan PostgreSQL makes for the prepared statement in a plan cache
    mode: for these values (custom) or for any (generic)."""
    order = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", sql)))
    prepared = re.sub(r"%\((\w+)\)s", lambda m: f"${order.index(m.group(1)) + 1}", sql)
    with psycopg.connect(driver_url(url)) as conn:
        given = ", ".join(pg_sql.Literal(values[name]).as_string(conn) for name in order)
        conn.execute(f"PREPARE probe AS {prepared}")
        conn.execute(f"SET plan_cache_mode = {mode}")
        explained = f"EXPLAIN (FORMAT JSON) EXECUTE probe({given})"
        [[[plan]]] = conn.execute(explained).fetchall()
    return float(plan["Plan"]["Total Cost"])


def test_a_probe_planned_for_any_words_costs_what_one_for_its_words_does(
    crowded: WriteEnv,
) -> None:
    sql, values = _probe_statement(crowded, reading(engine_for(crowded.url)))
    generic = _plan_cost(crowded.url, sql, values, "force_generic_plan")
    custom = _plan_cost(crowded.url, sql, values, "force_custom_plan")
    # The server keeps the generic plan when it costs less than a custom plan and the
    # planning the server charges it (at least 1000 x cpu_operator_cost: 2.5).
    assert generic < custom + 2.5, (generic, custom)


def test_the_server_keeps_one_plan_for_a_probe(crowded: WriteEnv) -> None:
    reader = reading(engine_for(crowded.url))
    pool: Any = reader.pool  # a QueuePool
    for i in range(16 * (pool.checkedin() + 1)):  # distinct words: no stored answer
        assert crowded.client.get(f"{API}/articles?q=jail{i}&limit=3").status_code == 200
    made = "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE :p"
    with ExitStack() as stack:
        idle = [stack.enter_context(reader.connect()) for _ in range(pool.checkedin())]
        plans = [r for c in idle for r in c.execute(text(made), {"p": "SELECT article.id%"})]
    assert plans and sum(generic for generic, _ in plans) > 0, plans
    assert all(custom <= 5 for _, custom in plans), plans  # five made before it compares
