from enum import StrEnum

class ListObservationsCsvFacetItem(StrEnum):
    JURISDICTION = "jurisdiction"
    METRIC = "metric"
    QUALIFIER = "qualifier"

    def __str__(self) -> str:
        return str(self.value)
