from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.action_area_item import ActionAreaItem
from ...models.article_item import ArticleItem
from ...models.document_item import DocumentItem
from ...models.jurisdiction_item import JurisdictionItem
from ...models.network_item import NetworkItem
from ...models.observation_item import ObservationItem
from ...models.organization_item import OrganizationItem
from ...models.person_item import PersonItem
from ...models.problem import Problem
from ...models.source_item import SourceItem
from ...models.strategy_item import StrategyItem
from typing import cast



def _get_kwargs(
    event_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/audit/{event_id}/restore".format(event_id=quote(str(event_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem | None:
    if response.status_code == 201:
        def _parse_response_201(data: object) -> ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = JurisdictionItem.from_dict(data)



                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_1 = ActionAreaItem.from_dict(data)



                return response_201_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_2 = StrategyItem.from_dict(data)



                return response_201_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_3 = ObservationItem.from_dict(data)



                return response_201_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_4 = ArticleItem.from_dict(data)



                return response_201_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_5 = OrganizationItem.from_dict(data)



                return response_201_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_6 = PersonItem.from_dict(data)



                return response_201_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_7 = NetworkItem.from_dict(data)



                return response_201_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_8 = SourceItem.from_dict(data)



                return response_201_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_9 = DocumentItem.from_dict(data)



            return response_201_type_9

        response_201 = _parse_response_201(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem]:
    """ Restore a deleted record

     Needs the `admin` scope. Brings back, as it was, the record that the given delete event removed
    (answered as that resource's detail, with its `Location`); 409 if its key is taken again or what it
    refers to is gone.

    Args:
        event_id (int): Id of the delete event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem]
     """


    kwargs = _get_kwargs(
        event_id=event_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    event_id: int,
    *,
    client: AuthenticatedClient,

) -> ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem | None:
    """ Restore a deleted record

     Needs the `admin` scope. Brings back, as it was, the record that the given delete event removed
    (answered as that resource's detail, with its `Location`); 409 if its key is taken again or what it
    refers to is gone.

    Args:
        event_id (int): Id of the delete event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem
     """


    return sync_detailed(
        event_id=event_id,
client=client,

    ).parsed

async def asyncio_detailed(
    event_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem]:
    """ Restore a deleted record

     Needs the `admin` scope. Brings back, as it was, the record that the given delete event removed
    (answered as that resource's detail, with its `Location`); 409 if its key is taken again or what it
    refers to is gone.

    Args:
        event_id (int): Id of the delete event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem]
     """


    kwargs = _get_kwargs(
        event_id=event_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    event_id: int,
    *,
    client: AuthenticatedClient,

) -> ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem | None:
    """ Restore a deleted record

     Needs the `admin` scope. Brings back, as it was, the record that the given delete event removed
    (answered as that resource's detail, with its `Location`); 409 if its key is taken again or what it
    refers to is gone.

    Args:
        event_id (int): Id of the delete event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionAreaItem | ArticleItem | DocumentItem | JurisdictionItem | NetworkItem | ObservationItem | OrganizationItem | PersonItem | SourceItem | StrategyItem | Problem
     """


    return (await asyncio_detailed(
        event_id=event_id,
client=client,

    )).parsed
