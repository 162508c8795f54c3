"""Source passages and the documents they quote, declared once: every registry of the API
reads these."""

from app.resources.declaration import Resource, SeedStep
from app.sources import service, writes
from app.sources.router import DocumentItem, SourceItem, documents_router, router

SOURCES = Resource(
    name="sources",
    description="Verbatim passages behind every record (provenance).",
    router=router,
    spec=service.SPEC,
    item=SourceItem,
    writable=writes.SOURCES,
    seed=(SeedStep.of("sources", writes.SOURCES),),
    after=("documents",),
)
DOCUMENTS = Resource(
    name="documents",
    description="Captured pages and imported files the passages quote.",
    router=documents_router,
    spec=service.DOCUMENTS,
    item=DocumentItem,
    writable=writes.DOCUMENTS,
    seed=(SeedStep.of("documents", writes.DOCUMENTS),),
    exported=False,
)
