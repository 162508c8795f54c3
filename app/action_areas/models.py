"""Action areas: the taxonomy the network tags profiles, strategies and posts with."""

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field

import app.core.base  # noqa: F401
from app.core.base import Stamped


class ActionArea(Stamped, table=True):
    """One action area (e.g. Diversion)."""

    __tablename__ = "action_area"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str


class ActionAreaPublic(BaseModel):
    """An action area with how often it is used."""

    slug: str = PField(description="Stable slug.", examples=["diversion"])
    name: str = PField(description="Name as written in the source.", examples=["Diversion"])
    jurisdiction_count: int = PField(description="Jurisdictions tagged with it.")
    strategy_count: int = PField(description="Strategies tagged with it.")
    article_count: int = PField(description="Articles tagged with it.")
