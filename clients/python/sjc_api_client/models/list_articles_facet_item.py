from enum import StrEnum

class ListArticlesFacetItem(StrEnum):
    ACTION_AREA = "action_area"
    AUTHOR = "author"
    JURISDICTION = "jurisdiction"

    def __str__(self) -> str:
        return str(self.value)
