from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime



def _get_kwargs(
    *,
    kind: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["kind"] = kind

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort"] = sort

    params["fields"] = fields

    json_extras: list[Literal['count']] | Unset = UNSET
    if not isinstance(extras, Unset):
        json_extras = extras


    params["extras"] = json_extras

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/documents.ndjson",
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
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ List documents (NDJSON)

     The same rows as `list_documents`, as NDJSON (one JSON object a line). Without `limit` or `cursor` a
    list answers every matching row as one streamed file.

    Args:
        kind (str | Unset): Kind of document: blog_post, jurisdiction_profile, import_file, ...
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: key, kind,
            title. Default `key`; `key` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`key` is always kept). Allowed:
            key, kind, title, capture, lines, url, sha256, row_count, imported_at.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        kind=kind,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
updated_since=updated_since,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,

) -> Any | Problem | str | None:
    """ List documents (NDJSON)

     The same rows as `list_documents`, as NDJSON (one JSON object a line). Without `limit` or `cursor` a
    list answers every matching row as one streamed file.

    Args:
        kind (str | Unset): Kind of document: blog_post, jurisdiction_profile, import_file, ...
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: key, kind,
            title. Default `key`; `key` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`key` is always kept). Allowed:
            key, kind, title, capture, lines, url, sha256, row_count, imported_at.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        client=client,
kind=kind,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
updated_since=updated_since,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ List documents (NDJSON)

     The same rows as `list_documents`, as NDJSON (one JSON object a line). Without `limit` or `cursor` a
    list answers every matching row as one streamed file.

    Args:
        kind (str | Unset): Kind of document: blog_post, jurisdiction_profile, import_file, ...
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: key, kind,
            title. Default `key`; `key` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`key` is always kept). Allowed:
            key, kind, title, capture, lines, url, sha256, row_count, imported_at.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        kind=kind,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
updated_since=updated_since,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,

) -> Any | Problem | str | None:
    """ List documents (NDJSON)

     The same rows as `list_documents`, as NDJSON (one JSON object a line). Without `limit` or `cursor` a
    list answers every matching row as one streamed file.

    Args:
        kind (str | Unset): Kind of document: blog_post, jurisdiction_profile, import_file, ...
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: key, kind,
            title. Default `key`; `key` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`key` is always kept). Allowed:
            key, kind, title, capture, lines, url, sha256, row_count, imported_at.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        client=client,
kind=kind,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
updated_since=updated_since,

    )).parsed
