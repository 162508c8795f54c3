"""Response envelopes shared by every collection (documented in OpenAPI)."""

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
MAX_LIMIT = 500


class Links(BaseModel):
    """Navigation links of a list."""

    self: str = Field(description="This page.")
    next: str | None = Field(default=None, description="Next page, or null on the last page.")


class FacetValue(BaseModel):
    """One value of a facet with the number of matching rows that have it."""

    value: Any = Field(description="The value to filter by.")
    label: Any = Field(description="Its display label.")
    count: int = Field(description="Matching rows with this value.")


class ListMeta(BaseModel):
    """Metadata of a list page."""

    limit: int = Field(description="Page size used.")
    next_cursor: str | None = Field(default=None, description="Cursor of the next page.")
    total: int | None = Field(default=None, description="Matching rows (only with `extras=count`).")
    facets: dict[str, list[FacetValue]] | None = Field(
        default=None, description="Facet counts (only with `facet=`)."
    )


class ItemMeta(BaseModel):
    """Metadata of a single-object response."""


class ListEnvelope(BaseModel, Generic[T]):
    """A page of resources."""

    data: list[T]
    links: Links
    meta: ListMeta


class ItemEnvelope(BaseModel, Generic[T]):
    """One resource."""

    data: T
    meta: ItemMeta = Field(default_factory=ItemMeta)
