from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.member_seed import MemberSeed
  from ..models.org_member_seed import OrgMemberSeed





T = TypeVar("T", bound="NetworkCreate")



@_attrs_define
class NetworkCreate:
    """ A new network.

        Attributes:
            slug (str):
            name (str):
            description (None | str | Unset):
            source (None | str | Unset):
            jurisdictions (list[MemberSeed] | Unset):
            organizations (list[OrgMemberSeed] | Unset):
            note (None | str | Unset):
     """

    slug: str
    name: str
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    jurisdictions: list[MemberSeed] | Unset = UNSET
    organizations: list[OrgMemberSeed] | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.member_seed import MemberSeed # noqa: PLC0415
        from ..models.org_member_seed import OrgMemberSeed # noqa: PLC0415
        slug = self.slug

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        jurisdictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jurisdictions, Unset):
            jurisdictions = []
            for jurisdictions_item_data in self.jurisdictions:
                jurisdictions_item = jurisdictions_item_data.to_dict()
                jurisdictions.append(jurisdictions_item)



        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slug": slug,
            "name": name,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if jurisdictions is not UNSET:
            field_dict["jurisdictions"] = jurisdictions
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_seed import MemberSeed # noqa: PLC0415
        from ..models.org_member_seed import OrgMemberSeed # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        _jurisdictions = d.pop("jurisdictions", UNSET)
        jurisdictions: list[MemberSeed] | Unset = UNSET
        if _jurisdictions is not UNSET:
            jurisdictions = []
            for jurisdictions_item_data in _jurisdictions:
                jurisdictions_item = MemberSeed.from_dict(jurisdictions_item_data)



                jurisdictions.append(jurisdictions_item)


        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrgMemberSeed] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrgMemberSeed.from_dict(organizations_item_data)



                organizations.append(organizations_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        network_create = cls(
            slug=slug,
            name=name,
            description=description,
            source=source,
            jurisdictions=jurisdictions,
            organizations=organizations,
            note=note,
        )

        return network_create

