"""Action areas: the taxonomy the network tags profiles, strategies and posts with."""

from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Slug, Text


class ActionArea(Stamped, table=True):
    """One action area (e.g. Diversion); each column declared once (`Shown`, `Accepted`)."""

    __tablename__ = "action_area"

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[str, Shown("Stable slug.", "diversion"), Accepted(Slug)] = Field(
        unique=True, index=True
    )
    name: Annotated[str, Shown("Name as written in the source.", "Diversion"), Accepted(Text)]


ActionAreaPublic = public_model(
    "ActionAreaPublic",
    "An action area with how often it is used.",
    ActionArea,
    extra={
        "jurisdiction_count": (int, PField(description="Jurisdictions tagged with it.")),
        "strategy_count": (int, PField(description="Strategies tagged with it.")),
        "article_count": (int, PField(description="Articles tagged with it.")),
    },
)
