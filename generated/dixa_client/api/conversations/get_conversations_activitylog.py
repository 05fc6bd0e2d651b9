import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._datetime import format_datetime as _format_datetime
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.list_activity_log_output import ListActivityLogOutput
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    json_from_datetime: str | Unset = UNSET
    if not isinstance(from_datetime, Unset):
        json_from_datetime = _format_datetime(from_datetime)
    params["fromDatetime"] = json_from_datetime

    json_to_datetime: str | Unset = UNSET
    if not isinstance(to_datetime, Unset):
        json_to_datetime = _format_datetime(to_datetime)
    params["toDatetime"] = json_to_datetime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/conversations/activitylog",
        "params": params,
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/conversations/activitylog"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListActivityLogOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListActivityLogOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = ListActivityLogOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListActivityLogOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("ListActivityLogOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | ListActivityLogOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> Response[BadRequest | ListActivityLogOutput | ServerError]:
    """List organization activity log

     List all activity logs for an organization.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListActivityLogOutput | ServerError]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> BadRequest | ListActivityLogOutput | ServerError | None:
    """List organization activity log

     List all activity logs for an organization.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListActivityLogOutput | ServerError
    """

    return sync_detailed(
        client=client,
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> Response[BadRequest | ListActivityLogOutput | ServerError]:
    """List organization activity log

     List all activity logs for an organization.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListActivityLogOutput | ServerError]
    """

    kwargs = _get_kwargs(
        page_limit=page_limit,
        page_key=page_key,
        from_datetime=from_datetime,
        to_datetime=to_datetime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
    from_datetime: datetime.datetime | Unset = UNSET,
    to_datetime: datetime.datetime | Unset = UNSET,
) -> BadRequest | ListActivityLogOutput | ServerError | None:
    """List organization activity log

     List all activity logs for an organization.

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        from_datetime (datetime.datetime | Unset):
        to_datetime (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListActivityLogOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            page_limit=page_limit,
            page_key=page_key,
            from_datetime=from_datetime,
            to_datetime=to_datetime,
        )
    ).parsed
