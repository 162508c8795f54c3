from enum import StrEnum

class ListStrategiesFacetItem(StrEnum):
    ACTION_AREA = "action_area"
    JURISDICTION = "jurisdiction"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
