from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.api_root_docs import ApiRootDocs
  from ..models.collection import Collection





T = TypeVar("T", bound="ApiRoot")



@_attrs_define
class ApiRoot:
    """ What this API version serves.

        Attributes:
            api_version (str): Version of the API (path prefix).
            dataset_version (int): Grows with every change to the data.
            last_updated (datetime.datetime | None): When the data last changed (UTC).
            collections (list[Collection]):
            licence (str): Terms the data is published under, as far as known.
            citation (str): How to cite this dataset version.
            docs (ApiRootDocs): OpenAPI document, interactive docs, dictionary.
     """

    api_version: str
    dataset_version: int
    last_updated: datetime.datetime | None
    collections: list[Collection]
    licence: str
    citation: str
    docs: ApiRootDocs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.api_root_docs import ApiRootDocs # noqa: PLC0415
        from ..models.collection import Collection # noqa: PLC0415
        api_version = self.api_version

        dataset_version = self.dataset_version

        last_updated: None | str
        if isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)



        licence = self.licence

        citation = self.citation

        docs = self.docs.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "api_version": api_version,
            "dataset_version": dataset_version,
            "last_updated": last_updated,
            "collections": collections,
            "licence": licence,
            "citation": citation,
            "docs": docs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_root_docs import ApiRootDocs # noqa: PLC0415
        from ..models.collection import Collection # noqa: PLC0415
        d = dict(src_dict)
        api_version = d.pop("api_version")

        dataset_version = d.pop("dataset_version")

        def _parse_last_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.datetime.fromisoformat(data)



                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_updated = _parse_last_updated(d.pop("last_updated"))


        collections = []
        _collections = d.pop("collections")
        for collections_item_data in (_collections):
            collections_item = Collection.from_dict(collections_item_data)



            collections.append(collections_item)


        licence = d.pop("licence")

        citation = d.pop("citation")

        docs = ApiRootDocs.from_dict(d.pop("docs"))




        api_root = cls(
            api_version=api_version,
            dataset_version=dataset_version,
            last_updated=last_updated,
            collections=collections,
            licence=licence,
            citation=citation,
            docs=docs,
        )


        api_root.additional_properties = d
        return api_root

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
