from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._unions import Variant as _Variant
from ..._unions import is_mapping as _is_mapping
from ..._unions import resolve as _resolve_union
from ..._unions import tagged as _tagged
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.callback import Callback
from ...models.chat import Chat
from ...models.contact_form import ContactForm
from ...models.create_conversation_output import CreateConversationOutput
from ...models.email import Email
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.sms import Sms
from ...models.unknown_create_conversation_input import UnknownCreateConversationInput
from ...types import Response


def _get_kwargs(
    *,
    body: Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/conversations",
    }

    if isinstance(body, Callback):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, Chat):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, ContactForm):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, Email):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, Sms):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    else:
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = cast(
        "Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput",
        _resolve_union(
            data,
            lambda: (
                _Variant("Callback", _is_mapping, Callback.from_dict, Callback),
                _Variant("Chat", _is_mapping, Chat.from_dict, Chat),
                _Variant("ContactForm", _is_mapping, ContactForm.from_dict, ContactForm),
                _Variant("Email", _is_mapping, Email.from_dict, Email),
                _Variant("Sms", _is_mapping, Sms.from_dict, Sms),
                _Variant(
                    "UnknownCreateConversationInput",
                    _is_mapping,
                    UnknownCreateConversationInput.from_dict,
                    UnknownCreateConversationInput,
                ),
            ),
            unset_ok=False,
            none_ok=False,
        ),
    )

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/conversations"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateConversationOutput | NotFound | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateConversationOutput | NotFound | ServerError | None:
    if response.status_code == 201:
        response_201 = CreateConversationOutput.from_dict(response.json())

        return response_201

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateConversationOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("CreateConversationOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | CreateConversationOutput | NotFound | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput,
) -> Response[BadRequest | CreateConversationOutput | NotFound | ServerError]:
    """Create conversation

     Create a conversation. For inbound messages the author is assumed to be the requester of the
    conversation (end user). For outbound messages the author is specified using the agentId field.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateConversationOutput | NotFound | ServerError]
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
    body: Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput,
) -> BadRequest | CreateConversationOutput | NotFound | ServerError | None:
    """Create conversation

     Create a conversation. For inbound messages the author is assumed to be the requester of the
    conversation (end user). For outbound messages the author is specified using the agentId field.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateConversationOutput | NotFound | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput,
) -> Response[BadRequest | CreateConversationOutput | NotFound | ServerError]:
    """Create conversation

     Create a conversation. For inbound messages the author is assumed to be the requester of the
    conversation (end user). For outbound messages the author is specified using the agentId field.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateConversationOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput,
) -> BadRequest | CreateConversationOutput | NotFound | ServerError | None:
    """Create conversation

     Create a conversation. For inbound messages the author is assumed to be the requester of the
    conversation (end user). For outbound messages the author is specified using the agentId field.

    Args:
        body (Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateConversationOutput | NotFound | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
