from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_list import AuditList
from ...models.list_audit_events_action import ListAuditEventsAction
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime



def _get_kwargs(
    *,
    resource: str | Unset = UNSET,
    key: str | Unset = UNSET,
    action: ListAuditEventsAction | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["resource"] = resource

    params["key"] = key

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    params["actor"] = actor

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort"] = sort

    params["fields"] = fields

    json_extras: list[Literal['count']] | Unset = UNSET
    if not isinstance(extras, Unset):
        json_extras = extras


    params["extras"] = json_extras


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | AuditList | Problem | None:
    if response.status_code == 200:
        response_200 = AuditList.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | AuditList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: str | Unset = UNSET,
    key: str | Unset = UNSET,
    action: ListAuditEventsAction | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,

) -> Response[Any | AuditList | Problem]:
    """ List audit events

     Every write, newest first: who (key), when, what, before and after, request id. Needs the `admin`
    scope; never cached by shared caches.

    Args:
        resource (str | Unset): Collection name.
        key (str | Unset): Slug or key.
        action (ListAuditEventsAction | Unset): Kind of write.
        actor (str | Unset): API key name.
        since (datetime.datetime | Unset): Events at or after (ISO 8601).
        until (datetime.datetime | Unset): Events at or before (ISO 8601).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: at, id.
            Default `-id`; `id` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            at, actor, key_id, action, resource, key, before, after, request_id.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditList | Problem]
     """


    kwargs = _get_kwargs(
        resource=resource,
key=key,
action=action,
actor=actor,
since=since,
until=until,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    resource: str | Unset = UNSET,
    key: str | Unset = UNSET,
    action: ListAuditEventsAction | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,

) -> Any | AuditList | Problem | None:
    """ List audit events

     Every write, newest first: who (key), when, what, before and after, request id. Needs the `admin`
    scope; never cached by shared caches.

    Args:
        resource (str | Unset): Collection name.
        key (str | Unset): Slug or key.
        action (ListAuditEventsAction | Unset): Kind of write.
        actor (str | Unset): API key name.
        since (datetime.datetime | Unset): Events at or after (ISO 8601).
        until (datetime.datetime | Unset): Events at or before (ISO 8601).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: at, id.
            Default `-id`; `id` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            at, actor, key_id, action, resource, key, before, after, request_id.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditList | Problem
     """


    return sync_detailed(
        client=client,
resource=resource,
key=key,
action=action,
actor=actor,
since=since,
until=until,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource: str | Unset = UNSET,
    key: str | Unset = UNSET,
    action: ListAuditEventsAction | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,

) -> Response[Any | AuditList | Problem]:
    """ List audit events

     Every write, newest first: who (key), when, what, before and after, request id. Needs the `admin`
    scope; never cached by shared caches.

    Args:
        resource (str | Unset): Collection name.
        key (str | Unset): Slug or key.
        action (ListAuditEventsAction | Unset): Kind of write.
        actor (str | Unset): API key name.
        since (datetime.datetime | Unset): Events at or after (ISO 8601).
        until (datetime.datetime | Unset): Events at or before (ISO 8601).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: at, id.
            Default `-id`; `id` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            at, actor, key_id, action, resource, key, before, after, request_id.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditList | Problem]
     """


    kwargs = _get_kwargs(
        resource=resource,
key=key,
action=action,
actor=actor,
since=since,
until=until,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    resource: str | Unset = UNSET,
    key: str | Unset = UNSET,
    action: ListAuditEventsAction | Unset = UNSET,
    actor: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,

) -> Any | AuditList | Problem | None:
    """ List audit events

     Every write, newest first: who (key), when, what, before and after, request id. Needs the `admin`
    scope; never cached by shared caches.

    Args:
        resource (str | Unset): Collection name.
        key (str | Unset): Slug or key.
        action (ListAuditEventsAction | Unset): Kind of write.
        actor (str | Unset): API key name.
        since (datetime.datetime | Unset): Events at or after (ISO 8601).
        until (datetime.datetime | Unset): Events at or before (ISO 8601).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: at, id.
            Default `-id`; `id` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            at, actor, key_id, action, resource, key, before, after, request_id.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditList | Problem
     """


    return (await asyncio_detailed(
        client=client,
resource=resource,
key=key,
action=action,
actor=actor,
since=since,
until=until,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,

    )).parsed
