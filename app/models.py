"""Every table, imported in one place for Alembic and the seeder."""

from app.action_areas.models import ActionArea
from app.articles.models import (
    Article,
    ArticleActionArea,
    ArticleAuthor,
    ArticleJurisdiction,
    ArticleNetwork,
    ArticleOrganization,
)
from app.audit.models import AuditEvent, IdempotencyRecord
from app.auth.models import ApiKey
from app.core.version import DatasetVersion
from app.imports.models import ImportJob
from app.jurisdictions.models import (
    Jurisdiction,
    JurisdictionActionArea,
    JurisdictionContact,
    JurisdictionOrganization,
)
from app.metrics.models import Metric, MetricRelation, Observation
from app.networks.models import Network, NetworkJurisdiction, NetworkOrganization
from app.organizations.models import Organization
from app.people.models import Person
from app.sources.models import Document, Source
from app.strategies.models import Strategy, StrategyActionArea

__all__ = [
    "ActionArea",
    "ApiKey",
    "Article",
    "ArticleActionArea",
    "ArticleAuthor",
    "ArticleJurisdiction",
    "ArticleNetwork",
    "ArticleOrganization",
    "AuditEvent",
    "DatasetVersion",
    "Document",
    "IdempotencyRecord",
    "ImportJob",
    "Jurisdiction",
    "JurisdictionActionArea",
    "JurisdictionContact",
    "JurisdictionOrganization",
    "Metric",
    "MetricRelation",
    "Network",
    "NetworkJurisdiction",
    "NetworkOrganization",
    "Observation",
    "Organization",
    "Person",
    "Source",
    "Strategy",
    "StrategyActionArea",
]
