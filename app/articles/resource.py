"""Articles, declared once: every registry of the API reads this."""

from app.articles import service, writes
from app.articles.router import ArticleItem, router
from app.resources.declaration import Resource, SeedStep

RESOURCE = Resource(
    name="articles",
    description="Blog posts and what they mention.",
    router=router,
    spec=service.SPEC,
    item=ArticleItem,
    writable=writes.WRITABLE,
    search=service.SEARCH,
    seed=(SeedStep.of("articles", writes.WRITABLE),),
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
