"""Input schema of an action area (seed files and writes), made from the table's
declarations (`Accepted`)."""

from app.action_areas.models import ActionArea
from app.core.fields import input_model

ActionAreaSeed = input_model("ActionAreaSeed", ActionArea)
