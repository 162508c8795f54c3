from enum import StrEnum

class CompareJurisdictionsCsvInterval(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
