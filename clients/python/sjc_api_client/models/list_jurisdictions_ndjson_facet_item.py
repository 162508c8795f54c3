from enum import StrEnum

class ListJurisdictionsNdjsonFacetItem(StrEnum):
    ACTION_AREA = "action_area"
    KIND = "kind"
    NETWORK = "network"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
