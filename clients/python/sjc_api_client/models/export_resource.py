from enum import StrEnum

class ExportResource(StrEnum):
    ACTION_AREAS = "action-areas"
    ARTICLES = "articles"
    JURISDICTIONS = "jurisdictions"
    METRICS = "metrics"
    NETWORKS = "networks"
    OBSERVATIONS = "observations"
    ORGANIZATIONS = "organizations"
    PEOPLE = "people"
    SOURCES = "sources"
    STRATEGIES = "strategies"

    def __str__(self) -> str:
        return str(self.value)
