from enum import StrEnum

class ListJurisdictionObservationsFacetItem(StrEnum):
    JURISDICTION = "jurisdiction"
    METRIC = "metric"
    QUALIFIER = "qualifier"

    def __str__(self) -> str:
        return str(self.value)
