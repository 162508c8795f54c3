from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.compare_jurisdictions_csv_agg import CompareJurisdictionsCsvAgg
from ...models.compare_jurisdictions_csv_format import CompareJurisdictionsCsvFormat
from ...models.compare_jurisdictions_csv_interval import CompareJurisdictionsCsvInterval
from ...models.compare_jurisdictions_csv_transform import CompareJurisdictionsCsvTransform
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    metric: str,
    jurisdictions: str,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: CompareJurisdictionsCsvInterval | Unset = CompareJurisdictionsCsvInterval.QUARTER,
    agg: CompareJurisdictionsCsvAgg | Unset = CompareJurisdictionsCsvAgg.MEAN,
    transform: CompareJurisdictionsCsvTransform | Unset = UNSET,
    format_: CompareJurisdictionsCsvFormat | Unset = CompareJurisdictionsCsvFormat.CSV,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["metric"] = metric

    params["jurisdictions"] = jurisdictions

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

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/compare.csv",
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
    metric: str,
    jurisdictions: str,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: CompareJurisdictionsCsvInterval | Unset = CompareJurisdictionsCsvInterval.QUARTER,
    agg: CompareJurisdictionsCsvAgg | Unset = CompareJurisdictionsCsvAgg.MEAN,
    transform: CompareJurisdictionsCsvTransform | Unset = UNSET,
    format_: CompareJurisdictionsCsvFormat | Unset = CompareJurisdictionsCsvFormat.CSV,

) -> Response[Any | Problem | str]:
    """ Compare several jurisdictions' series for one metric (CSV)

     The same rows as `compare_jurisdictions`, as CSV (RFC 4180, a header row). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        metric (str): Metric key.
        jurisdictions (str): Comma-separated jurisdiction slugs (up to 20).
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (CompareJurisdictionsCsvInterval | Unset): Bucket length. Default:
            CompareJurisdictionsCsvInterval.QUARTER.
        agg (CompareJurisdictionsCsvAgg | Unset): How observations in a bucket combine (see
            meta.method). Default: CompareJurisdictionsCsvAgg.MEAN.
        transform (CompareJurisdictionsCsvTransform | Unset): Optional transform of the aggregated
            values (baseline: the first value, or `baseline=`).
        format_ (CompareJurisdictionsCsvFormat | Unset):  Default:
            CompareJurisdictionsCsvFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        metric=metric,
jurisdictions=jurisdictions,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    jurisdictions: str,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: CompareJurisdictionsCsvInterval | Unset = CompareJurisdictionsCsvInterval.QUARTER,
    agg: CompareJurisdictionsCsvAgg | Unset = CompareJurisdictionsCsvAgg.MEAN,
    transform: CompareJurisdictionsCsvTransform | Unset = UNSET,
    format_: CompareJurisdictionsCsvFormat | Unset = CompareJurisdictionsCsvFormat.CSV,

) -> Any | Problem | str | None:
    """ Compare several jurisdictions' series for one metric (CSV)

     The same rows as `compare_jurisdictions`, as CSV (RFC 4180, a header row). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        metric (str): Metric key.
        jurisdictions (str): Comma-separated jurisdiction slugs (up to 20).
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (CompareJurisdictionsCsvInterval | Unset): Bucket length. Default:
            CompareJurisdictionsCsvInterval.QUARTER.
        agg (CompareJurisdictionsCsvAgg | Unset): How observations in a bucket combine (see
            meta.method). Default: CompareJurisdictionsCsvAgg.MEAN.
        transform (CompareJurisdictionsCsvTransform | Unset): Optional transform of the aggregated
            values (baseline: the first value, or `baseline=`).
        format_ (CompareJurisdictionsCsvFormat | Unset):  Default:
            CompareJurisdictionsCsvFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return sync_detailed(
        client=client,
metric=metric,
jurisdictions=jurisdictions,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    jurisdictions: str,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: CompareJurisdictionsCsvInterval | Unset = CompareJurisdictionsCsvInterval.QUARTER,
    agg: CompareJurisdictionsCsvAgg | Unset = CompareJurisdictionsCsvAgg.MEAN,
    transform: CompareJurisdictionsCsvTransform | Unset = UNSET,
    format_: CompareJurisdictionsCsvFormat | Unset = CompareJurisdictionsCsvFormat.CSV,

) -> Response[Any | Problem | str]:
    """ Compare several jurisdictions' series for one metric (CSV)

     The same rows as `compare_jurisdictions`, as CSV (RFC 4180, a header row). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        metric (str): Metric key.
        jurisdictions (str): Comma-separated jurisdiction slugs (up to 20).
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (CompareJurisdictionsCsvInterval | Unset): Bucket length. Default:
            CompareJurisdictionsCsvInterval.QUARTER.
        agg (CompareJurisdictionsCsvAgg | Unset): How observations in a bucket combine (see
            meta.method). Default: CompareJurisdictionsCsvAgg.MEAN.
        transform (CompareJurisdictionsCsvTransform | Unset): Optional transform of the aggregated
            values (baseline: the first value, or `baseline=`).
        format_ (CompareJurisdictionsCsvFormat | Unset):  Default:
            CompareJurisdictionsCsvFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
     """


    kwargs = _get_kwargs(
        metric=metric,
jurisdictions=jurisdictions,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    jurisdictions: str,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    interval: CompareJurisdictionsCsvInterval | Unset = CompareJurisdictionsCsvInterval.QUARTER,
    agg: CompareJurisdictionsCsvAgg | Unset = CompareJurisdictionsCsvAgg.MEAN,
    transform: CompareJurisdictionsCsvTransform | Unset = UNSET,
    format_: CompareJurisdictionsCsvFormat | Unset = CompareJurisdictionsCsvFormat.CSV,

) -> Any | Problem | str | None:
    """ Compare several jurisdictions' series for one metric (CSV)

     The same rows as `compare_jurisdictions`, as CSV (RFC 4180, a header row). Without `limit` or
    `cursor` a list answers every matching row as one streamed file.

    Args:
        metric (str): Metric key.
        jurisdictions (str): Comma-separated jurisdiction slugs (up to 20).
        from_ (datetime.date | Unset): Only periods ending on or after this date (ISO 8601).
        to (datetime.date | Unset): Only periods starting on or before this date (ISO 8601).
        interval (CompareJurisdictionsCsvInterval | Unset): Bucket length. Default:
            CompareJurisdictionsCsvInterval.QUARTER.
        agg (CompareJurisdictionsCsvAgg | Unset): How observations in a bucket combine (see
            meta.method). Default: CompareJurisdictionsCsvAgg.MEAN.
        transform (CompareJurisdictionsCsvTransform | Unset): Optional transform of the aggregated
            values (baseline: the first value, or `baseline=`).
        format_ (CompareJurisdictionsCsvFormat | Unset):  Default:
            CompareJurisdictionsCsvFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
     """


    return (await asyncio_detailed(
        client=client,
metric=metric,
jurisdictions=jurisdictions,
from_=from_,
to=to,
interval=interval,
agg=agg,
transform=transform,
format_=format_,

    )).parsed
