from enum import StrEnum

class JurisdictionKind(StrEnum):
    CITY = "city"
    COUNTY = "county"
    NATION = "nation"
    PARISH = "parish"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
