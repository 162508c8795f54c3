from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ActionAreaPublic")



@_attrs_define
class ActionAreaPublic:
    """ An action area with how often it is used.

        Attributes:
            slug (str): Stable slug.
            name (str | Unset): Name as written in the source.
            jurisdiction_count (int | Unset): Jurisdictions tagged with it.
            strategy_count (int | Unset): Strategies tagged with it.
            article_count (int | Unset): Articles tagged with it.
     """

    slug: str
    name: str | Unset = UNSET
    jurisdiction_count: int | Unset = UNSET
    strategy_count: int | Unset = UNSET
    article_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        jurisdiction_count = self.jurisdiction_count

        strategy_count = self.strategy_count

        article_count = self.article_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if jurisdiction_count is not UNSET:
            field_dict["jurisdiction_count"] = jurisdiction_count
        if strategy_count is not UNSET:
            field_dict["strategy_count"] = strategy_count
        if article_count is not UNSET:
            field_dict["article_count"] = article_count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name", UNSET)

        jurisdiction_count = d.pop("jurisdiction_count", UNSET)

        strategy_count = d.pop("strategy_count", UNSET)

        article_count = d.pop("article_count", UNSET)

        action_area_public = cls(
            slug=slug,
            name=name,
            jurisdiction_count=jurisdiction_count,
            strategy_count=strategy_count,
            article_count=article_count,
        )


        action_area_public.additional_properties = d
        return action_area_public

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
