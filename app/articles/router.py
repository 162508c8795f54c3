"""HTTP routes for articles."""

from app.articles import service
from app.articles.models import ArticleDetail
from app.core.params import (
    ActionAreaQuery,
    AuthorQuery,
    JurisdictionQuery,
    PublishedFromQuery,
    PublishedToQuery,
)
from app.lists.envelopes import item_envelope
from app.search.routes import Collection, collection_router

ArticleList = service.SPEC.envelope("ArticleList", "A page of articles.")
ArticleItem = item_envelope("ArticleItem", ArticleDetail, "One article.")

router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="articles",
        singular="article",
        article="an",
        description="Blog posts (without body), sorted by slug. Filters combine with AND.",
        page=ArticleList,
        item=ArticleItem,
        get=service.get_by_slug,
        detail_description="The article's Markdown body, authors, tags and every jurisdiction, "
        "organization and network it mentions.",
        queries={
            "action_area": ActionAreaQuery,
            "author": AuthorQuery,
            "jurisdiction": JurisdictionQuery,
            "published_from": PublishedFromQuery,
            "published_to": PublishedToQuery,
        },
    ),
    prefix="/articles",
    tag="articles",
)
