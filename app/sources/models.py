"""Provenance tables: captured documents and the quoted passages that back records."""

from datetime import datetime
from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401  (naming convention before tables)
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Flag, Label, Note, Prose, Slug, Text, Url


class Document(Stamped, table=True):
    """A captured page of the network's website (or, later, an imported file); each column
    declared once (`Shown`, `Accepted`); an import sets the file's digest, rows and time."""

    id: int | None = Field(default=None, primary_key=True)
    key: Annotated[str, Shown("Stable key of the document."), Accepted(Slug)] = Field(
        unique=True, index=True
    )
    kind: Annotated[str, Shown("blog_post, jurisdiction_profile or import_file."), Accepted(Text)]
    title: Annotated[str, Shown("Title of the page as captured."), Accepted(Text)]
    capture: Annotated[
        str | None, Shown("File of the capture that holds the page."), Accepted(Label)
    ] = None
    lines: Annotated[
        str | None, Shown("Line range of the page within the capture."), Accepted(Label)
    ] = None
    url: Annotated[
        str | None,
        Shown("Address of the page; null: the capture did not record it."),
        Accepted(Url),
    ] = None
    sha256: Annotated[str | None, Shown("SHA-256 of an imported file; null for pages.")] = None
    row_count: Annotated[int | None, Shown("Rows of an imported file; null for pages.")] = None
    imported_at: Annotated[
        datetime | None, Shown("When an imported file was imported; null for pages.")
    ] = None


class Source(Stamped, table=True):
    """A quoted passage of a document; records point here for their provenance (each column
    declared once: `Shown`, `Accepted`)."""

    id: Annotated[
        str,
        Shown("Stable id of the source passage.", "milwaukee-county-wi-headline-change"),
        Accepted(Slug),
    ] = Field(primary_key=True)
    document_id: Annotated[int, Accepted(Slug, name="document", by="key")] = Field(
        foreign_key="document.id", index=True
    )
    section: Annotated[
        str | None, Shown("Section of the page the passage sits in."), Accepted(Label)
    ] = None
    section_inferred: Annotated[
        bool,
        Shown("True when the capture lost the section header and it was inferred."),
        Accepted(Flag),
    ] = False
    passage: Annotated[str, Shown("The passage, verbatim."), Accepted(Prose)]
    note: Annotated[str | None, Shown("What was inferred, and why."), Accepted(Note)] = None


DocumentPublic = public_model("DocumentPublic", "The document a passage comes from.", Document)
SourcePublic = public_model(
    "SourcePublic",
    "A passage quoted verbatim from the source material.",
    Source,
    extra={"document": (DocumentPublic, PField())},
)
