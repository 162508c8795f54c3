from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.search_results import SearchResults
from ...models.search_type_item import SearchTypeItem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)


    params["type"] = json_type_

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | SearchResults | None:
    if response.status_code == 200:
        response_200 = SearchResults.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | SearchResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[Any | Problem | SearchResults]:
    """ Search across resources

     Full-text search over articles, strategies, jurisdictions and organizations: words are stemmed
    ("diversions" finds "diversion") and must all match; "quoted phrases" match as phrases. Ranked by
    relevance (titles weigh more), each hit with a highlighted snippet.

    Args:
        q (str): Search words and "phrases".
        type_ (list[SearchTypeItem] | Unset): Restrict to these resource types (repeatable).
        limit (int | Unset): Page size (default 20). Default: 20.
        cursor (str | Unset): Opaque cursor from `links.next`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchResults]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Any | Problem | SearchResults | None:
    """ Search across resources

     Full-text search over articles, strategies, jurisdictions and organizations: words are stemmed
    ("diversions" finds "diversion") and must all match; "quoted phrases" match as phrases. Ranked by
    relevance (titles weigh more), each hit with a highlighted snippet.

    Args:
        q (str): Search words and "phrases".
        type_ (list[SearchTypeItem] | Unset): Restrict to these resource types (repeatable).
        limit (int | Unset): Page size (default 20). Default: 20.
        cursor (str | Unset): Opaque cursor from `links.next`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchResults
     """


    return sync_detailed(
        client=client,
q=q,
type_=type_,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[Any | Problem | SearchResults]:
    """ Search across resources

     Full-text search over articles, strategies, jurisdictions and organizations: words are stemmed
    ("diversions" finds "diversion") and must all match; "quoted phrases" match as phrases. Ranked by
    relevance (titles weigh more), each hit with a highlighted snippet.

    Args:
        q (str): Search words and "phrases".
        type_ (list[SearchTypeItem] | Unset): Restrict to these resource types (repeatable).
        limit (int | Unset): Page size (default 20). Default: 20.
        cursor (str | Unset): Opaque cursor from `links.next`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchResults]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: list[SearchTypeItem] | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Any | Problem | SearchResults | None:
    """ Search across resources

     Full-text search over articles, strategies, jurisdictions and organizations: words are stemmed
    ("diversions" finds "diversion") and must all match; "quoted phrases" match as phrases. Ranked by
    relevance (titles weigh more), each hit with a highlighted snippet.

    Args:
        q (str): Search words and "phrases".
        type_ (list[SearchTypeItem] | Unset): Restrict to these resource types (repeatable).
        limit (int | Unset): Page size (default 20). Default: 20.
        cursor (str | Unset): Opaque cursor from `links.next`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchResults
     """


    return (await asyncio_detailed(
        client=client,
q=q,
type_=type_,
limit=limit,
cursor=cursor,

    )).parsed
