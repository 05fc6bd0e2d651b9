from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.not_found import NotFound
from ...models.queue_members_output import QueueMembersOutput
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    queue_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/queues/{queue_id}/members".format(
            queue_id=_path_segment(queue_id, "queue_id", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/queues/{queue_id}/members"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | NotFound | QueueMembersOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | NotFound | QueueMembersOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = QueueMembersOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QueueMembersOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("QueueMembersOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | NotFound | QueueMembersOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | NotFound | QueueMembersOutput | ServerError]:
    """List agents

     List all agents/admins that are members of a queue by providing the queue id.

    Args:
        queue_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | QueueMembersOutput | ServerError]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | NotFound | QueueMembersOutput | ServerError | None:
    """List agents

     List all agents/admins that are members of a queue by providing the queue id.

    Args:
        queue_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | QueueMembersOutput | ServerError
    """

    return sync_detailed(
        queue_id=queue_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    queue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | NotFound | QueueMembersOutput | ServerError]:
    """List agents

     List all agents/admins that are members of a queue by providing the queue id.

    Args:
        queue_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | NotFound | QueueMembersOutput | ServerError]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | NotFound | QueueMembersOutput | ServerError | None:
    """List agents

     List all agents/admins that are members of a queue by providing the queue id.

    Args:
        queue_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | NotFound | QueueMembersOutput | ServerError
    """

    return (
        await asyncio_detailed(
            queue_id=queue_id,
            client=client,
        )
    ).parsed
