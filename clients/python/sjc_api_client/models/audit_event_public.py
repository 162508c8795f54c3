from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0
  from ..models.audit_event_public_before_type_0 import AuditEventPublicBeforeType0





T = TypeVar("T", bound="AuditEventPublic")



@_attrs_define
class AuditEventPublic:
    """ One write as the audit log shows it.

        Attributes:
            id (int): Event id, increasing.
            at (datetime.datetime | Unset): When the write committed (UTC).
            actor (str | Unset): Name of the API key that wrote.
            key_id (int | None | Unset): Row id of that key.
            action (str | Unset): create, update, delete or restore.
            resource (str | Unset): Collection name, e.g. jurisdictions.
            key (str | Unset): Slug or key of the record.
            before (AuditEventPublicBeforeType0 | None | Unset): Writable form before (null on create).
            after (AuditEventPublicAfterType0 | None | Unset): Writable form after (null on delete).
            request_id (str | Unset): X-Request-ID of the write.
     """

    id: int
    at: datetime.datetime | Unset = UNSET
    actor: str | Unset = UNSET
    key_id: int | None | Unset = UNSET
    action: str | Unset = UNSET
    resource: str | Unset = UNSET
    key: str | Unset = UNSET
    before: AuditEventPublicBeforeType0 | None | Unset = UNSET
    after: AuditEventPublicAfterType0 | None | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0 # noqa: PLC0415
        from ..models.audit_event_public_before_type_0 import AuditEventPublicBeforeType0 # noqa: PLC0415
        id = self.id

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        actor = self.actor

        key_id: int | None | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        action = self.action

        resource = self.resource

        key = self.key

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, AuditEventPublicBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, AuditEventPublicAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
        })
        if at is not UNSET:
            field_dict["at"] = at
        if actor is not UNSET:
            field_dict["actor"] = actor
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if action is not UNSET:
            field_dict["action"] = action
        if resource is not UNSET:
            field_dict["resource"] = resource
        if key is not UNSET:
            field_dict["key"] = key
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0 # noqa: PLC0415
        from ..models.audit_event_public_before_type_0 import AuditEventPublicBeforeType0 # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at,  Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)




        actor = d.pop("actor", UNSET)

        def _parse_key_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))


        action = d.pop("action", UNSET)

        resource = d.pop("resource", UNSET)

        key = d.pop("key", UNSET)

        def _parse_before(data: object) -> AuditEventPublicBeforeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEventPublicBeforeType0.from_dict(data)



                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventPublicBeforeType0 | None | Unset, data)

        before = _parse_before(d.pop("before", UNSET))


        def _parse_after(data: object) -> AuditEventPublicAfterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEventPublicAfterType0.from_dict(data)



                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventPublicAfterType0 | None | Unset, data)

        after = _parse_after(d.pop("after", UNSET))


        request_id = d.pop("request_id", UNSET)

        audit_event_public = cls(
            id=id,
            at=at,
            actor=actor,
            key_id=key_id,
            action=action,
            resource=resource,
            key=key,
            before=before,
            after=after,
            request_id=request_id,
        )


        audit_event_public.additional_properties = d
        return audit_event_public

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
