from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_upcoming_business_hours_schedule_output import GetUpcomingBusinessHoursScheduleOutput
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    schedule_id: UUID,
    *,
    days: int | Unset = 7,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/business-hours/schedules/{schedule_id}/upcoming".format(
            schedule_id=_path_segment(schedule_id, "schedule_id", OPERATION),
        ),
        "params": params,
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/business-hours/schedules/{schedule_id}/upcoming"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | None:
    if response.status_code == 200:
        response_200 = GetUpcomingBusinessHoursScheduleOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetUpcomingBusinessHoursScheduleOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetUpcomingBusinessHoursScheduleOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError]:
    """Get the upcoming business hours schedule.

     Get the resolved business hours schedule for the next number of days, applying recurring rules and
    exceptions.

    Args:
        schedule_id (UUID):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | None:
    """Get the upcoming business hours schedule.

     Get the resolved business hours schedule for the next number of days, applying recurring rules and
    exceptions.

    Args:
        schedule_id (UUID):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        days=days,
    ).parsed


async def asyncio_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError]:
    """Get the upcoming business hours schedule.

     Get the resolved business hours schedule for the next number of days, applying recurring rules and
    exceptions.

    Args:
        schedule_id (UUID):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = 7,
) -> BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError | None:
    """Get the upcoming business hours schedule.

     Get the resolved business hours schedule for the next number of days, applying recurring rules and
    exceptions.

    Args:
        schedule_id (UUID):
        days (int | Unset):  Default: 7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetUpcomingBusinessHoursScheduleOutput | NotFound | ServerError
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            days=days,
        )
    ).parsed
