from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_observations_ndjson_facet_item import ListObservationsNdjsonFacetItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime



def _get_kwargs(
    *,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListObservationsNdjsonFacetItem] | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/observations.ndjson",
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
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListObservationsNdjsonFacetItem] | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ List observations (NDJSON)

     The same rows as `list_observations`, as NDJSON (one JSON object a line). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        as_of (datetime.datetime | Unset): List the rows as they stood at this time (ISO 8601 with
            offset), in key order. Cannot be combined with `sort`, `include`, `facet`, `extras` or `q`
            (422).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: id, metric,
            period_end, period_start, value. Default `id`; `id` always breaks ties. Missing values
            sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            jurisdiction, metric, unit, period_start, period_end, frequency, value, qualifier, status,
            text_as_written, source_id, strategy, note, inputs, formula.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed:
            metric_definition, source. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListObservationsNdjsonFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
as_of=as_of,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListObservationsNdjsonFacetItem] | Unset = UNSET,

) -> Any | Problem | str | None:
    """ List observations (NDJSON)

     The same rows as `list_observations`, as NDJSON (one JSON object a line). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        as_of (datetime.datetime | Unset): List the rows as they stood at this time (ISO 8601 with
            offset), in key order. Cannot be combined with `sort`, `include`, `facet`, `extras` or `q`
            (422).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: id, metric,
            period_end, period_start, value. Default `id`; `id` always breaks ties. Missing values
            sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            jurisdiction, metric, unit, period_start, period_end, frequency, value, qualifier, status,
            text_as_written, source_id, strategy, note, inputs, formula.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed:
            metric_definition, source. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListObservationsNdjsonFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        client=client,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
as_of=as_of,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListObservationsNdjsonFacetItem] | Unset = UNSET,

) -> Response[Any | Problem | str]:
    """ List observations (NDJSON)

     The same rows as `list_observations`, as NDJSON (one JSON object a line). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        as_of (datetime.datetime | Unset): List the rows as they stood at this time (ISO 8601 with
            offset), in key order. Cannot be combined with `sort`, `include`, `facet`, `extras` or `q`
            (422).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: id, metric,
            period_end, period_start, value. Default `id`; `id` always breaks ties. Missing values
            sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            jurisdiction, metric, unit, period_start, period_end, frequency, value, qualifier, status,
            text_as_written, source_id, strategy, note, inputs, formula.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed:
            metric_definition, source. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListObservationsNdjsonFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
as_of=as_of,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    jurisdiction: str | Unset = UNSET,
    metric: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    as_of: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    extras: list[Literal['count']] | Unset = UNSET,
    include: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
    facet: list[ListObservationsNdjsonFacetItem] | Unset = UNSET,

) -> Any | Problem | str | None:
    """ List observations (NDJSON)

     The same rows as `list_observations`, as NDJSON (one JSON object a line). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        jurisdiction (str | Unset): Slug of a jurisdiction.
        metric (str | Unset): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        as_of (datetime.datetime | Unset): List the rows as they stood at this time (ISO 8601 with
            offset), in key order. Cannot be combined with `sort`, `include`, `facet`, `extras` or `q`
            (422).
        limit (int | Unset): Page size (default 50, max 500).
        cursor (str | Unset): Opaque cursor from `links.next` of the previous page (it is tied to
            the sort).
        sort (str | Unset): Comma-separated sort keys, `-` for descending. Allowed: id, metric,
            period_end, period_start, value. Default `id`; `id` always breaks ties. Missing values
            sort first.
        fields (str | Unset): Sparse fieldset, comma-separated (`id` is always kept). Allowed: id,
            jurisdiction, metric, unit, period_start, period_end, frequency, value, qualifier, status,
            text_as_written, source_id, strategy, note, inputs, formula.
        extras (list[Literal['count']] | Unset): `count` adds `meta.total` (the number of matching
            rows).
        include (str | Unset): Embed related resources, comma-separated. Allowed:
            metric_definition, source. In CSV each becomes a column of slugs joined by `;`.
        updated_since (datetime.datetime | Unset): Only rows created or changed after this time
            (ISO 8601 with offset): pass the `Last-Modified` of your last sync to mirror
            incrementally; `/api/v1/deletions` lists what was deleted.
        facet (list[ListObservationsNdjsonFacetItem] | Unset): Add `meta.facets[name]`: value,
            label and count (the 100 most frequent values) over all matching rows. Repeatable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        client=client,
jurisdiction=jurisdiction,
metric=metric,
from_=from_,
to=to,
as_of=as_of,
limit=limit,
cursor=cursor,
sort=sort,
fields=fields,
extras=extras,
include=include,
updated_since=updated_since,
facet=facet,

    )).parsed
