"""Articles, declared once: every registry of the API reads this."""

from app.articles import service, writes
from app.articles.models import ArticleDetail
from app.resources.declaration import Resource
from app.search.routes import Collection

RESOURCE = Resource(
    name="articles",
    description="Blog posts and what they mention.",
    spec=service.SPEC,
    collection=Collection(
        plural="articles",
        singular="article",
        description="Blog posts (without body), sorted by slug. Filters combine with AND.",
        shape=ArticleDetail,
        get=service.get_by_slug,
        detail_description="The article's Markdown body, authors, tags and every jurisdiction, "
        "organization and network it mentions.",
    ),
    writable=writes.WRITABLE,
    search=service.SEARCH,
    after=(
        "people",
        "action-areas",
        "jurisdictions",
        "organizations",
        "networks",
        "documents",
        "sources",
    ),
)
