from enum import StrEnum

class CompareJurisdictionsTransform(StrEnum):
    CHANGE_FROM_BASELINE = "change_from_baseline"
    INDEX = "index"
    PER_100K = "per_100k"

    def __str__(self) -> str:
        return str(self.value)
