from enum import StrEnum

class Qualifier(StrEnum):
    ALMOST = "almost"
    APPROXIMATELY = "approximately"
    EXACT = "exact"
    LESS_THAN = "less_than"
    MORE_THAN = "more_than"

    def __str__(self) -> str:
        return str(self.value)
