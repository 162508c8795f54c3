"""Provenance tables: captured documents and the quoted passages that back records."""

from datetime import datetime

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401  (naming convention before tables)
from app.core.base import Stamped


class Document(Stamped, table=True):
    """A captured page of the network's website (or, later, an imported file)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)
    kind: str
    title: str
    capture: str | None = None
    lines: str | None = None
    url: str | None = None
    sha256: str | None = None
    row_count: int | None = None
    imported_at: datetime | None = None


class Source(Stamped, table=True):
    """A quoted passage of a document; records point here for their provenance."""

    id: str = Field(primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    section: str | None = None
    section_inferred: bool = False
    passage: str
    note: str | None = None


class DocumentPublic(BaseModel):
    """The document a passage comes from."""

    key: str = PField(description="Stable key of the document.")
    kind: str = PField(description="blog_post, jurisdiction_profile or import_file.")
    title: str = PField(description="Title of the page as captured.")
    capture: str | None = PField(description="File of the capture that holds the page.")
    lines: str | None = PField(description="Line range of the page within the capture.")
    url: str | None = PField(
        description="Address of the page; null: the capture did not record it."
    )
    sha256: str | None = PField(description="SHA-256 of an imported file; null for pages.")
    row_count: int | None = PField(description="Rows of an imported file; null for pages.")
    imported_at: datetime | None = PField(
        description="When an imported file was imported; null for pages."
    )


class SourcePublic(BaseModel):
    """A passage quoted verbatim from the source material."""

    id: str = PField(
        description="Stable id of the source passage.",
        examples=["milwaukee-county-wi-headline-change"],
    )
    section: str | None = PField(description="Section of the page the passage sits in.")
    section_inferred: bool = PField(
        description="True when the capture lost the section header and it was inferred."
    )
    passage: str = PField(description="The passage, verbatim.")
    note: str | None = PField(description="What was inferred, and why.")
    document: DocumentPublic
