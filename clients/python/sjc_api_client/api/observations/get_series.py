from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_series_agg import GetSeriesAgg
from ...models.get_series_interval import GetSeriesInterval
from ...models.get_series_transform import GetSeriesTransform
from ...models.problem import Problem
from ...models.series_response import SeriesResponse
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    slug: str,
    metric: str,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetSeriesInterval | Unset = GetSeriesInterval.QUARTER,
    agg: GetSeriesAgg | Unset = GetSeriesAgg.MEAN,
    transform: GetSeriesTransform | Unset = UNSET,
    baseline: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval.value

    params["interval"] = json_interval

    json_agg: str | Unset = UNSET
    if not isinstance(agg, Unset):
        json_agg = agg.value

    params["agg"] = json_agg

    json_transform: str | Unset = UNSET
    if not isinstance(transform, Unset):
        json_transform = transform.value

    params["transform"] = json_transform

    params["baseline"] = baseline


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/jurisdictions/{slug}/series/{metric}".format(slug=quote(str(slug), safe=""),metric=quote(str(metric), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | SeriesResponse | None:
    if response.status_code == 200:
        response_200 = SeriesResponse.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | SeriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    metric: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetSeriesInterval | Unset = GetSeriesInterval.QUARTER,
    agg: GetSeriesAgg | Unset = GetSeriesAgg.MEAN,
    transform: GetSeriesTransform | Unset = UNSET,
    baseline: str | Unset = UNSET,

) -> Response[Any | Problem | SeriesResponse]:
    """ Get a jurisdiction's time series for one metric

     Observations aligned to calendar buckets (month, quarter, year) and aggregated (`agg`), each bucket
    with its coverage and a missing flag, optionally transformed (`change_from_baseline`, `index`,
    `per_100k`). `meta.method` states the method. Requests that would produce more buckets than the
    configured maximum are refused (400).

    Args:
        slug (str): Stable lowercase slug of the resource.
        metric (str): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (GetSeriesInterval | Unset): Bucket length. Default: GetSeriesInterval.QUARTER.
        agg (GetSeriesAgg | Unset): How observations in a bucket combine (see meta.method).
            Default: GetSeriesAgg.MEAN.
        transform (GetSeriesTransform | Unset): Optional transform of the aggregated values
            (baseline: the first value, or `baseline=`).
        baseline (str | Unset): Baseline bucket label (e.g. 2016-Q1); default: the first bucket
            with a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SeriesResponse]
     """


    kwargs = _get_kwargs(
        slug=slug,
metric=metric,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
baseline=baseline,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    slug: str,
    metric: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetSeriesInterval | Unset = GetSeriesInterval.QUARTER,
    agg: GetSeriesAgg | Unset = GetSeriesAgg.MEAN,
    transform: GetSeriesTransform | Unset = UNSET,
    baseline: str | Unset = UNSET,

) -> Any | Problem | SeriesResponse | None:
    """ Get a jurisdiction's time series for one metric

     Observations aligned to calendar buckets (month, quarter, year) and aggregated (`agg`), each bucket
    with its coverage and a missing flag, optionally transformed (`change_from_baseline`, `index`,
    `per_100k`). `meta.method` states the method. Requests that would produce more buckets than the
    configured maximum are refused (400).

    Args:
        slug (str): Stable lowercase slug of the resource.
        metric (str): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (GetSeriesInterval | Unset): Bucket length. Default: GetSeriesInterval.QUARTER.
        agg (GetSeriesAgg | Unset): How observations in a bucket combine (see meta.method).
            Default: GetSeriesAgg.MEAN.
        transform (GetSeriesTransform | Unset): Optional transform of the aggregated values
            (baseline: the first value, or `baseline=`).
        baseline (str | Unset): Baseline bucket label (e.g. 2016-Q1); default: the first bucket
            with a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SeriesResponse
     """


    return sync_detailed(
        slug=slug,
metric=metric,
client=client,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
baseline=baseline,

    ).parsed

async def asyncio_detailed(
    slug: str,
    metric: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetSeriesInterval | Unset = GetSeriesInterval.QUARTER,
    agg: GetSeriesAgg | Unset = GetSeriesAgg.MEAN,
    transform: GetSeriesTransform | Unset = UNSET,
    baseline: str | Unset = UNSET,

) -> Response[Any | Problem | SeriesResponse]:
    """ Get a jurisdiction's time series for one metric

     Observations aligned to calendar buckets (month, quarter, year) and aggregated (`agg`), each bucket
    with its coverage and a missing flag, optionally transformed (`change_from_baseline`, `index`,
    `per_100k`). `meta.method` states the method. Requests that would produce more buckets than the
    configured maximum are refused (400).

    Args:
        slug (str): Stable lowercase slug of the resource.
        metric (str): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (GetSeriesInterval | Unset): Bucket length. Default: GetSeriesInterval.QUARTER.
        agg (GetSeriesAgg | Unset): How observations in a bucket combine (see meta.method).
            Default: GetSeriesAgg.MEAN.
        transform (GetSeriesTransform | Unset): Optional transform of the aggregated values
            (baseline: the first value, or `baseline=`).
        baseline (str | Unset): Baseline bucket label (e.g. 2016-Q1); default: the first bucket
            with a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SeriesResponse]
     """


    kwargs = _get_kwargs(
        slug=slug,
metric=metric,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
baseline=baseline,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    slug: str,
    metric: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: GetSeriesInterval | Unset = GetSeriesInterval.QUARTER,
    agg: GetSeriesAgg | Unset = GetSeriesAgg.MEAN,
    transform: GetSeriesTransform | Unset = UNSET,
    baseline: str | Unset = UNSET,

) -> Any | Problem | SeriesResponse | None:
    """ Get a jurisdiction's time series for one metric

     Observations aligned to calendar buckets (month, quarter, year) and aggregated (`agg`), each bucket
    with its coverage and a missing flag, optionally transformed (`change_from_baseline`, `index`,
    `per_100k`). `meta.method` states the method. Requests that would produce more buckets than the
    configured maximum are refused (400).

    Args:
        slug (str): Stable lowercase slug of the resource.
        metric (str): Metric key.
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (GetSeriesInterval | Unset): Bucket length. Default: GetSeriesInterval.QUARTER.
        agg (GetSeriesAgg | Unset): How observations in a bucket combine (see meta.method).
            Default: GetSeriesAgg.MEAN.
        transform (GetSeriesTransform | Unset): Optional transform of the aggregated values
            (baseline: the first value, or `baseline=`).
        baseline (str | Unset): Baseline bucket label (e.g. 2016-Q1); default: the first bucket
            with a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SeriesResponse
     """


    return (await asyncio_detailed(
        slug=slug,
metric=metric,
client=client,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
baseline=baseline,

    )).parsed
