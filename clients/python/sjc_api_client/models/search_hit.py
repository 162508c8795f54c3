from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_hit_type import SearchHitType






T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ One ranked match.

        Attributes:
            type_ (SearchHitType): Resource type of the match.
            slug (str): Slug of the matching resource.
            title (str): Its title or name.
            snippet (str): Best-matching passage, matches wrapped in <mark>…</mark>.
            score (float): Relevance; higher is better (comparable within one response).
            url (str): API path of the resource.
     """

    type_: SearchHitType
    slug: str
    title: str
    snippet: str
    score: float
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        slug = self.slug

        title = self.title

        snippet = self.snippet

        score = self.score

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "slug": slug,
            "title": title,
            "snippet": snippet,
            "score": score,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SearchHitType(d.pop("type"))




        slug = d.pop("slug")

        title = d.pop("title")

        snippet = d.pop("snippet")

        score = d.pop("score")

        url = d.pop("url")

        search_hit = cls(
            type_=type_,
            slug=slug,
            title=title,
            snippet=snippet,
            score=score,
            url=url,
        )


        search_hit.additional_properties = d
        return search_hit

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
