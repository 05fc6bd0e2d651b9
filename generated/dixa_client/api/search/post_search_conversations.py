from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.search_conversations_with_filters_output import SearchConversationsWithFiltersOutput
from ...models.search_parameters_input import SearchParametersInput
from ...models.server_error import ServerError
from ...models.unauthorized import Unauthorized
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchParametersInput | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/search/conversations",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> SearchParametersInput | Unset:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    _body = data
    body: SearchParametersInput | Unset
    if isinstance(_body, Unset):
        body = UNSET
    else:
        body = SearchParametersInput.from_dict(_body)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/search/conversations"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized | None:
    if response.status_code == 200:
        response_200 = SearchConversationsWithFiltersOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchConversationsWithFiltersOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("SearchConversationsWithFiltersOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchParametersInput | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized]:
    """Search conversations with filters

     Search for conversations containing a particular text or by filter or combine them both

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (SearchParametersInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchParametersInput | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized | None:
    """Search conversations with filters

     Search for conversations containing a particular text or by filter or combine them both

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (SearchParametersInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized
    """

    return sync_detailed(
        client=client,
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchParametersInput | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized]:
    """Search conversations with filters

     Search for conversations containing a particular text or by filter or combine them both

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (SearchParametersInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized]
    """

    kwargs = _get_kwargs(
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchParametersInput | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized | None:
    """Search conversations with filters

     Search for conversations containing a particular text or by filter or combine them both

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (SearchParametersInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | SearchConversationsWithFiltersOutput | ServerError | Unauthorized
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
