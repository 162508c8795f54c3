from enum import StrEnum

class CompareJurisdictionsCsvFormat(StrEnum):
    CSV = "csv"
    CSV_WIDE = "csv_wide"

    def __str__(self) -> str:
        return str(self.value)
