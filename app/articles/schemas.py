"""Input schema of an article (seed files and writes), made from the table's declarations
(`Accepted`) with its links among them and its Markdown body last."""

from typing import Any

from pydantic import Field

from app.articles.models import Article
from app.core.fields import input_model
from app.core.inputs import RELATION_MAX, Slug
from app.core.schemas import SafeMarkdown


def _slugs() -> Any:
    return Field(default_factory=list, max_length=RELATION_MAX)


ArticleSeed = input_model(
    "ArticleSeed",
    Article,
    extra={
        "authors": (list[Slug], _slugs()),
        "action_areas": (list[Slug], _slugs()),
        "jurisdictions": (list[Slug], _slugs()),
        "organizations": (list[Slug], _slugs()),
        "networks": (list[Slug], _slugs()),
        "body": (SafeMarkdown, Field()),
    },
    before={
        "authors": "published",
        "action_areas": "document",
        "jurisdictions": "document",
        "organizations": "document",
        "networks": "document",
    },
)
