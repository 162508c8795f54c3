from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.list_meta_facets_type_0 import ListMetaFacetsType0





T = TypeVar("T", bound="ListMeta")



@_attrs_define
class ListMeta:
    """ Metadata of a list page.

        Attributes:
            limit (int): Page size used.
            next_cursor (None | str): Cursor of the next page.
            total (int | None | Unset): Matching rows (only with `extras=count`).
            facets (ListMetaFacetsType0 | None | Unset): Facet counts (only with `facet=`).
     """

    limit: int
    next_cursor: None | str
    total: int | None | Unset = UNSET
    facets: ListMetaFacetsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.list_meta_facets_type_0 import ListMetaFacetsType0 # noqa: PLC0415
        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        facets: dict[str, Any] | None | Unset
        if isinstance(self.facets, Unset):
            facets = UNSET
        elif isinstance(self.facets, ListMetaFacetsType0):
            facets = self.facets.to_dict()
        else:
            facets = self.facets


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "limit": limit,
            "next_cursor": next_cursor,
        })
        if total is not UNSET:
            field_dict["total"] = total
        if facets is not UNSET:
            field_dict["facets"] = facets

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_meta_facets_type_0 import ListMetaFacetsType0 # noqa: PLC0415
        d = dict(src_dict)
        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))


        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))


        def _parse_facets(data: object) -> ListMetaFacetsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                facets_type_0 = ListMetaFacetsType0.from_dict(data)



                return facets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListMetaFacetsType0 | None | Unset, data)

        facets = _parse_facets(d.pop("facets", UNSET))


        list_meta = cls(
            limit=limit,
            next_cursor=next_cursor,
            total=total,
            facets=facets,
        )


        list_meta.additional_properties = d
        return list_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
