from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.document_public import DocumentPublic
  from ..models.item_meta import ItemMeta





T = TypeVar("T", bound="DocumentItem")



@_attrs_define
class DocumentItem:
    """ One document.

        Attributes:
            data (DocumentPublic): The document a passage comes from.
            meta (ItemMeta): Metadata of a single-object response.
     """

    data: DocumentPublic
    meta: ItemMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        from ..models.item_meta import ItemMeta # noqa: PLC0415
        data = self.data.to_dict()

        meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
            "meta": meta,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        from ..models.item_meta import ItemMeta # noqa: PLC0415
        d = dict(src_dict)
        data = DocumentPublic.from_dict(d.pop("data"))




        meta = ItemMeta.from_dict(d.pop("meta"))




        document_item = cls(
            data=data,
            meta=meta,
        )


        document_item.additional_properties = d
        return document_item

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
