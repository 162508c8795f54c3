""" Contains all the data models used in inputs/outputs """

from .action_area_create import ActionAreaCreate
from .action_area_item import ActionAreaItem
from .action_area_list import ActionAreaList
from .action_area_patch import ActionAreaPatch
from .action_area_public import ActionAreaPublic
from .api_root import ApiRoot
from .api_root_docs import ApiRootDocs
from .api_root_envelope import ApiRootEnvelope
from .api_root_envelope_meta import ApiRootEnvelopeMeta
from .api_version import ApiVersion
from .api_versions import ApiVersions
from .api_versions_envelope import ApiVersionsEnvelope
from .api_versions_envelope_meta import ApiVersionsEnvelopeMeta
from .article_create import ArticleCreate
from .article_detail import ArticleDetail
from .article_item import ArticleItem
from .article_list import ArticleList
from .article_patch import ArticlePatch
from .article_summary_row import ArticleSummaryRow
from .audit_event_public import AuditEventPublic
from .audit_event_public_after_type_0 import AuditEventPublicAfterType0
from .audit_event_public_before_type_0 import AuditEventPublicBeforeType0
from .audit_list import AuditList
from .body_create_import import BodyCreateImport
from .collection import Collection
from .compare_jurisdictions_agg import CompareJurisdictionsAgg
from .compare_jurisdictions_csv_agg import CompareJurisdictionsCsvAgg
from .compare_jurisdictions_csv_format import CompareJurisdictionsCsvFormat
from .compare_jurisdictions_csv_interval import CompareJurisdictionsCsvInterval
from .compare_jurisdictions_csv_transform import CompareJurisdictionsCsvTransform
from .compare_jurisdictions_interval import CompareJurisdictionsInterval
from .compare_jurisdictions_transform import CompareJurisdictionsTransform
from .compare_period import ComparePeriod
from .compare_period_values import ComparePeriodValues
from .compare_point import ComparePoint
from .compare_response import CompareResponse
from .compare_response_meta import CompareResponseMeta
from .contact_ref import ContactRef
from .deletion import Deletion
from .deletion_list import DeletionList
from .document_create import DocumentCreate
from .document_item import DocumentItem
from .document_list import DocumentList
from .document_patch import DocumentPatch
from .document_public import DocumentPublic
from .export_format import ExportFormat
from .export_resource import ExportResource
from .facet_value import FacetValue
from .field_problem import FieldProblem
from .get_datapackage_response_200 import GetDatapackageResponse200
from .get_series_agg import GetSeriesAgg
from .get_series_csv_agg import GetSeriesCsvAgg
from .get_series_csv_interval import GetSeriesCsvInterval
from .get_series_csv_transform import GetSeriesCsvTransform
from .get_series_interval import GetSeriesInterval
from .get_series_transform import GetSeriesTransform
from .headline_figure import HeadlineFigure
from .health import Health
from .import_job_item import ImportJobItem
from .import_job_public import ImportJobPublic
from .import_job_public_report_type_0 import ImportJobPublicReportType0
from .import_progress import ImportProgress
from .item_meta import ItemMeta
from .jurisdiction_article_list import JurisdictionArticleList
from .jurisdiction_create import JurisdictionCreate
from .jurisdiction_detail import JurisdictionDetail
from .jurisdiction_item import JurisdictionItem
from .jurisdiction_kind import JurisdictionKind
from .jurisdiction_list import JurisdictionList
from .jurisdiction_observation_list import JurisdictionObservationList
from .jurisdiction_patch import JurisdictionPatch
from .jurisdiction_strategy_list import JurisdictionStrategyList
from .jurisdiction_summary_row import JurisdictionSummaryRow
from .links import Links
from .list_articles_csv_facet_item import ListArticlesCsvFacetItem
from .list_articles_facet_item import ListArticlesFacetItem
from .list_articles_ndjson_facet_item import ListArticlesNdjsonFacetItem
from .list_audit_events_action import ListAuditEventsAction
from .list_audit_events_csv_action import ListAuditEventsCsvAction
from .list_audit_events_ndjson_action import ListAuditEventsNdjsonAction
from .list_jurisdiction_articles_csv_facet_item import ListJurisdictionArticlesCsvFacetItem
from .list_jurisdiction_articles_facet_item import ListJurisdictionArticlesFacetItem
from .list_jurisdiction_articles_ndjson_facet_item import ListJurisdictionArticlesNdjsonFacetItem
from .list_jurisdiction_observations_csv_facet_item import ListJurisdictionObservationsCsvFacetItem
from .list_jurisdiction_observations_facet_item import ListJurisdictionObservationsFacetItem
from .list_jurisdiction_observations_ndjson_facet_item import ListJurisdictionObservationsNdjsonFacetItem
from .list_jurisdiction_strategies_csv_facet_item import ListJurisdictionStrategiesCsvFacetItem
from .list_jurisdiction_strategies_facet_item import ListJurisdictionStrategiesFacetItem
from .list_jurisdiction_strategies_ndjson_facet_item import ListJurisdictionStrategiesNdjsonFacetItem
from .list_jurisdictions_csv_facet_item import ListJurisdictionsCsvFacetItem
from .list_jurisdictions_facet_item import ListJurisdictionsFacetItem
from .list_jurisdictions_ndjson_facet_item import ListJurisdictionsNdjsonFacetItem
from .list_meta import ListMeta
from .list_meta_facets_type_0 import ListMetaFacetsType0
from .list_observations_csv_facet_item import ListObservationsCsvFacetItem
from .list_observations_facet_item import ListObservationsFacetItem
from .list_observations_ndjson_facet_item import ListObservationsNdjsonFacetItem
from .list_strategies_csv_facet_item import ListStrategiesCsvFacetItem
from .list_strategies_facet_item import ListStrategiesFacetItem
from .list_strategies_ndjson_facet_item import ListStrategiesNdjsonFacetItem
from .member_seed import MemberSeed
from .metric_item import MetricItem
from .metric_link import MetricLink
from .metric_list import MetricList
from .metric_public import MetricPublic
from .network_create import NetworkCreate
from .network_detail import NetworkDetail
from .network_item import NetworkItem
from .network_list import NetworkList
from .network_patch import NetworkPatch
from .network_summary_row import NetworkSummaryRow
from .observation_create import ObservationCreate
from .observation_item import ObservationItem
from .observation_list import ObservationList
from .observation_patch import ObservationPatch
from .observation_public import ObservationPublic
from .observation_public_row import ObservationPublicRow
from .observation_status import ObservationStatus
from .org_member_seed import OrgMemberSeed
from .organization_create import OrganizationCreate
from .organization_detail import OrganizationDetail
from .organization_item import OrganizationItem
from .organization_list import OrganizationList
from .organization_patch import OrganizationPatch
from .organization_summary_row import OrganizationSummaryRow
from .person_create import PersonCreate
from .person_detail import PersonDetail
from .person_item import PersonItem
from .person_list import PersonList
from .person_patch import PersonPatch
from .person_summary import PersonSummary
from .problem import Problem
from .qualifier import Qualifier
from .ref import Ref
from .role_ref import RoleRef
from .search_hit import SearchHit
from .search_hit_type import SearchHitType
from .search_meta import SearchMeta
from .search_results import SearchResults
from .search_type_item import SearchTypeItem
from .series_meta import SeriesMeta
from .series_point import SeriesPoint
from .series_response import SeriesResponse
from .source_create import SourceCreate
from .source_item import SourceItem
from .source_list import SourceList
from .source_patch import SourcePatch
from .source_public import SourcePublic
from .strategy_create import StrategyCreate
from .strategy_item import StrategyItem
from .strategy_list import StrategyList
from .strategy_patch import StrategyPatch
from .strategy_public import StrategyPublic
from .strategy_public_row import StrategyPublicRow
from .strategy_short import StrategyShort
from .strategy_status import StrategyStatus

__all__ = (
    "ActionAreaCreate",
    "ActionAreaItem",
    "ActionAreaList",
    "ActionAreaPatch",
    "ActionAreaPublic",
    "ApiRoot",
    "ApiRootDocs",
    "ApiRootEnvelope",
    "ApiRootEnvelopeMeta",
    "ApiVersion",
    "ApiVersions",
    "ApiVersionsEnvelope",
    "ApiVersionsEnvelopeMeta",
    "ArticleCreate",
    "ArticleDetail",
    "ArticleItem",
    "ArticleList",
    "ArticlePatch",
    "ArticleSummaryRow",
    "AuditEventPublic",
    "AuditEventPublicAfterType0",
    "AuditEventPublicBeforeType0",
    "AuditList",
    "BodyCreateImport",
    "Collection",
    "CompareJurisdictionsAgg",
    "CompareJurisdictionsCsvAgg",
    "CompareJurisdictionsCsvFormat",
    "CompareJurisdictionsCsvInterval",
    "CompareJurisdictionsCsvTransform",
    "CompareJurisdictionsInterval",
    "CompareJurisdictionsTransform",
    "ComparePeriod",
    "ComparePeriodValues",
    "ComparePoint",
    "CompareResponse",
    "CompareResponseMeta",
    "ContactRef",
    "Deletion",
    "DeletionList",
    "DocumentCreate",
    "DocumentItem",
    "DocumentList",
    "DocumentPatch",
    "DocumentPublic",
    "ExportFormat",
    "ExportResource",
    "FacetValue",
    "FieldProblem",
    "GetDatapackageResponse200",
    "GetSeriesAgg",
    "GetSeriesCsvAgg",
    "GetSeriesCsvInterval",
    "GetSeriesCsvTransform",
    "GetSeriesInterval",
    "GetSeriesTransform",
    "HeadlineFigure",
    "Health",
    "ImportJobItem",
    "ImportJobPublic",
    "ImportJobPublicReportType0",
    "ImportProgress",
    "ItemMeta",
    "JurisdictionArticleList",
    "JurisdictionCreate",
    "JurisdictionDetail",
    "JurisdictionItem",
    "JurisdictionKind",
    "JurisdictionList",
    "JurisdictionObservationList",
    "JurisdictionPatch",
    "JurisdictionStrategyList",
    "JurisdictionSummaryRow",
    "Links",
    "ListArticlesCsvFacetItem",
    "ListArticlesFacetItem",
    "ListArticlesNdjsonFacetItem",
    "ListAuditEventsAction",
    "ListAuditEventsCsvAction",
    "ListAuditEventsNdjsonAction",
    "ListJurisdictionArticlesCsvFacetItem",
    "ListJurisdictionArticlesFacetItem",
    "ListJurisdictionArticlesNdjsonFacetItem",
    "ListJurisdictionObservationsCsvFacetItem",
    "ListJurisdictionObservationsFacetItem",
    "ListJurisdictionObservationsNdjsonFacetItem",
    "ListJurisdictionsCsvFacetItem",
    "ListJurisdictionsFacetItem",
    "ListJurisdictionsNdjsonFacetItem",
    "ListJurisdictionStrategiesCsvFacetItem",
    "ListJurisdictionStrategiesFacetItem",
    "ListJurisdictionStrategiesNdjsonFacetItem",
    "ListMeta",
    "ListMetaFacetsType0",
    "ListObservationsCsvFacetItem",
    "ListObservationsFacetItem",
    "ListObservationsNdjsonFacetItem",
    "ListStrategiesCsvFacetItem",
    "ListStrategiesFacetItem",
    "ListStrategiesNdjsonFacetItem",
    "MemberSeed",
    "MetricItem",
    "MetricLink",
    "MetricList",
    "MetricPublic",
    "NetworkCreate",
    "NetworkDetail",
    "NetworkItem",
    "NetworkList",
    "NetworkPatch",
    "NetworkSummaryRow",
    "ObservationCreate",
    "ObservationItem",
    "ObservationList",
    "ObservationPatch",
    "ObservationPublic",
    "ObservationPublicRow",
    "ObservationStatus",
    "OrganizationCreate",
    "OrganizationDetail",
    "OrganizationItem",
    "OrganizationList",
    "OrganizationPatch",
    "OrganizationSummaryRow",
    "OrgMemberSeed",
    "PersonCreate",
    "PersonDetail",
    "PersonItem",
    "PersonList",
    "PersonPatch",
    "PersonSummary",
    "Problem",
    "Qualifier",
    "Ref",
    "RoleRef",
    "SearchHit",
    "SearchHitType",
    "SearchMeta",
    "SearchResults",
    "SearchTypeItem",
    "SeriesMeta",
    "SeriesPoint",
    "SeriesResponse",
    "SourceCreate",
    "SourceItem",
    "SourceList",
    "SourcePatch",
    "SourcePublic",
    "StrategyCreate",
    "StrategyItem",
    "StrategyList",
    "StrategyPatch",
    "StrategyPublic",
    "StrategyPublicRow",
    "StrategyShort",
    "StrategyStatus",
)
