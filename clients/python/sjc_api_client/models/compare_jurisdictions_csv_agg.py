from enum import StrEnum

class CompareJurisdictionsCsvAgg(StrEnum):
    LAST = "last"
    MAX = "max"
    MEAN = "mean"
    SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
