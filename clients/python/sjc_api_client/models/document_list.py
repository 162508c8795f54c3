from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.document_public import DocumentPublic
  from ..models.links import Links
  from ..models.list_meta import ListMeta





T = TypeVar("T", bound="DocumentList")



@_attrs_define
class DocumentList:
    """ A page of documents.

        Attributes:
            data (list[DocumentPublic]):
            links (Links): Navigation links of a list.
            meta (ListMeta): Metadata of a list page.
     """

    data: list[DocumentPublic]
    links: Links
    meta: ListMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        from ..models.links import Links # noqa: PLC0415
        from ..models.list_meta import ListMeta # noqa: PLC0415
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)



        links = self.links.to_dict()

        meta = self.meta.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
            "links": links,
            "meta": meta,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_public import DocumentPublic # noqa: PLC0415
        from ..models.links import Links # noqa: PLC0415
        from ..models.list_meta import ListMeta # noqa: PLC0415
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = DocumentPublic.from_dict(data_item_data)



            data.append(data_item)


        links = Links.from_dict(d.pop("links"))




        meta = ListMeta.from_dict(d.pop("meta"))




        document_list = cls(
            data=data,
            links=links,
            meta=meta,
        )


        document_list.additional_properties = d
        return document_list

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
