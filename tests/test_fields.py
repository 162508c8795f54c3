"""The field declarations (`core/fields.py`): one column declaration makes every shape."""

from enum import StrEnum
from typing import Annotated

import pytest
from pydantic import BaseModel, ValidationError
from pydantic import Field as PField

from app.core.fields import Accepted, Rows, Shown, input_model, public_model, searched, texts
from app.core.inputs import Label, Slug, Text
from app.jurisdictions.models import Jurisdiction, JurisdictionDetail, JurisdictionSummary
from app.jurisdictions.schemas import JurisdictionSeed


class Colour(StrEnum):
    red = "red"
    blue = "blue"


class Thing(BaseModel):
    """Stands in for a table: the declarations read any model's fields."""

    id: int | None = None
    slug: Annotated[str, Shown("Slug.", "a-thing"), Accepted(Slug)]
    name: Annotated[str, Shown("Name.", searched=True), Accepted(Text)]
    colour: Annotated[str, Shown("Colour.", as_type=Colour), Accepted(Colour)] = "red"
    owner_id: Annotated[int | None, Accepted(Slug, name="owner")] = None
    story: Annotated[str | None, Shown("Story.", listed=False, searched=True), Accepted(Label)] = (
        None
    )
    secret: str | None = None


def test_public_shapes_follow_the_column_order_with_extras_in_place() -> None:
    row = public_model(
        "ThingRow",
        "A thing.",
        Thing,
        extra={"owner": (str | None, PField(description="Owner."))},
        before="colour",
    )
    detail = public_model("ThingDetail", "All of it.", Thing, listed=False, base=row)
    assert list(row.model_fields) == ["slug", "name", "owner", "colour"]
    assert list(detail.model_fields) == ["slug", "name", "owner", "colour", "story"]
    schema = detail.model_json_schema()
    assert schema["description"] == "All of it."
    assert schema["properties"]["slug"]["examples"] == ["a-thing"]
    assert schema["properties"]["colour"]["$ref"].endswith("/Colour")
    assert set(schema["required"]) == {"slug", "name", "owner", "colour", "story"}
    assert "secret" not in schema["properties"]  # not declared: never shown


def test_input_shape_is_optional_where_the_column_is_and_refuses_unknown_fields() -> None:
    seed = input_model("ThingSeed", Thing)
    assert list(seed.model_fields) == ["slug", "name", "colour", "owner", "story"]
    thing = seed.model_validate({"slug": "a-thing", "name": "A"})
    assert thing.colour is Colour.red  # the column's default, as the input type holds it
    assert thing.owner is None and thing.story is None
    with pytest.raises(ValidationError) as refused:
        seed.model_validate({"slug": "Not A Slug", "name": "", "colour": "green", "x": 1})
    assert {e["loc"][0] for e in refused.value.errors()} == {"slug", "name", "colour", "x"}


def test_searched_columns_make_the_search_body() -> None:
    assert searched(Thing) == ("name", "story")
    row = Thing(slug="a", name="A thing", story=None)
    assert texts(row, searched(Thing)) == "A thing"
    row = Thing(slug="a", name="A thing", story="Once")
    assert texts(row, searched(Thing)) == "A thing\n\nOnce"


def test_jurisdiction_shapes_are_made_from_its_table() -> None:
    stored = set(Jurisdiction.__table__.columns.keys())
    shown = set(JurisdictionDetail.model_fields) & stored
    accepted = set(JurisdictionSeed.model_fields) & stored
    assert shown == stored - {"id", "updated_at"}
    assert accepted == stored - {"id", "updated_at", "source_id"}  # the input names it `source`
    assert "source" in JurisdictionSeed.model_fields
    assert set(JurisdictionSummary.model_fields) < set(JurisdictionDetail.model_fields)
    assert searched(Jurisdiction) == ("background_and_approach", "results", "remaining_challenges")


def test_rows_place_extras_and_the_compiled_builder_makes_the_same_dicts() -> None:
    rows = Rows.of(Thing, extras=("owner",), before="colour")
    thing = Thing(slug="a", name="A", colour="blue", story="Once")
    made = rows(thing, owner="ann")
    assert list(made) == ["slug", "name", "owner", "colour"]
    assert made == {"slug": "a", "name": "A", "owner": "ann", "colour": "blue"}
    assert rows.columns == ("slug", "name", "colour")
    values = tuple(getattr(thing, c) for c in rows.columns)
    compiled = rows.compiled()(values, "ann")
    assert compiled == made and list(compiled) == list(made)
    detail = Rows.of(Thing, listed=False)
    assert detail(thing) == {"story": "Once"}
