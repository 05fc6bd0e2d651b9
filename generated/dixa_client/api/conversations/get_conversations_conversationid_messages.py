from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.list_messages_output import ListMessagesOutput
from ...models.not_found import NotFound
from ...types import Response


def _get_kwargs(
    conversation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/conversations/{conversation_id}/messages".format(
            conversation_id=_path_segment(conversation_id, "conversation_id", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/conversations/{conversation_id}/messages"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListMessagesOutput | NotFound | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListMessagesOutput | NotFound | None:
    if response.status_code == 200:
        response_200 = ListMessagesOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = NotFound.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListMessagesOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("ListMessagesOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | ListMessagesOutput | NotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | ListMessagesOutput | NotFound]:
    """List messages

     Get all messages for a particular conversation by providing the conversation id. Note that messages
    in `ContactForm` conversations can have attributes of `"_type": "EmailAttributes"` if they are
    created through a webform, or `"_type": "ContactFormAttributes"` when created through a chat widget.

    Args:
        conversation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListMessagesOutput | NotFound]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | ListMessagesOutput | NotFound | None:
    """List messages

     Get all messages for a particular conversation by providing the conversation id. Note that messages
    in `ContactForm` conversations can have attributes of `"_type": "EmailAttributes"` if they are
    created through a webform, or `"_type": "ContactFormAttributes"` when created through a chat widget.

    Args:
        conversation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListMessagesOutput | NotFound
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | ListMessagesOutput | NotFound]:
    """List messages

     Get all messages for a particular conversation by providing the conversation id. Note that messages
    in `ContactForm` conversations can have attributes of `"_type": "EmailAttributes"` if they are
    created through a webform, or `"_type": "ContactFormAttributes"` when created through a chat widget.

    Args:
        conversation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListMessagesOutput | NotFound]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | ListMessagesOutput | NotFound | None:
    """List messages

     Get all messages for a particular conversation by providing the conversation id. Note that messages
    in `ContactForm` conversations can have attributes of `"_type": "EmailAttributes"` if they are
    created through a webform, or `"_type": "ContactFormAttributes"` when created through a chat widget.

    Args:
        conversation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListMessagesOutput | NotFound
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
