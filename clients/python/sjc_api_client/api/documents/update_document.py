from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_item import DocumentItem
from ...models.document_patch import DocumentPatch
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    key: str,
    *,
    body: DocumentPatch,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/documents/{key}".format(key=quote(str(key), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentItem | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentItem.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())



        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentItem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: DocumentPatch,
    if_match: str | Unset = UNSET,

) -> Response[DocumentItem | Problem]:
    """ Update a document

     Needs the `write` scope and `If-Match`. The body is a JSON merge patch (members present replace
    stored values); the whole result is validated again.

    Args:
        key (str): The key.
        if_match (str | Unset): The ETag from GET (or from the last write); required. Stale: 412.
        body (DocumentPatch): A JSON merge patch: members present replace the stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentItem | Problem]
     """


    kwargs = _get_kwargs(
        key=key,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    key: str,
    *,
    client: AuthenticatedClient,
    body: DocumentPatch,
    if_match: str | Unset = UNSET,

) -> DocumentItem | Problem | None:
    """ Update a document

     Needs the `write` scope and `If-Match`. The body is a JSON merge patch (members present replace
    stored values); the whole result is validated again.

    Args:
        key (str): The key.
        if_match (str | Unset): The ETag from GET (or from the last write); required. Stale: 412.
        body (DocumentPatch): A JSON merge patch: members present replace the stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentItem | Problem
     """


    return sync_detailed(
        key=key,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: DocumentPatch,
    if_match: str | Unset = UNSET,

) -> Response[DocumentItem | Problem]:
    """ Update a document

     Needs the `write` scope and `If-Match`. The body is a JSON merge patch (members present replace
    stored values); the whole result is validated again.

    Args:
        key (str): The key.
        if_match (str | Unset): The ETag from GET (or from the last write); required. Stale: 412.
        body (DocumentPatch): A JSON merge patch: members present replace the stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentItem | Problem]
     """


    kwargs = _get_kwargs(
        key=key,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient,
    body: DocumentPatch,
    if_match: str | Unset = UNSET,

) -> DocumentItem | Problem | None:
    """ Update a document

     Needs the `write` scope and `If-Match`. The body is a JSON merge patch (members present replace
    stored values); the whole result is validated again.

    Args:
        key (str): The key.
        if_match (str | Unset): The ETag from GET (or from the last write); required. Stale: 412.
        body (DocumentPatch): A JSON merge patch: members present replace the stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentItem | Problem
     """


    return (await asyncio_detailed(
        key=key,
client=client,
body=body,
if_match=if_match,

    )).parsed
