from enum import StrEnum

class StrategyStatus(StrEnum):
    COMPLETED = "completed"
    IN_PLACE = "in_place"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
