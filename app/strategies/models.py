"""Strategies: concrete programs and practices a jurisdiction runs."""

from enum import StrEnum
from typing import Annotated

from pydantic import Field as PField
from sqlmodel import Field, SQLModel

import app.core.base  # noqa: F401
from app.core.base import Stamped
from app.core.fields import Accepted, Shown, public_model
from app.core.inputs import Note, Prose, Slug, Text
from app.core.schemas import Ref


class StrategyStatus(StrEnum):
    """Status read from the source's tense."""

    in_place = "in_place"
    completed = "completed"
    planned = "planned"


class Strategy(Stamped, table=True):
    """A program or practice of one jurisdiction (each column declared once: `Shown`,
    `Accepted`)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: Annotated[
        str, Shown("Stable slug.", "milwaukee-county-wi-court-reminder-program"), Accepted(Slug)
    ] = Field(unique=True, index=True)
    jurisdiction_id: Annotated[int, Accepted(Slug, name="jurisdiction", by="slug")] = Field(
        foreign_key="jurisdiction.id", index=True
    )
    name: Annotated[str, Shown("Short label."), Accepted(Text)]
    description: Annotated[
        str, Shown("The source's own sentence(s) describing it.", searched=True), Accepted(Prose)
    ]
    status: Annotated[
        str | None,
        Shown("in_place, completed, planned; null if unknown.", as_type=StrategyStatus),
        Accepted(StrategyStatus),
    ] = None
    source_id: Annotated[str, Shown("Passage it comes from."), Accepted(Slug, name="source")] = (
        Field(foreign_key="source.id")
    )
    note: Annotated[str | None, Shown("What was inferred, and why."), Accepted(Note)] = None


class StrategyActionArea(SQLModel, table=True):
    """A strategy is tagged with an action area."""

    __tablename__ = "strategy_action_area"

    strategy_id: int = Field(foreign_key="strategy.id", primary_key=True)
    action_area_id: int = Field(foreign_key="action_area.id", primary_key=True, index=True)


StrategyPublic = public_model(
    "StrategyPublic",
    "A strategy with its jurisdiction, action areas and source.",
    Strategy,
    extra={
        "jurisdiction": (Ref, PField(description="The jurisdiction that runs it.")),
        "action_areas": (list[str], PField(description="Slugs of its action areas.")),
    },
    before="source_id",
)
