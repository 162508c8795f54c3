"""HTTP routes for strategies."""

from app.core.params import ActionAreaQuery, JurisdictionQuery
from app.lists.envelopes import item_envelope
from app.search.routes import Collection, collection_router
from app.strategies import service
from app.strategies.models import StrategyPublic

StrategyList = service.SPEC.envelope("StrategyList", "A page of strategies.")
StrategyItem = item_envelope("StrategyItem", StrategyPublic, "One strategy.")

router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="strategies",
        singular="strategy",
        article="a",
        description="Programs and practices the jurisdictions run, sorted by slug.",
        page=StrategyList,
        item=StrategyItem,
        get=service.get_by_slug,
        queries={"jurisdiction": JurisdictionQuery, "action_area": ActionAreaQuery},
    ),
    prefix="/strategies",
    tag="strategies",
)
