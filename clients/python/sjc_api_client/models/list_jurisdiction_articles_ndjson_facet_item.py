from enum import StrEnum

class ListJurisdictionArticlesNdjsonFacetItem(StrEnum):
    ACTION_AREA = "action_area"
    AUTHOR = "author"
    JURISDICTION = "jurisdiction"

    def __str__(self) -> str:
        return str(self.value)
