from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.jurisdiction_kind import JurisdictionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="JurisdictionCreate")



@_attrs_define
class JurisdictionCreate:
    """ A new jurisdiction.

        Attributes:
            slug (str):
            name (str):
            kind (JurisdictionKind): What sort of place a jurisdiction is.
            state (None | str | Unset):
            fips (None | str | Unset):
            has_profile (bool | Unset):  Default: False.
            action_areas (list[str] | Unset):
            lead_agency (None | str | Unset):
            partners (list[str] | Unset):
            contacts (list[str] | Unset):
            background_and_approach (None | str | Unset):
            results (None | str | Unset):
            remaining_challenges (None | str | Unset):
            jail_population_change_pct (float | None | Unset):
            jail_population_change_text (None | str | Unset):
            social_handle (None | str | Unset):
            last_updated (datetime.date | None | Unset):
            source (None | str | Unset):
            note (None | str | Unset):
     """

    slug: str
    name: str
    kind: JurisdictionKind
    state: None | str | Unset = UNSET
    fips: None | str | Unset = UNSET
    has_profile: bool | Unset = False
    action_areas: list[str] | Unset = UNSET
    lead_agency: None | str | Unset = UNSET
    partners: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    background_and_approach: None | str | Unset = UNSET
    results: None | str | Unset = UNSET
    remaining_challenges: None | str | Unset = UNSET
    jail_population_change_pct: float | None | Unset = UNSET
    jail_population_change_text: None | str | Unset = UNSET
    social_handle: None | str | Unset = UNSET
    last_updated: datetime.date | None | Unset = UNSET
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        kind = self.kind.value

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        fips: None | str | Unset
        if isinstance(self.fips, Unset):
            fips = UNSET
        else:
            fips = self.fips

        has_profile = self.has_profile

        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        lead_agency: None | str | Unset
        if isinstance(self.lead_agency, Unset):
            lead_agency = UNSET
        else:
            lead_agency = self.lead_agency

        partners: list[str] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = self.partners



        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts



        background_and_approach: None | str | Unset
        if isinstance(self.background_and_approach, Unset):
            background_and_approach = UNSET
        else:
            background_and_approach = self.background_and_approach

        results: None | str | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        remaining_challenges: None | str | Unset
        if isinstance(self.remaining_challenges, Unset):
            remaining_challenges = UNSET
        else:
            remaining_challenges = self.remaining_challenges

        jail_population_change_pct: float | None | Unset
        if isinstance(self.jail_population_change_pct, Unset):
            jail_population_change_pct = UNSET
        else:
            jail_population_change_pct = self.jail_population_change_pct

        jail_population_change_text: None | str | Unset
        if isinstance(self.jail_population_change_text, Unset):
            jail_population_change_text = UNSET
        else:
            jail_population_change_text = self.jail_population_change_text

        social_handle: None | str | Unset
        if isinstance(self.social_handle, Unset):
            social_handle = UNSET
        else:
            social_handle = self.social_handle

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.date):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slug": slug,
            "name": name,
            "kind": kind,
        })
        if state is not UNSET:
            field_dict["state"] = state
        if fips is not UNSET:
            field_dict["fips"] = fips
        if has_profile is not UNSET:
            field_dict["has_profile"] = has_profile
        if action_areas is not UNSET:
            field_dict["action_areas"] = action_areas
        if lead_agency is not UNSET:
            field_dict["lead_agency"] = lead_agency
        if partners is not UNSET:
            field_dict["partners"] = partners
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if background_and_approach is not UNSET:
            field_dict["background_and_approach"] = background_and_approach
        if results is not UNSET:
            field_dict["results"] = results
        if remaining_challenges is not UNSET:
            field_dict["remaining_challenges"] = remaining_challenges
        if jail_population_change_pct is not UNSET:
            field_dict["jail_population_change_pct"] = jail_population_change_pct
        if jail_population_change_text is not UNSET:
            field_dict["jail_population_change_text"] = jail_population_change_text
        if social_handle is not UNSET:
            field_dict["social_handle"] = social_handle
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if source is not UNSET:
            field_dict["source"] = source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        kind = JurisdictionKind(d.pop("kind"))




        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        def _parse_fips(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fips = _parse_fips(d.pop("fips", UNSET))


        has_profile = d.pop("has_profile", UNSET)

        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        def _parse_lead_agency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_agency = _parse_lead_agency(d.pop("lead_agency", UNSET))


        partners = cast(list[str], d.pop("partners", UNSET))


        contacts = cast(list[str], d.pop("contacts", UNSET))


        def _parse_background_and_approach(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_and_approach = _parse_background_and_approach(d.pop("background_and_approach", UNSET))


        def _parse_results(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))


        def _parse_remaining_challenges(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining_challenges = _parse_remaining_challenges(d.pop("remaining_challenges", UNSET))


        def _parse_jail_population_change_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        jail_population_change_pct = _parse_jail_population_change_pct(d.pop("jail_population_change_pct", UNSET))


        def _parse_jail_population_change_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jail_population_change_text = _parse_jail_population_change_text(d.pop("jail_population_change_text", UNSET))


        def _parse_social_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        social_handle = _parse_social_handle(d.pop("social_handle", UNSET))


        def _parse_last_updated(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.date.fromisoformat(data)



                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))


        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        jurisdiction_create = cls(
            slug=slug,
            name=name,
            kind=kind,
            state=state,
            fips=fips,
            has_profile=has_profile,
            action_areas=action_areas,
            lead_agency=lead_agency,
            partners=partners,
            contacts=contacts,
            background_and_approach=background_and_approach,
            results=results,
            remaining_challenges=remaining_challenges,
            jail_population_change_pct=jail_population_change_pct,
            jail_population_change_text=jail_population_change_text,
            social_handle=social_handle,
            last_updated=last_updated,
            source=source,
            note=note,
        )

        return jurisdiction_create

