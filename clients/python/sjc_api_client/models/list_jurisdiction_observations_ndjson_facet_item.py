from enum import StrEnum

class ListJurisdictionObservationsNdjsonFacetItem(StrEnum):
    JURISDICTION = "jurisdiction"
    METRIC = "metric"
    QUALIFIER = "qualifier"

    def __str__(self) -> str:
        return str(self.value)
