"""Input schemas of documents and source passages (seed files and writes)."""

from app.core.inputs import Flag, Label, Note, Prose, SeedModel, Slug, Text, Url


class DocumentSeed(SeedModel):
    key: Slug
    kind: Text
    title: Text
    capture: Label | None = None
    lines: Label | None = None
    url: Url | None = None


class SourceSeed(SeedModel):
    id: Slug
    document: Slug
    section: Label | None = None
    section_inferred: Flag = False
    passage: Prose
    note: Note | None = None
