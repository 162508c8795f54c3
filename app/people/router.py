"""HTTP routes for people."""

from app.lists.envelopes import item_envelope
from app.people import service
from app.people.models import PersonDetail
from app.search.routes import Collection, collection_router

PersonList = service.SPEC.envelope("PersonList", "A page of people.")


PersonItem = item_envelope("PersonItem", PersonDetail, "One person.")


router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="people",
        singular="person",
        article="a",
        description="Authors and contacts, sorted by slug.",
        page=PersonList,
        item=PersonItem,
        get=service.get_by_slug,
    ),
    prefix="/people",
    tag="people",
)
