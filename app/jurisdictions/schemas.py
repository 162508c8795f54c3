"""Input schema of a jurisdiction and its profile (seed files and writes), made from the
table's declarations (`Accepted`) with the links placed among them."""

from pydantic import Field

from app.core.fields import input_model
from app.core.inputs import RELATION_MAX, Slug
from app.jurisdictions.models import Jurisdiction

JurisdictionSeed = input_model(
    "JurisdictionSeed",
    Jurisdiction,
    extra={
        "action_areas": (list[Slug], Field(default_factory=list, max_length=RELATION_MAX)),
        "lead_agency": (Slug | None, Field(default=None)),
        "partners": (list[Slug], Field(default_factory=list, max_length=RELATION_MAX)),
        "contacts": (list[Slug], Field(default_factory=list, max_length=RELATION_MAX)),
    },
    before="background_and_approach",
)
