import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._datetime import format_datetime as _format_datetime
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_business_open_status_output import GetBusinessOpenStatusOutput
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    schedule_id: str,
    *,
    timestamp: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_timestamp: str | Unset = UNSET
    if not isinstance(timestamp, Unset):
        json_timestamp = _format_datetime(timestamp)
    params["timestamp"] = json_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/business-hours/schedules/{schedule_id}/status".format(
            schedule_id=_path_segment(schedule_id, "schedule_id", OPERATION),
        ),
        "params": params,
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/business-hours/schedules/{schedule_id}/status"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetBusinessOpenStatusOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetBusinessOpenStatusOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = GetBusinessOpenStatusOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetBusinessOpenStatusOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetBusinessOpenStatusOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetBusinessOpenStatusOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> Response[BadRequest | GetBusinessOpenStatusOutput | ServerError]:
    """Check if a business is open

     Check if a business is open either right now or at the specified timestamp.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetBusinessOpenStatusOutput | ServerError]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> BadRequest | GetBusinessOpenStatusOutput | ServerError | None:
    """Check if a business is open

     Check if a business is open either right now or at the specified timestamp.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetBusinessOpenStatusOutput | ServerError
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> Response[BadRequest | GetBusinessOpenStatusOutput | ServerError]:
    """Check if a business is open

     Check if a business is open either right now or at the specified timestamp.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetBusinessOpenStatusOutput | ServerError]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    timestamp: datetime.datetime | Unset = UNSET,
) -> BadRequest | GetBusinessOpenStatusOutput | ServerError | None:
    """Check if a business is open

     Check if a business is open either right now or at the specified timestamp.

    Args:
        schedule_id (str):
        timestamp (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetBusinessOpenStatusOutput | ServerError
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            timestamp=timestamp,
        )
    ).parsed
