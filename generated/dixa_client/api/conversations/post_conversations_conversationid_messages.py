from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._unions import Variant as _Variant
from ..._unions import is_mapping as _is_mapping
from ..._unions import resolve as _resolve_union
from ..._unions import tagged as _tagged
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.create_message_output import CreateMessageOutput
from ...models.inbound import Inbound
from ...models.not_found import NotFound
from ...models.outbound import Outbound
from ...models.server_error import ServerError
from ...models.unknown_create_message_input import UnknownCreateMessageInput
from ...types import Response


def _get_kwargs(
    conversation_id: int,
    *,
    body: Inbound | Outbound | UnknownCreateMessageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/conversations/{conversation_id}/messages".format(
            conversation_id=_path_segment(conversation_id, "conversation_id", OPERATION),
        ),
    }

    if isinstance(body, Inbound):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, Outbound):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    else:
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> Inbound | Outbound | UnknownCreateMessageInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = cast(
        "Inbound | Outbound | UnknownCreateMessageInput",
        _resolve_union(
            data,
            lambda: (
                _Variant("Inbound", _is_mapping, Inbound.from_dict, Inbound),
                _Variant("Outbound", _is_mapping, Outbound.from_dict, Outbound),
                _Variant(
                    "UnknownCreateMessageInput",
                    _is_mapping,
                    UnknownCreateMessageInput.from_dict,
                    UnknownCreateMessageInput,
                ),
            ),
            unset_ok=False,
            none_ok=False,
        ),
    )

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/conversations/{conversation_id}/messages"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateMessageOutput | NotFound | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateMessageOutput | NotFound | ServerError | None:
    if response.status_code == 200:
        response_200 = CreateMessageOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateMessageOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("CreateMessageOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | CreateMessageOutput | NotFound | ServerError]:
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
    body: Inbound | Outbound | UnknownCreateMessageInput,
) -> Response[BadRequest | CreateMessageOutput | NotFound | ServerError]:
    """Add message

     Add a message to a conversation. For inbound messages the author is assumed to be the requester of
    the conversation (end user). For outbound messages the author is specified using the agentId field.
    <br>If attachments are added to the message, they will be copied and stored in Dixa. <br> Content in
    outbound message is required except for Whatsapp messages. <br> Supported channels are Chat,
    Messenger, Contact Form, Email, Sms (outbound only), Whatsapp (outbound and Markdown only). <br><br>
    Supported Markdown syntax for Markdown content: bold <code>\\*\\*text\\*\\*</code>, italic
    <code>\\*text\\*</code>, bold & italic <code>\\*\\*\\*text\\*\\*\\*</code>, strikethrough
    <code>\\~text\\~</code>, blockquote <code> \\> Quoted text. \\n Message about quoted text</code>,
    ordered list <code>List:\\n1. Item\\n2. Item\\n3. Item</code>, unordered list <code>List:\\n\\*
    Item\\n\\* Item\\n\\* Item</code>, inline code <code>This is \\`code\\`</code>. <br><br> Whatsapp
    channel: <br> Only one attachment is allowed per WhatsApp message. <br> Supports adding a message
    with attachment only (no content). <br> Supports the following file types for attachments: .jpg,
    .jpeg, .png, .pdf, .doc, .docx, .pptx, .xlsx

    Args:
        conversation_id (int):
        body (Inbound | Outbound | UnknownCreateMessageInput): Only Outbound messages are
            supported for Sms and Whatsapp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateMessageOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Inbound | Outbound | UnknownCreateMessageInput,
) -> BadRequest | CreateMessageOutput | NotFound | ServerError | None:
    """Add message

     Add a message to a conversation. For inbound messages the author is assumed to be the requester of
    the conversation (end user). For outbound messages the author is specified using the agentId field.
    <br>If attachments are added to the message, they will be copied and stored in Dixa. <br> Content in
    outbound message is required except for Whatsapp messages. <br> Supported channels are Chat,
    Messenger, Contact Form, Email, Sms (outbound only), Whatsapp (outbound and Markdown only). <br><br>
    Supported Markdown syntax for Markdown content: bold <code>\\*\\*text\\*\\*</code>, italic
    <code>\\*text\\*</code>, bold & italic <code>\\*\\*\\*text\\*\\*\\*</code>, strikethrough
    <code>\\~text\\~</code>, blockquote <code> \\> Quoted text. \\n Message about quoted text</code>,
    ordered list <code>List:\\n1. Item\\n2. Item\\n3. Item</code>, unordered list <code>List:\\n\\*
    Item\\n\\* Item\\n\\* Item</code>, inline code <code>This is \\`code\\`</code>. <br><br> Whatsapp
    channel: <br> Only one attachment is allowed per WhatsApp message. <br> Supports adding a message
    with attachment only (no content). <br> Supports the following file types for attachments: .jpg,
    .jpeg, .png, .pdf, .doc, .docx, .pptx, .xlsx

    Args:
        conversation_id (int):
        body (Inbound | Outbound | UnknownCreateMessageInput): Only Outbound messages are
            supported for Sms and Whatsapp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateMessageOutput | NotFound | ServerError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Inbound | Outbound | UnknownCreateMessageInput,
) -> Response[BadRequest | CreateMessageOutput | NotFound | ServerError]:
    """Add message

     Add a message to a conversation. For inbound messages the author is assumed to be the requester of
    the conversation (end user). For outbound messages the author is specified using the agentId field.
    <br>If attachments are added to the message, they will be copied and stored in Dixa. <br> Content in
    outbound message is required except for Whatsapp messages. <br> Supported channels are Chat,
    Messenger, Contact Form, Email, Sms (outbound only), Whatsapp (outbound and Markdown only). <br><br>
    Supported Markdown syntax for Markdown content: bold <code>\\*\\*text\\*\\*</code>, italic
    <code>\\*text\\*</code>, bold & italic <code>\\*\\*\\*text\\*\\*\\*</code>, strikethrough
    <code>\\~text\\~</code>, blockquote <code> \\> Quoted text. \\n Message about quoted text</code>,
    ordered list <code>List:\\n1. Item\\n2. Item\\n3. Item</code>, unordered list <code>List:\\n\\*
    Item\\n\\* Item\\n\\* Item</code>, inline code <code>This is \\`code\\`</code>. <br><br> Whatsapp
    channel: <br> Only one attachment is allowed per WhatsApp message. <br> Supports adding a message
    with attachment only (no content). <br> Supports the following file types for attachments: .jpg,
    .jpeg, .png, .pdf, .doc, .docx, .pptx, .xlsx

    Args:
        conversation_id (int):
        body (Inbound | Outbound | UnknownCreateMessageInput): Only Outbound messages are
            supported for Sms and Whatsapp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateMessageOutput | NotFound | ServerError]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Inbound | Outbound | UnknownCreateMessageInput,
) -> BadRequest | CreateMessageOutput | NotFound | ServerError | None:
    """Add message

     Add a message to a conversation. For inbound messages the author is assumed to be the requester of
    the conversation (end user). For outbound messages the author is specified using the agentId field.
    <br>If attachments are added to the message, they will be copied and stored in Dixa. <br> Content in
    outbound message is required except for Whatsapp messages. <br> Supported channels are Chat,
    Messenger, Contact Form, Email, Sms (outbound only), Whatsapp (outbound and Markdown only). <br><br>
    Supported Markdown syntax for Markdown content: bold <code>\\*\\*text\\*\\*</code>, italic
    <code>\\*text\\*</code>, bold & italic <code>\\*\\*\\*text\\*\\*\\*</code>, strikethrough
    <code>\\~text\\~</code>, blockquote <code> \\> Quoted text. \\n Message about quoted text</code>,
    ordered list <code>List:\\n1. Item\\n2. Item\\n3. Item</code>, unordered list <code>List:\\n\\*
    Item\\n\\* Item\\n\\* Item</code>, inline code <code>This is \\`code\\`</code>. <br><br> Whatsapp
    channel: <br> Only one attachment is allowed per WhatsApp message. <br> Supports adding a message
    with attachment only (no content). <br> Supports the following file types for attachments: .jpg,
    .jpeg, .png, .pdf, .doc, .docx, .pptx, .xlsx

    Args:
        conversation_id (int):
        body (Inbound | Outbound | UnknownCreateMessageInput): Only Outbound messages are
            supported for Sms and Whatsapp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateMessageOutput | NotFound | ServerError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
