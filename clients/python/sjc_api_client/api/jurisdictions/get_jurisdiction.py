from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.jurisdiction_item import JurisdictionItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    slug: str,
    *,
    as_of: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jurisdictions/{slug}".format(slug=quote(str(slug), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | JurisdictionItem | Problem | None:
    if response.status_code == 200:
        response_200 = JurisdictionItem.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | JurisdictionItem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,

) -> Response[Any | JurisdictionItem | Problem]:
    """ Get a jurisdiction's profile

     The whole profile page in one object: texts, action areas, lead agency, partners, contacts, networks
    with role, strategies (short form) and every figure with its source. `as_of` answers as the profile
    stood at that time (from the audit log).

    Args:
        slug (str): Stable lowercase slug of the resource.
        as_of (datetime.datetime | Unset): Answer as the data stood at this time (ISO 8601 with
            offset, e.g. 2026-11-26T12:00:00Z).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JurisdictionItem | Problem]
     """


    kwargs = _get_kwargs(
        slug=slug,
as_of=as_of,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,

) -> Any | JurisdictionItem | Problem | None:
    """ Get a jurisdiction's profile

     The whole profile page in one object: texts, action areas, lead agency, partners, contacts, networks
    with role, strategies (short form) and every figure with its source. `as_of` answers as the profile
    stood at that time (from the audit log).

    Args:
        slug (str): Stable lowercase slug of the resource.
        as_of (datetime.datetime | Unset): Answer as the data stood at this time (ISO 8601 with
            offset, e.g. 2026-11-26T12:00:00Z).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JurisdictionItem | Problem
     """


    return sync_detailed(
        slug=slug,
client=client,
as_of=as_of,

    ).parsed

async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,

) -> Response[Any | JurisdictionItem | Problem]:
    """ Get a jurisdiction's profile

     The whole profile page in one object: texts, action areas, lead agency, partners, contacts, networks
    with role, strategies (short form) and every figure with its source. `as_of` answers as the profile
    stood at that time (from the audit log).

    Args:
        slug (str): Stable lowercase slug of the resource.
        as_of (datetime.datetime | Unset): Answer as the data stood at this time (ISO 8601 with
            offset, e.g. 2026-11-26T12:00:00Z).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JurisdictionItem | Problem]
     """


    kwargs = _get_kwargs(
        slug=slug,
as_of=as_of,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.datetime | Unset = UNSET,

) -> Any | JurisdictionItem | Problem | None:
    """ Get a jurisdiction's profile

     The whole profile page in one object: texts, action areas, lead agency, partners, contacts, networks
    with role, strategies (short form) and every figure with its source. `as_of` answers as the profile
    stood at that time (from the audit log).

    Args:
        slug (str): Stable lowercase slug of the resource.
        as_of (datetime.datetime | Unset): Answer as the data stood at this time (ISO 8601 with
            offset, e.g. 2026-11-26T12:00:00Z).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JurisdictionItem | Problem
     """


    return (await asyncio_detailed(
        slug=slug,
client=client,
as_of=as_of,

    )).parsed
