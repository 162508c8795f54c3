"""Strategies: concrete programs and practices a jurisdiction runs."""

from enum import StrEnum

from pydantic import BaseModel
from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.schemas import Ref


class StrategyStatus(StrEnum):
    """Status read from the source's tense."""

    in_place = "in_place"
    completed = "completed"
    planned = "planned"


class Strategy(Stamped, table=True):
    """A program or practice of one jurisdiction."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", index=True)
    name: str
    description: str
    status: str | None = None
    source_id: str = Field(foreign_key="source.id")
    note: str | None = None


class StrategyActionArea(SQLModel, table=True):
    """A strategy is tagged with an action area."""

    __tablename__ = "strategy_action_area"

    strategy_id: int = Field(foreign_key="strategy.id", primary_key=True)
    action_area_id: int = Field(foreign_key="action_area.id", primary_key=True, index=True)


class StrategyPublic(BaseModel):
    """A strategy with its jurisdiction, action areas and source."""

    slug: str = PField(
        description="Stable slug.", examples=["milwaukee-county-wi-court-reminder-program"]
    )
    name: str = PField(description="Short label.")
    description: str = PField(description="The source's own sentence(s) describing it.")
    status: StrategyStatus | None = PField(
        description="in_place, completed, planned; null if unknown."
    )
    jurisdiction: Ref = PField(description="The jurisdiction that runs it.")
    action_areas: list[str] = PField(description="Slugs of its action areas.")
    source_id: str = PField(description="Passage it comes from.")
    note: str | None = PField(description="What was inferred, and why.")
