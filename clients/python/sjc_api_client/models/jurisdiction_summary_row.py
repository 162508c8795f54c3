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

if TYPE_CHECKING:
  from ..models.contact_ref import ContactRef
  from ..models.headline_figure import HeadlineFigure
  from ..models.ref import Ref
  from ..models.role_ref import RoleRef
  from ..models.strategy_short import StrategyShort





T = TypeVar("T", bound="JurisdictionSummaryRow")



@_attrs_define
class JurisdictionSummaryRow:
    """ A jurisdiction in a list.

        Attributes:
            slug (str): Stable slug.
            name (str | Unset): Name as written in the source.
            kind (JurisdictionKind | Unset): What sort of place a jurisdiction is.
            state (None | str | Unset): Two-letter state code.
            fips (None | str | Unset): Census FIPS code (5 digits county, 2 state).
            has_profile (bool | Unset): Whether the source has a profile page for it.
            jail_population_change_pct (float | None | Unset): Headline change in jail population in percent (reductions
                negative).
            jail_population_change_text (None | str | Unset): The headline as written.
            social_handle (None | str | Unset): Social media handle shown on the profile.
            last_updated (datetime.date | None | Unset): Profile's last-updated date; null when not shown.
            action_areas (list[str] | Unset): Slugs of its action areas.
            source_id (None | str | Unset): Passage that names or profiles it.
            lead_agency (None | Ref | Unset): Only with `include=lead_agency`.
            partners (list[Ref] | None | Unset): Only with `include=partners`.
            contacts (list[ContactRef] | None | Unset): Only with `include=contacts`.
            networks (list[RoleRef] | None | Unset): Only with `include=networks`.
            strategies (list[StrategyShort] | None | Unset): Only with `include=strategies`.
            observations (list[HeadlineFigure] | None | Unset): Only with `include=observations`.
     """

    slug: str
    name: str | Unset = UNSET
    kind: JurisdictionKind | Unset = UNSET
    state: None | str | Unset = UNSET
    fips: None | str | Unset = UNSET
    has_profile: bool | Unset = UNSET
    jail_population_change_pct: float | None | Unset = UNSET
    jail_population_change_text: None | str | Unset = UNSET
    social_handle: None | str | Unset = UNSET
    last_updated: datetime.date | None | Unset = UNSET
    action_areas: list[str] | Unset = UNSET
    source_id: None | str | Unset = UNSET
    lead_agency: None | Ref | Unset = UNSET
    partners: list[Ref] | None | Unset = UNSET
    contacts: list[ContactRef] | None | Unset = UNSET
    networks: list[RoleRef] | None | Unset = UNSET
    strategies: list[StrategyShort] | None | Unset = UNSET
    observations: list[HeadlineFigure] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_ref import ContactRef # noqa: PLC0415
        from ..models.headline_figure import HeadlineFigure # noqa: PLC0415
        from ..models.ref import Ref # noqa: PLC0415
        from ..models.role_ref import RoleRef # noqa: PLC0415
        from ..models.strategy_short import StrategyShort # noqa: PLC0415
        slug = self.slug

        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
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

        action_areas: list[str] | Unset = UNSET
        if not isinstance(self.action_areas, Unset):
            action_areas = self.action_areas



        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        lead_agency: dict[str, Any] | None | Unset
        if isinstance(self.lead_agency, Unset):
            lead_agency = UNSET
        elif isinstance(self.lead_agency, Ref):
            lead_agency = self.lead_agency.to_dict()
        else:
            lead_agency = self.lead_agency

        partners: list[dict[str, Any]] | None | Unset
        if isinstance(self.partners, Unset):
            partners = UNSET
        elif isinstance(self.partners, list):
            partners = []
            for partners_type_0_item_data in self.partners:
                partners_type_0_item = partners_type_0_item_data.to_dict()
                partners.append(partners_type_0_item)


        else:
            partners = self.partners

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)


        else:
            contacts = self.contacts

        networks: list[dict[str, Any]] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.to_dict()
                networks.append(networks_type_0_item)


        else:
            networks = self.networks

        strategies: list[dict[str, Any]] | None | Unset
        if isinstance(self.strategies, Unset):
            strategies = UNSET
        elif isinstance(self.strategies, list):
            strategies = []
            for strategies_type_0_item_data in self.strategies:
                strategies_type_0_item = strategies_type_0_item_data.to_dict()
                strategies.append(strategies_type_0_item)


        else:
            strategies = self.strategies

        observations: list[dict[str, Any]] | None | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        elif isinstance(self.observations, list):
            observations = []
            for observations_type_0_item_data in self.observations:
                observations_type_0_item = observations_type_0_item_data.to_dict()
                observations.append(observations_type_0_item)


        else:
            observations = self.observations


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if state is not UNSET:
            field_dict["state"] = state
        if fips is not UNSET:
            field_dict["fips"] = fips
        if has_profile is not UNSET:
            field_dict["has_profile"] = has_profile
        if jail_population_change_pct is not UNSET:
            field_dict["jail_population_change_pct"] = jail_population_change_pct
        if jail_population_change_text is not UNSET:
            field_dict["jail_population_change_text"] = jail_population_change_text
        if social_handle is not UNSET:
            field_dict["social_handle"] = social_handle
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if action_areas is not UNSET:
            field_dict["action_areas"] = action_areas
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if lead_agency is not UNSET:
            field_dict["lead_agency"] = lead_agency
        if partners is not UNSET:
            field_dict["partners"] = partners
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if networks is not UNSET:
            field_dict["networks"] = networks
        if strategies is not UNSET:
            field_dict["strategies"] = strategies
        if observations is not UNSET:
            field_dict["observations"] = observations

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

        name = d.pop("name", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: JurisdictionKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = JurisdictionKind(_kind)




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


        action_areas = cast(list[str], d.pop("action_areas", UNSET))


        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))


        def _parse_lead_agency(data: object) -> None | Ref | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_agency_type_0 = Ref.from_dict(data)



                return lead_agency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref | Unset, data)

        lead_agency = _parse_lead_agency(d.pop("lead_agency", UNSET))


        def _parse_partners(data: object) -> list[Ref] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partners_type_0 = []
                _partners_type_0 = data
                for partners_type_0_item_data in (_partners_type_0):
                    partners_type_0_item = Ref.from_dict(partners_type_0_item_data)



                    partners_type_0.append(partners_type_0_item)

                return partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Ref] | None | Unset, data)

        partners = _parse_partners(d.pop("partners", UNSET))


        def _parse_contacts(data: object) -> list[ContactRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in (_contacts_type_0):
                    contacts_type_0_item = ContactRef.from_dict(contacts_type_0_item_data)



                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContactRef] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))


        def _parse_networks(data: object) -> list[RoleRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                networks_type_0 = []
                _networks_type_0 = data
                for networks_type_0_item_data in (_networks_type_0):
                    networks_type_0_item = RoleRef.from_dict(networks_type_0_item_data)



                    networks_type_0.append(networks_type_0_item)

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleRef] | None | Unset, data)

        networks = _parse_networks(d.pop("networks", UNSET))


        def _parse_strategies(data: object) -> list[StrategyShort] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                strategies_type_0 = []
                _strategies_type_0 = data
                for strategies_type_0_item_data in (_strategies_type_0):
                    strategies_type_0_item = StrategyShort.from_dict(strategies_type_0_item_data)



                    strategies_type_0.append(strategies_type_0_item)

                return strategies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StrategyShort] | None | Unset, data)

        strategies = _parse_strategies(d.pop("strategies", UNSET))


        def _parse_observations(data: object) -> list[HeadlineFigure] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                observations_type_0 = []
                _observations_type_0 = data
                for observations_type_0_item_data in (_observations_type_0):
                    observations_type_0_item = HeadlineFigure.from_dict(observations_type_0_item_data)



                    observations_type_0.append(observations_type_0_item)

                return observations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HeadlineFigure] | None | Unset, data)

        observations = _parse_observations(d.pop("observations", UNSET))


        jurisdiction_summary_row = cls(
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
            lead_agency=lead_agency,
            partners=partners,
            contacts=contacts,
            networks=networks,
            strategies=strategies,
            observations=observations,
        )


        jurisdiction_summary_row.additional_properties = d
        return jurisdiction_summary_row

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
