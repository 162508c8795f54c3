"""The seed files validate with the domains' own input schemas (the write API uses the same
ones); re-exported here for the seed reader."""

from app.action_areas.schemas import ActionAreaSeed
from app.articles.schemas import ArticleSeed
from app.core.inputs import NAME_MAX, SeedModel
from app.jurisdictions.schemas import JurisdictionSeed
from app.metrics.schemas import DerivedSeed, MetricLinkSeed, MetricSeed, ObservationSeed
from app.networks.schemas import MemberSeed, NetworkSeed, OrgMemberSeed
from app.organizations.schemas import OrganizationSeed
from app.people.schemas import PersonSeed
from app.sources.schemas import DocumentSeed, SourceSeed
from app.strategies.schemas import StrategySeed

__all__ = [
    "NAME_MAX",
    "ActionAreaSeed",
    "ArticleSeed",
    "DerivedSeed",
    "DocumentSeed",
    "JurisdictionSeed",
    "MemberSeed",
    "MetricLinkSeed",
    "MetricSeed",
    "NetworkSeed",
    "ObservationSeed",
    "OrgMemberSeed",
    "OrganizationSeed",
    "PersonSeed",
    "SeedModel",
    "SourceSeed",
    "StrategySeed",
]
