"""HTTP routes for action areas."""

from app.action_areas import service
from app.action_areas.models import ActionAreaPublic
from app.lists.envelopes import item_envelope
from app.search.routes import Collection, collection_router

ActionAreaList = service.SPEC.envelope("ActionAreaList", "A page of action areas.")


ActionAreaItem = item_envelope("ActionAreaItem", ActionAreaPublic, "One action area.")


router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="action areas",
        singular="action area",
        article="an",
        description="The taxonomy the network tags profiles, strategies and posts with, "
        "sorted by slug.",
        page=ActionAreaList,
        item=ActionAreaItem,
        get=service.get_by_slug,
    ),
    prefix="/action-areas",
    tag="action areas",
)
