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





T = TypeVar("T", bound="NetworkPatch")



@_attrs_define
class NetworkPatch:
    """ A JSON merge patch: members present replace the stored values.

        Attributes:
            slug (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            source (None | str | Unset):
            jurisdictions (list[MemberSeed] | None | Unset):
            organizations (list[OrgMemberSeed] | None | Unset):
            note (None | str | Unset):
     """

    slug: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    jurisdictions: list[MemberSeed] | None | Unset = UNSET
    organizations: list[OrgMemberSeed] | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.member_seed import MemberSeed # noqa: PLC0415
        from ..models.org_member_seed import OrgMemberSeed # noqa: PLC0415
        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        jurisdictions: list[dict[str, Any]] | None | Unset
        if isinstance(self.jurisdictions, Unset):
            jurisdictions = UNSET
        elif isinstance(self.jurisdictions, list):
            jurisdictions = []
            for jurisdictions_type_0_item_data in self.jurisdictions:
                jurisdictions_type_0_item = jurisdictions_type_0_item_data.to_dict()
                jurisdictions.append(jurisdictions_type_0_item)


        else:
            jurisdictions = self.jurisdictions

        organizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = []
            for organizations_type_0_item_data in self.organizations:
                organizations_type_0_item = organizations_type_0_item_data.to_dict()
                organizations.append(organizations_type_0_item)


        else:
            organizations = self.organizations

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if slug is not UNSET:
            field_dict["slug"] = slug
        if name is not UNSET:
            field_dict["name"] = name
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
        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


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


        def _parse_jurisdictions(data: object) -> list[MemberSeed] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jurisdictions_type_0 = []
                _jurisdictions_type_0 = data
                for jurisdictions_type_0_item_data in (_jurisdictions_type_0):
                    jurisdictions_type_0_item = MemberSeed.from_dict(jurisdictions_type_0_item_data)



                    jurisdictions_type_0.append(jurisdictions_type_0_item)

                return jurisdictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MemberSeed] | None | Unset, data)

        jurisdictions = _parse_jurisdictions(d.pop("jurisdictions", UNSET))


        def _parse_organizations(data: object) -> list[OrgMemberSeed] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = []
                _organizations_type_0 = data
                for organizations_type_0_item_data in (_organizations_type_0):
                    organizations_type_0_item = OrgMemberSeed.from_dict(organizations_type_0_item_data)



                    organizations_type_0.append(organizations_type_0_item)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrgMemberSeed] | None | Unset, data)

        organizations = _parse_organizations(d.pop("organizations", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        network_patch = cls(
            slug=slug,
            name=name,
            description=description,
            source=source,
            jurisdictions=jurisdictions,
            organizations=organizations,
            note=note,
        )

        return network_patch

