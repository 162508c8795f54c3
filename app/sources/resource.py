"""Source passages and the documents they quote, declared once: every registry of the API
reads these."""

from typing import Annotated

from fastapi import Path

from app.core.schemas import SLUG_PATTERN
from app.resources.declaration import Resource
from app.search.routes import Collection
from app.sources import service, writes
from app.sources.models import DocumentPublic, SourcePublic

DocumentKeyPath = Annotated[
    str, Path(pattern=SLUG_PATTERN, max_length=200, description="Key of the document.")
]

SOURCES = Resource(
    name="sources",
    description="Verbatim passages behind every record (provenance).",
    spec=service.SPEC,
    collection=Collection(
        plural="source passages",
        singular="source passage",
        description="Every passage that backs a record, verbatim, with the page and section it "
        "sits in.",
        shape=SourcePublic,
        get=service.get_by_id,
        key="id",
        stems=("sources", "source"),
    ),
    writable=writes.SOURCES,
    after=("documents",),
)
DOCUMENTS = Resource(
    name="documents",
    description="Captured pages and imported files the passages quote.",
    spec=service.DOCUMENTS,
    collection=Collection(
        plural="documents",
        singular="document",
        description="The captured pages and imported files that source passages quote.",
        shape=DocumentPublic,
        get=service.get_document,
        key="key",
        key_type=DocumentKeyPath,
    ),
    writable=writes.DOCUMENTS,
    exported=False,
)
