"""How articles and what they mention are written."""

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from app import models as m
from app.articles import service
from app.articles.schemas import ArticleSeed
from app.core.inputs import Input
from app.writes.columns import form, resolve
from app.writes.engine import Writable
from app.writes.refs import Refs, linked, put_row, replace_links, slugs

MENTIONS = [
    ("action_areas", m.ArticleActionArea, "action_area_id", m.ActionArea),
    ("jurisdictions", m.ArticleJurisdiction, "jurisdiction_id", m.Jurisdiction),
    ("organizations", m.ArticleOrganization, "organization_id", m.Organization),
    ("networks", m.ArticleNetwork, "network_id", m.Network),
]


def load(session: Session, row: m.Article) -> dict[str, Any]:
    """The writable form of an article."""
    mentions = {
        name: slugs(
            session,
            select(target.slug).join(link).where(link.article_id == row.id).order_by(target.slug),
        )
        for name, link, _column, target in MENTIONS
    }
    authors = slugs(
        session,
        linked(m.Person.slug, m.ArticleAuthor, "article_id", row.id).order_by(
            m.ArticleAuthor.position
        ),
    )
    extra = {"authors": authors, **mentions, "body": row.body}
    return form(session, m.Article, row, ArticleSeed, extra)


def save(session: Session, body: Input, row: m.Article | None) -> m.Article:
    """Insert or update the row and replace its authors and mentions."""
    refs = Refs(session)
    authors = refs.many(m.Person, body.authors, "/authors")
    linked = {
        name: refs.many(target, getattr(body, name), f"/{name}") for name, *_, target in MENTIONS
    }
    values = {**resolve(refs, m.Article, body), "body": body.body}
    refs.check()
    row = put_row(session, m.Article, row, values)
    replace_links(
        session,
        m.ArticleAuthor,
        "article_id",
        row.id,
        [{"person_id": p, "position": i} for i, p in enumerate(authors)],
    )
    for name, link, column, _target in MENTIONS:
        replace_links(session, link, "article_id", row.id, [{column: x} for x in linked[name]])
    return row


WRITABLE = Writable(
    resource="articles",
    singular="article",
    model=m.Article,
    key_field="slug",
    schema=ArticleSeed,
    load=load,
    save=save,
    view=service.get_by_slug,
    example={
        "slug": "example-post",
        "title": "Example post",
        "published": "2026-11-26",
        "authors": ["mandy-potapenko"],
        "jurisdictions": ["milwaukee-county-wi"],
        "body": "Markdown body.",
    },
    dependents=lambda _session, _row: [],
    links=(
        (m.ArticleAuthor, "article_id"),
        *((link, "article_id") for _name, link, _column, _target in MENTIONS),
    ),
    reindex=service.SEARCH.reindex,
)
