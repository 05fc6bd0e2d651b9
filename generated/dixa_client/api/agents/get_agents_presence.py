from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import at as _at
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.server_error import ServerError
from ...models.user_presence import UserPresence
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/agents/presence",
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/agents/presence"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ServerError | list[UserPresence] | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ServerError | list[UserPresence] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise TypeError(
                f"expected array, got {'object' if isinstance(_response_200, dict) else type(_response_200).__name__}"
            )

        for _index_response_200, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = UserPresence.from_dict(response_200_item_data)

            except Exception as _exc:
                raise _at(_exc, _index_response_200) from _exc
            response_200.append(response_200_item)

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[UserPresence]:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("list[UserPresence]", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | ServerError | list[UserPresence]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | ServerError | list[UserPresence]]:
    """List presence

     List the presence status for all agents/admins in an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | list[UserPresence]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | ServerError | list[UserPresence] | None:
    """List presence

     List the presence status for all agents/admins in an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | list[UserPresence]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | ServerError | list[UserPresence]]:
    """List presence

     List the presence status for all agents/admins in an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | list[UserPresence]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | ServerError | list[UserPresence] | None:
    """List presence

     List the presence status for all agents/admins in an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | list[UserPresence]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
