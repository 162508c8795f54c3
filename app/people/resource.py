"""People, declared once: every registry of the API reads this."""

from app.people import service, writes
from app.people.models import PersonDetail
from app.resources.declaration import Resource
from app.search.routes import Collection

RESOURCE = Resource(
    name="people",
    description="Authors and contacts.",
    spec=service.SPEC,
    collection=Collection(
        plural="people",
        singular="person",
        description="Authors and contacts, sorted by slug.",
        shape=PersonDetail,
        get=service.get_by_slug,
    ),
    writable=writes.WRITABLE,
    after=("organizations", "sources"),
)
