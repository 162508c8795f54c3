"""Input schema of an organization (seed files and writes), made from the table's
declarations (`Accepted`)."""

from app.core.fields import input_model
from app.organizations.models import Organization

OrganizationSeed = input_model("OrganizationSeed", Organization)
