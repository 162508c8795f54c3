from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_format import ExportFormat
from ...models.export_resource import ExportResource
from ...models.jurisdiction_kind import JurisdictionKind
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    state: str | Unset = UNSET,
    kind: JurisdictionKind | Unset = UNSET,
    action_area: str | Unset = UNSET,
    network: str | Unset = UNSET,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    author: str | Unset = UNSET,
    published_from: datetime.date | Unset = UNSET,
    published_to: datetime.date | Unset = UNSET,
    document: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["state"] = state

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["action_area"] = action_area

    params["network"] = network

    params["jurisdiction"] = jurisdiction

    params["metric"] = metric

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["author"] = author

    json_published_from: str | Unset = UNSET
    if not isinstance(published_from, Unset):
        json_published_from = published_from.isoformat()
    params["published_from"] = json_published_from

    json_published_to: str | Unset = UNSET
    if not isinstance(published_to, Unset):
        json_published_to = published_to.isoformat()
    params["published_to"] = json_published_to

    params["document"] = document


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/{resource}.{fmt}".format(resource=quote(str(resource), safe=""),fmt=quote(str(fmt), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: JurisdictionKind | Unset = UNSET,
    action_area: str | Unset = UNSET,
    network: str | Unset = UNSET,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    author: str | Unset = UNSET,
    published_from: datetime.date | Unset = UNSET,
    published_to: datetime.date | Unset = UNSET,
    document: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are. The resource's list filters narrow it (same names and meaning as on its list:
    jurisdictions take state, kind, action_area, network; strategies jurisdiction, action_area;
    observations jurisdiction, metric, from, to; articles action_area, author, jurisdiction,
    published_from, published_to; organizations state; sources document); a filter the resource does not
    take is a 400 naming those it does.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.
        state (str | Unset): Two-letter state code (case-insensitive).
        kind (JurisdictionKind | Unset): What sort of place a jurisdiction is.
        action_area (str | Unset): Slug of an action area.
        network (str | Unset): Slug of a network.
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        author (str | Unset): Slug of an author (see /people).
        published_from (datetime.date | Unset): Published on or after this date.
        published_to (datetime.date | Unset): Published on or before this date.
        document (str | Unset): Key of a captured document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        resource=resource,
fmt=fmt,
state=state,
kind=kind,
action_area=action_area,
network=network,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
author=author,
published_from=published_from,
published_to=published_to,
document=document,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: JurisdictionKind | Unset = UNSET,
    action_area: str | Unset = UNSET,
    network: str | Unset = UNSET,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    author: str | Unset = UNSET,
    published_from: datetime.date | Unset = UNSET,
    published_to: datetime.date | Unset = UNSET,
    document: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are. The resource's list filters narrow it (same names and meaning as on its list:
    jurisdictions take state, kind, action_area, network; strategies jurisdiction, action_area;
    observations jurisdiction, metric, from, to; articles action_area, author, jurisdiction,
    published_from, published_to; organizations state; sources document); a filter the resource does not
    take is a 400 naming those it does.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.
        state (str | Unset): Two-letter state code (case-insensitive).
        kind (JurisdictionKind | Unset): What sort of place a jurisdiction is.
        action_area (str | Unset): Slug of an action area.
        network (str | Unset): Slug of a network.
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        author (str | Unset): Slug of an author (see /people).
        published_from (datetime.date | Unset): Published on or after this date.
        published_to (datetime.date | Unset): Published on or before this date.
        document (str | Unset): Key of a captured document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        resource=resource,
fmt=fmt,
client=client,
state=state,
kind=kind,
action_area=action_area,
network=network,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
author=author,
published_from=published_from,
published_to=published_to,
document=document,

    ).parsed

async def asyncio_detailed(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: JurisdictionKind | Unset = UNSET,
    action_area: str | Unset = UNSET,
    network: str | Unset = UNSET,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    author: str | Unset = UNSET,
    published_from: datetime.date | Unset = UNSET,
    published_to: datetime.date | Unset = UNSET,
    document: str | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are. The resource's list filters narrow it (same names and meaning as on its list:
    jurisdictions take state, kind, action_area, network; strategies jurisdiction, action_area;
    observations jurisdiction, metric, from, to; articles action_area, author, jurisdiction,
    published_from, published_to; organizations state; sources document); a filter the resource does not
    take is a 400 naming those it does.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.
        state (str | Unset): Two-letter state code (case-insensitive).
        kind (JurisdictionKind | Unset): What sort of place a jurisdiction is.
        action_area (str | Unset): Slug of an action area.
        network (str | Unset): Slug of a network.
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        author (str | Unset): Slug of an author (see /people).
        published_from (datetime.date | Unset): Published on or after this date.
        published_to (datetime.date | Unset): Published on or before this date.
        document (str | Unset): Key of a captured document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        resource=resource,
fmt=fmt,
state=state,
kind=kind,
action_area=action_area,
network=network,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
author=author,
published_from=published_from,
published_to=published_to,
document=document,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: JurisdictionKind | Unset = UNSET,
    action_area: str | Unset = UNSET,
    network: str | Unset = UNSET,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    author: str | Unset = UNSET,
    published_from: datetime.date | Unset = UNSET,
    published_to: datetime.date | Unset = UNSET,
    document: str | Unset = UNSET,

) -> Any | Problem | str | None:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are. The resource's list filters narrow it (same names and meaning as on its list:
    jurisdictions take state, kind, action_area, network; strategies jurisdiction, action_area;
    observations jurisdiction, metric, from, to; articles action_area, author, jurisdiction,
    published_from, published_to; organizations state; sources document); a filter the resource does not
    take is a 400 naming those it does.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.
        state (str | Unset): Two-letter state code (case-insensitive).
        kind (JurisdictionKind | Unset): What sort of place a jurisdiction is.
        action_area (str | Unset): Slug of an action area.
        network (str | Unset): Slug of a network.
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        author (str | Unset): Slug of an author (see /people).
        published_from (datetime.date | Unset): Published on or after this date.
        published_to (datetime.date | Unset): Published on or before this date.
        document (str | Unset): Key of a captured document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        resource=resource,
fmt=fmt,
client=client,
state=state,
kind=kind,
action_area=action_area,
network=network,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
author=author,
published_from=published_from,
published_to=published_to,
document=document,

    )).parsed
