from enum import StrEnum

class SearchHitType(StrEnum):
    ARTICLES = "articles"
    JURISDICTIONS = "jurisdictions"
    ORGANIZATIONS = "organizations"
    STRATEGIES = "strategies"

    def __str__(self) -> str:
        return str(self.value)
