from enum import StrEnum

class ObservationStatus(StrEnum):
    DERIVED = "derived"
    ESTIMATED = "estimated"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
