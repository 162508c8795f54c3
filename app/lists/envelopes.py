"""Response envelopes shared by every collection (documented in OpenAPI)."""

from collections.abc import Mapping
from functools import cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, create_model

T = TypeVar("T")


class Links(BaseModel):
    """Navigation links of a list."""

    self: str = Field(description="This page.")
    next: str | None = Field(default=None, description="Next page, or null on the last page.")


class FacetValue(BaseModel):
    """One value of a facet with the number of matching rows that have it."""

    value: str = Field(description="The value to filter by.")
    label: str = Field(description="Its display label.")
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

    truncated: list[str] | None = Field(
        default=None,
        description="Embedded lists cut at 1,000 records (page through the sub-collection).",
    )


class ListEnvelope(BaseModel, Generic[T]):
    """A page of resources."""

    data: list[T]
    links: Links
    meta: ListMeta


class ItemEnvelope(BaseModel, Generic[T]):
    """One resource."""

    data: T
    meta: ItemMeta = Field(default_factory=ItemMeta)


@cache
def _row(item: type[BaseModel], includes: tuple[tuple[str, Any], ...]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        name: (shape | None, Field(default=None, description=f"Only with `include={name}`."))
        for name, shape in includes
    }
    return create_model(f"{item.__name__}Row", __base__=item, __doc__=item.__doc__, **fields)


def list_envelope(
    name: str, item: type[BaseModel], includes: Mapping[str, Any], doc: str
) -> type[BaseModel]:
    """The response model of a list: a page of `item`s, each also carrying the related records
    of every `include=` it was asked for (typed by the shapes `includes` declares)."""
    row = _row(item, tuple(includes.items())) if includes else item
    return create_model(name, __base__=ListEnvelope[row], __doc__=doc)  # type: ignore[valid-type]


def item_envelope(name: str, item: type[BaseModel], doc: str) -> type[ItemEnvelope[Any]]:
    """The response model of one record: `item` in `data`, with the item metadata."""
    return create_model(name, __base__=ItemEnvelope[item], __doc__=doc)  # type: ignore[valid-type]
