from enum import StrEnum

class ListJurisdictionObservationsCsvFacetItem(StrEnum):
    JURISDICTION = "jurisdiction"
    METRIC = "metric"
    QUALIFIER = "qualifier"

    def __str__(self) -> str:
        return str(self.value)
