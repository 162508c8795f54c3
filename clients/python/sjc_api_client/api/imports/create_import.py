from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.body_create_import import BodyCreateImport
from ...models.import_job_item import ImportJobItem
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: BodyCreateImport,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportJobItem | Problem | None:
    if response.status_code == 202:
        response_202 = ImportJobItem.from_dict(response.json())



        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())



        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportJobItem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateImport,

) -> Response[ImportJobItem | Problem]:
    """ Import a file of figures

     Needs the `admin` scope. Upload a CSV as multipart field `file` (daily counts, the long layout, or a
    county-period table; see docs/imports.md), optionally a `mapping` YAML file for a wide table and
    `dry_run=true`. A file whose header no layout reads is a 422 naming `/file` at once. Otherwise
    answers 202 with the job and its `Location`; poll it until `status` is no longer queued or running.
    The import is all or nothing, recorded in the audit log, with the same report as `sjc-api import
    --json`.

    Args:
        body (BodyCreateImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobItem | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateImport,

) -> ImportJobItem | Problem | None:
    """ Import a file of figures

     Needs the `admin` scope. Upload a CSV as multipart field `file` (daily counts, the long layout, or a
    county-period table; see docs/imports.md), optionally a `mapping` YAML file for a wide table and
    `dry_run=true`. A file whose header no layout reads is a 422 naming `/file` at once. Otherwise
    answers 202 with the job and its `Location`; poll it until `status` is no longer queued or running.
    The import is all or nothing, recorded in the audit log, with the same report as `sjc-api import
    --json`.

    Args:
        body (BodyCreateImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobItem | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateImport,

) -> Response[ImportJobItem | Problem]:
    """ Import a file of figures

     Needs the `admin` scope. Upload a CSV as multipart field `file` (daily counts, the long layout, or a
    county-period table; see docs/imports.md), optionally a `mapping` YAML file for a wide table and
    `dry_run=true`. A file whose header no layout reads is a 422 naming `/file` at once. Otherwise
    answers 202 with the job and its `Location`; poll it until `status` is no longer queued or running.
    The import is all or nothing, recorded in the audit log, with the same report as `sjc-api import
    --json`.

    Args:
        body (BodyCreateImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobItem | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateImport,

) -> ImportJobItem | Problem | None:
    """ Import a file of figures

     Needs the `admin` scope. Upload a CSV as multipart field `file` (daily counts, the long layout, or a
    county-period table; see docs/imports.md), optionally a `mapping` YAML file for a wide table and
    `dry_run=true`. A file whose header no layout reads is a 422 naming `/file` at once. Otherwise
    answers 202 with the job and its `Location`; poll it until `status` is no longer queued or running.
    The import is all or nothing, recorded in the audit log, with the same report as `sjc-api import
    --json`.

    Args:
        body (BodyCreateImport):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobItem | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
