from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_filter_values_output import GetFilterValuesOutput
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    filter_attribute: str,
    *,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/analytics/filter/{filter_attribute}".format(
            filter_attribute=_path_segment(filter_attribute, "filter_attribute", OPERATION),
        ),
        "params": params,
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/analytics/filter/{filter_attribute}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetFilterValuesOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetFilterValuesOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = GetFilterValuesOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetFilterValuesOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetFilterValuesOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetFilterValuesOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | GetFilterValuesOutput | ServerError]:
    """Filter values

     Get possible values to be used with a given filter attribute. Filter attributes are not metric or
    record specific, so one filter attribute can be used with multiple metrics/records. When a filter
    value is not relevant for a specific metric/record, it is simply ignored.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetFilterValuesOutput | ServerError]
    """

    kwargs = _get_kwargs(
        filter_attribute=filter_attribute,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | GetFilterValuesOutput | ServerError | None:
    """Filter values

     Get possible values to be used with a given filter attribute. Filter attributes are not metric or
    record specific, so one filter attribute can be used with multiple metrics/records. When a filter
    value is not relevant for a specific metric/record, it is simply ignored.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetFilterValuesOutput | ServerError
    """

    return sync_detailed(
        filter_attribute=filter_attribute,
        client=client,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | GetFilterValuesOutput | ServerError]:
    """Filter values

     Get possible values to be used with a given filter attribute. Filter attributes are not metric or
    record specific, so one filter attribute can be used with multiple metrics/records. When a filter
    value is not relevant for a specific metric/record, it is simply ignored.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetFilterValuesOutput | ServerError]
    """

    kwargs = _get_kwargs(
        filter_attribute=filter_attribute,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filter_attribute: str,
    *,
    client: AuthenticatedClient | Client,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | GetFilterValuesOutput | ServerError | None:
    """Filter values

     Get possible values to be used with a given filter attribute. Filter attributes are not metric or
    record specific, so one filter attribute can be used with multiple metrics/records. When a filter
    value is not relevant for a specific metric/record, it is simply ignored.

    Args:
        filter_attribute (str):
        page_limit (int | Unset):
        page_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetFilterValuesOutput | ServerError
    """

    return (
        await asyncio_detailed(
            filter_attribute=filter_attribute,
            client=client,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
