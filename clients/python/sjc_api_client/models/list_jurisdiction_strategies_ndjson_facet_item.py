from enum import StrEnum

class ListJurisdictionStrategiesNdjsonFacetItem(StrEnum):
    ACTION_AREA = "action_area"
    JURISDICTION = "jurisdiction"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
