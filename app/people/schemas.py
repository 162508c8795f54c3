"""Input schema of a person (seed files and writes), made from the table's declarations
(`Accepted`)."""

from app.core.fields import input_model
from app.people.models import Person

PersonSeed = input_model("PersonSeed", Person)
