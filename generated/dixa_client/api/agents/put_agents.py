from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import at as _at
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.bulk_update_agent_input import BulkUpdateAgentInput
from ...models.bulk_update_agent_output import BulkUpdateAgentOutput
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[BulkUpdateAgentInput] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/beta/agents",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> list[BulkUpdateAgentInput] | Unset:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    _body = data
    body: list[BulkUpdateAgentInput] | Unset = UNSET
    if _body is not UNSET:
        if not isinstance(_body, list):
            raise TypeError(f"expected array, got {'object' if isinstance(_body, dict) else type(_body).__name__}")

        body = []
        for _index_body, body_item_data in enumerate(_body):
            try:
                body_item = BulkUpdateAgentInput.from_dict(body_item_data)

            except Exception as _exc:
                raise _at(_exc, _index_body) from _exc
            body.append(body_item)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "PUT /beta/agents"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | BulkUpdateAgentOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | BulkUpdateAgentOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = BulkUpdateAgentOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkUpdateAgentOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("BulkUpdateAgentOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | BulkUpdateAgentOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateAgentInput] | Unset = UNSET,
) -> Response[BadRequest | BulkUpdateAgentOutput | ServerError]:
    """Update agents

     Bulk update agents/admins.

    Args:
        body (list[BulkUpdateAgentInput] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | BulkUpdateAgentOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateAgentInput] | Unset = UNSET,
) -> BadRequest | BulkUpdateAgentOutput | ServerError | None:
    """Update agents

     Bulk update agents/admins.

    Args:
        body (list[BulkUpdateAgentInput] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | BulkUpdateAgentOutput | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateAgentInput] | Unset = UNSET,
) -> Response[BadRequest | BulkUpdateAgentOutput | ServerError]:
    """Update agents

     Bulk update agents/admins.

    Args:
        body (list[BulkUpdateAgentInput] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | BulkUpdateAgentOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateAgentInput] | Unset = UNSET,
) -> BadRequest | BulkUpdateAgentOutput | ServerError | None:
    """Update agents

     Bulk update agents/admins.

    Args:
        body (list[BulkUpdateAgentInput] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | BulkUpdateAgentOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
