from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_queued_conversation_position_output import GetQueuedConversationPositionOutput
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    csid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/queues/conversation-position/{csid}".format(
            csid=_path_segment(csid, "csid", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/queues/conversation-position/{csid}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | None:
    if response.status_code == 200:
        response_200 = GetQueuedConversationPositionOutput.from_dict(response.json())

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
) -> GetQueuedConversationPositionOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetQueuedConversationPositionOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError]:
    """Get the position of the conversation in its current queue

     Get the approximate position of a given conversation in its current queue.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        csid=csid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | None:
    """Get the position of the conversation in its current queue

     Get the approximate position of a given conversation in its current queue.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError
    """

    return sync_detailed(
        csid=csid,
        client=client,
    ).parsed


async def asyncio_detailed(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError]:
    """Get the position of the conversation in its current queue

     Get the approximate position of a given conversation in its current queue.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        csid=csid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    csid: int,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError | None:
    """Get the position of the conversation in its current queue

     Get the approximate position of a given conversation in its current queue.

    Args:
        csid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetQueuedConversationPositionOutput | NotFound | ServerError
    """

    return (
        await asyncio_detailed(
            csid=csid,
            client=client,
        )
    ).parsed
