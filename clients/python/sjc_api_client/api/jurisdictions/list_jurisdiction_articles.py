from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.jurisdiction_article_list import JurisdictionArticleList
from ...models.list_jurisdiction_articles_facet_item import ListJurisdictionArticlesFacetItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime



def _get_kwargs(
    slug: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListJurisdictionArticlesFacetItem] | Unset = UNSET,
    q: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["sort"] = sort

    params["fields"] = fields

    json_extras: list[Literal['count']] | Unset = UNSET
    if not isinstance(extras, Unset):
        json_extras = extras


    params["extras"] = json_extras

    params["include"] = include

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    json_facet: list[str] | Unset = UNSET
    if not isinstance(facet, Unset):
        json_facet = []
        for facet_item_data in facet:
            facet_item = facet_item_data.value
            json_facet.append(facet_item)


    params["facet"] = json_facet

    params["q"] = q


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jurisdictions/{slug}/articles".format(slug=quote(str(slug), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | JurisdictionArticleList | Problem | None:
    if response.status_code == 200:
        response_200 = JurisdictionArticleList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | JurisdictionArticleList | Problem]:
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
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListJurisdictionArticlesFacetItem] | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Response[Any | JurisdictionArticleList | Problem]:
    """ List articles that mention a jurisdiction

     List the articles that mention one jurisdiction.

    Args:
        slug (str): Stable lowercase slug of the resource.
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: published,
            slug, title. Default `slug`; `slug` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`slug` is always kept). Allowed:
            slug, title, published, authors, action_areas.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed: jurisdictions,
            networks, organizations. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListJurisdictionArticlesFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.
        q (str | Unset): Full-text search: words (stemmed, all must match) and "quoted phrases".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JurisdictionArticleList | Problem]
     """


    kwargs = _get_kwargs(
        slug=slug,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,
q=q,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListJurisdictionArticlesFacetItem] | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Any | JurisdictionArticleList | Problem | None:
    """ List articles that mention a jurisdiction

     List the articles that mention one jurisdiction.

    Args:
        slug (str): Stable lowercase slug of the resource.
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: published,
            slug, title. Default `slug`; `slug` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`slug` is always kept). Allowed:
            slug, title, published, authors, action_areas.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed: jurisdictions,
            networks, organizations. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListJurisdictionArticlesFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.
        q (str | Unset): Full-text search: words (stemmed, all must match) and "quoted phrases".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JurisdictionArticleList | Problem
     """


    return sync_detailed(
        slug=slug,
client=client,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,
q=q,

    ).parsed

async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListJurisdictionArticlesFacetItem] | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Response[Any | JurisdictionArticleList | Problem]:
    """ List articles that mention a jurisdiction

     List the articles that mention one jurisdiction.

    Args:
        slug (str): Stable lowercase slug of the resource.
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: published,
            slug, title. Default `slug`; `slug` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`slug` is always kept). Allowed:
            slug, title, published, authors, action_areas.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed: jurisdictions,
            networks, organizations. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListJurisdictionArticlesFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.
        q (str | Unset): Full-text search: words (stemmed, all must match) and "quoted phrases".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JurisdictionArticleList | Problem]
     """


    kwargs = _get_kwargs(
        slug=slug,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,
q=q,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListJurisdictionArticlesFacetItem] | Unset = UNSET,
    q: str | Unset = UNSET,

) -> Any | JurisdictionArticleList | Problem | None:
    """ List articles that mention a jurisdiction

     List the articles that mention one jurisdiction.

    Args:
        slug (str): Stable lowercase slug of the resource.
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: published,
            slug, title. Default `slug`; `slug` always breaks ties. Missing values sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`slug` is always kept). Allowed:
            slug, title, published, authors, action_areas.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed: jurisdictions,
            networks, organizations. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListJurisdictionArticlesFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.
        q (str | Unset): Full-text search: words (stemmed, all must match) and "quoted phrases".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JurisdictionArticleList | Problem
     """


    return (await asyncio_detailed(
        slug=slug,
client=client,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,
q=q,

    )).parsed
