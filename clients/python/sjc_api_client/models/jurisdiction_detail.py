from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.jurisdiction_kind import JurisdictionKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.contact_ref import ContactRef
  from ..models.headline_figure import HeadlineFigure
  from ..models.ref import Ref
  from ..models.role_ref import RoleRef
  from ..models.strategy_short import StrategyShort





T = TypeVar("T", bound="JurisdictionDetail")



@_attrs_define
class JurisdictionDetail:
    """ A whole profile page in one object.

        Attributes:
            slug (str): Stable slug.
            name (str): Name as written in the source.
            kind (JurisdictionKind): What sort of place a jurisdiction is.
            state (None | str): Two-letter state code.
            fips (None | str): Census FIPS code (5 digits county, 2 state).
            has_profile (bool): Whether the source has a profile page for it.
            jail_population_change_pct (float | None): Headline change in jail population in percent (reductions negative).
            jail_population_change_text (None | str): The headline as written.
            social_handle (None | str): Social media handle shown on the profile.
            last_updated (datetime.date | None): Profile's last-updated date; null when not shown.
            action_areas (list[str]): Slugs of its action areas.
            source_id (None | str): Passage that names or profiles it.
            background_and_approach (None | str): Profile text: background and approach.
            results (None | str): Profile text: results.
            remaining_challenges (None | str): Profile text: remaining challenges.
            note (None | str): What was inferred when transcribing, and why.
            action_area_refs (list[Ref]): Action areas with names.
            lead_agency (None | Ref): Lead agency.
            partners (list[Ref]): Partner organizations, in the source's order.
            contacts (list[ContactRef]): Contacts, in the source's order.
            networks (list[RoleRef]): Networks it belongs to, with role.
            strategies (list[StrategyShort]): Its strategies in short form.
            headline_figures (list[HeadlineFigure]): Every figure the source gives for it.
     """

    slug: str
    name: str
    kind: JurisdictionKind
    state: None | str
    fips: None | str
    has_profile: bool
    jail_population_change_pct: float | None
    jail_population_change_text: None | str
    social_handle: None | str
    last_updated: datetime.date | None
    action_areas: list[str]
    source_id: None | str
    background_and_approach: None | str
    results: None | str
    remaining_challenges: None | str
    note: None | str
    action_area_refs: list[Ref]
    lead_agency: None | Ref
    partners: list[Ref]
    contacts: list[ContactRef]
    networks: list[RoleRef]
    strategies: list[StrategyShort]
    headline_figures: list[HeadlineFigure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_ref import ContactRef # noqa: PLC0415
        from ..models.headline_figure import HeadlineFigure # noqa: PLC0415
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        from ..models.strategy_short import StrategyShort # noqa: PLC0415
        slug = self.slug

        name = self.name

        kind = self.kind.value

        state: None | str
        state = self.state

        fips: None | str
        fips = self.fips

        has_profile = self.has_profile

        jail_population_change_pct: float | None
        jail_population_change_pct = self.jail_population_change_pct

        jail_population_change_text: None | str
        jail_population_change_text = self.jail_population_change_text

        social_handle: None | str
        social_handle = self.social_handle

        last_updated: None | str
        if isinstance(self.last_updated, datetime.date):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        action_areas = self.action_areas



        source_id: None | str
        source_id = self.source_id

        background_and_approach: None | str
        background_and_approach = self.background_and_approach

        results: None | str
        results = self.results

        remaining_challenges: None | str
        remaining_challenges = self.remaining_challenges

        note: None | str
        note = self.note

        action_area_refs = []
        for action_area_refs_item_data in self.action_area_refs:
            action_area_refs_item = action_area_refs_item_data.to_dict()
            action_area_refs.append(action_area_refs_item)



        lead_agency: dict[str, Any] | None
        if isinstance(self.lead_agency, Ref):
            lead_agency = self.lead_agency.to_dict()
        else:
            lead_agency = self.lead_agency

        partners = []
        for partners_item_data in self.partners:
            partners_item = partners_item_data.to_dict()
            partners.append(partners_item)



        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)



        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)



        strategies = []
        for strategies_item_data in self.strategies:
            strategies_item = strategies_item_data.to_dict()
            strategies.append(strategies_item)



        headline_figures = []
        for headline_figures_item_data in self.headline_figures:
            headline_figures_item = headline_figures_item_data.to_dict()
            headline_figures.append(headline_figures_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "name": name,
            "kind": kind,
            "state": state,
            "fips": fips,
            "has_profile": has_profile,
            "jail_population_change_pct": jail_population_change_pct,
            "jail_population_change_text": jail_population_change_text,
            "social_handle": social_handle,
            "last_updated": last_updated,
            "action_areas": action_areas,
            "source_id": source_id,
            "background_and_approach": background_and_approach,
            "results": results,
            "remaining_challenges": remaining_challenges,
            "note": note,
            "action_area_refs": action_area_refs,
            "lead_agency": lead_agency,
            "partners": partners,
            "contacts": contacts,
            "networks": networks,
            "strategies": strategies,
            "headline_figures": headline_figures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef # noqa: PLC0415
        from ..models.headline_figure import HeadlineFigure # noqa: PLC0415
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        from ..models.strategy_short import StrategyShort # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        kind = JurisdictionKind(d.pop("kind"))




        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))


        def _parse_fips(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fips = _parse_fips(d.pop("fips"))


        has_profile = d.pop("has_profile")

        def _parse_jail_population_change_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        jail_population_change_pct = _parse_jail_population_change_pct(d.pop("jail_population_change_pct"))


        def _parse_jail_population_change_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        jail_population_change_text = _parse_jail_population_change_text(d.pop("jail_population_change_text"))


        def _parse_social_handle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        social_handle = _parse_social_handle(d.pop("social_handle"))


        def _parse_last_updated(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = datetime.date.fromisoformat(data)



                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_updated = _parse_last_updated(d.pop("last_updated"))


        action_areas = cast(list[str], d.pop("action_areas"))


        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))


        def _parse_background_and_approach(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        background_and_approach = _parse_background_and_approach(d.pop("background_and_approach"))


        def _parse_results(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        results = _parse_results(d.pop("results"))


        def _parse_remaining_challenges(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remaining_challenges = _parse_remaining_challenges(d.pop("remaining_challenges"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        action_area_refs = []
        _action_area_refs = d.pop("action_area_refs")
        for action_area_refs_item_data in (_action_area_refs):
            action_area_refs_item = Ref.from_dict(action_area_refs_item_data)



            action_area_refs.append(action_area_refs_item)


        def _parse_lead_agency(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_agency_type_0 = Ref.from_dict(data)



                return lead_agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        lead_agency = _parse_lead_agency(d.pop("lead_agency"))


        partners = []
        _partners = d.pop("partners")
        for partners_item_data in (_partners):
            partners_item = Ref.from_dict(partners_item_data)



            partners.append(partners_item)


        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in (_contacts):
            contacts_item = ContactRef.from_dict(contacts_item_data)



            contacts.append(contacts_item)


        networks = []
        _networks = d.pop("networks")
        for networks_item_data in (_networks):
            networks_item = RoleRef.from_dict(networks_item_data)



            networks.append(networks_item)


        strategies = []
        _strategies = d.pop("strategies")
        for strategies_item_data in (_strategies):
            strategies_item = StrategyShort.from_dict(strategies_item_data)



            strategies.append(strategies_item)


        headline_figures = []
        _headline_figures = d.pop("headline_figures")
        for headline_figures_item_data in (_headline_figures):
            headline_figures_item = HeadlineFigure.from_dict(headline_figures_item_data)



            headline_figures.append(headline_figures_item)


        jurisdiction_detail = cls(
            slug=slug,
            name=name,
            kind=kind,
            state=state,
            fips=fips,
            has_profile=has_profile,
            jail_population_change_pct=jail_population_change_pct,
            jail_population_change_text=jail_population_change_text,
            social_handle=social_handle,
            last_updated=last_updated,
            action_areas=action_areas,
            source_id=source_id,
            background_and_approach=background_and_approach,
            results=results,
            remaining_challenges=remaining_challenges,
            note=note,
            action_area_refs=action_area_refs,
            lead_agency=lead_agency,
            partners=partners,
            contacts=contacts,
            networks=networks,
            strategies=strategies,
            headline_figures=headline_figures,
        )


        jurisdiction_detail.additional_properties = d
        return jurisdiction_detail

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
