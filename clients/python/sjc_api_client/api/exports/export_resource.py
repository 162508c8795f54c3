from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_format import ExportFormat
from ...models.export_resource import ExportResource
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    resource: ExportResource,
    fmt: ExportFormat,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exports/{resource}.{fmt}".format(resource=quote(str(resource), safe=""),fmt=quote(str(fmt), safe=""),),
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

) -> Response[Any | Problem | str]:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        resource=resource,
fmt=fmt,

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

) -> Any | Problem | str | None:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.

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

    ).parsed

async def asyncio_detailed(
    resource: ExportResource,
    fmt: ExportFormat,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Any | Problem | str]:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        resource=resource,
fmt=fmt,

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

) -> Any | Problem | str | None:
    """ Export every row of a resource

     Streams all rows of a resource as CSV (flat, UTF-8, header row; related resources as slugs joined by
    `;`) or NDJSON (one object per line), read in keyset batches so memory stays flat however many rows
    there are.

    Args:
        resource (ExportResource):
        fmt (ExportFormat): File formats of an export.

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

    )).parsed
