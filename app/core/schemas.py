"""Shared types: slugs, state codes, and short references to related resources."""

from typing import Annotated

from fastapi import Path
from pydantic import BaseModel, Field

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

SlugPath = Annotated[
    str,
    Path(
        pattern=SLUG_PATTERN,
        max_length=200,
        description="Stable lowercase slug of the resource.",
    ),
]


class Ref(BaseModel):
    """A short reference to a related resource."""

    slug: str = Field(description="Slug of the related resource.")
    name: str = Field(description="Display name as written in the source.")


class RoleRef(Ref):
    """A related resource with the role it plays."""

    role: str = Field(description="Role as the source words it.")
