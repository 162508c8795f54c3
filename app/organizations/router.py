"""HTTP routes for organizations."""

from app.core.params import StateQuery
from app.lists.envelopes import item_envelope
from app.organizations import service
from app.organizations.models import OrganizationDetail
from app.search.routes import Collection, collection_router

OrganizationList = service.SPEC.envelope("OrganizationList", "A page of organizations.")
OrganizationItem = item_envelope("OrganizationItem", OrganizationDetail, "One organization.")

router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="organizations",
        singular="organization",
        article="an",
        description="Lead agencies, partners and every organization the source names, sorted by "
        "slug.",
        page=OrganizationList,
        item=OrganizationItem,
        get=service.get_by_slug,
        queries={"state": StateQuery},
    ),
    prefix="/organizations",
    tag="organizations",
)
