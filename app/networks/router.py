"""HTTP routes for networks."""

from app.lists.envelopes import item_envelope
from app.networks import service
from app.networks.models import NetworkDetail
from app.search.routes import Collection, collection_router

NetworkList = service.SPEC.envelope("NetworkList", "A page of networks.")


NetworkItem = item_envelope("NetworkItem", NetworkDetail, "One network.")


router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="networks",
        singular="network",
        article="a",
        description="Networks, cohorts and initiatives, sorted by slug.",
        page=NetworkList,
        item=NetworkItem,
        get=service.get_by_slug,
        detail_summary="Get a network with its members",
    ),
    prefix="/networks",
    tag="networks",
)
