"""HTTP routes for source passages (the provenance of every record) and their documents."""

from typing import Annotated

from fastapi import Path, Query

from app.core.params import DocumentQuery
from app.core.schemas import SLUG_PATTERN
from app.lists.envelopes import item_envelope
from app.search.routes import Collection, collection_router
from app.sources import service
from app.sources.models import DocumentPublic, SourcePublic

SourceList = service.SPEC.envelope("SourceList", "A page of source passages.")
SourceItem = item_envelope("SourceItem", SourcePublic, "One source passage.")
router = collection_router(
    Collection(
        spec=service.SPEC,
        plural="source passages",
        singular="source passage",
        article="a",
        description="Every passage that backs a record, verbatim, with the page and section it "
        "sits in.",
        page=SourceList,
        item=SourceItem,
        get=service.get_by_id,
        queries={"document": DocumentQuery},
        key="id",
        stems=("sources", "source"),
    ),
    prefix="/sources",
    tag="sources",
)

KindQuery = Annotated[
    str | None,
    Query(
        pattern=r"^[a-z_]+$",
        max_length=50,
        description="Kind of document: blog_post, jurisdiction_profile, import_file, ...",
        examples=["jurisdiction_profile"],
    ),
]
DocumentKeyPath = Annotated[
    str, Path(pattern=SLUG_PATTERN, max_length=200, description="Key of the document.")
]
DocumentList = service.DOCUMENTS.envelope("DocumentList", "A page of documents.")
DocumentItem = item_envelope("DocumentItem", DocumentPublic, "One document.")
documents_router = collection_router(
    Collection(
        spec=service.DOCUMENTS,
        plural="documents",
        singular="document",
        article="a",
        description="The captured pages and imported files that source passages quote.",
        page=DocumentList,
        item=DocumentItem,
        get=service.get_document,
        queries={"kind": KindQuery},
        key="key",
        key_type=DocumentKeyPath,
    ),
    prefix="/documents",
    tag="documents",
)
