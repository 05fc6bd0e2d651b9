from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.create_rating_offer_input import CreateRatingOfferInput
from ...models.create_rating_offer_output import CreateRatingOfferOutput
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    conversation_id: int,
    *,
    body: CreateRatingOfferInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/conversations/{conversation_id}/ratings/offer".format(
            conversation_id=_path_segment(conversation_id, "conversation_id", OPERATION),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> CreateRatingOfferInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = CreateRatingOfferInput.from_dict(data)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/conversations/{conversation_id}/ratings/offer"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateRatingOfferOutput | NotFound | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | CreateRatingOfferOutput | NotFound | ServerError | None:
    if response.status_code == 201:
        response_201 = CreateRatingOfferOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateRatingOfferOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("CreateRatingOfferOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError]:
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
    body: CreateRatingOfferInput,
) -> Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError]:
    """Create conversation rating offer

     Create a rating offer for a specific conversation.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError]
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
    body: CreateRatingOfferInput,
) -> BadRequest | CreateRatingOfferOutput | NotFound | ServerError | None:
    """Create conversation rating offer

     Create a rating offer for a specific conversation.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateRatingOfferOutput | NotFound | ServerError
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
    body: CreateRatingOfferInput,
) -> Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError]:
    """Create conversation rating offer

     Create a rating offer for a specific conversation.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | CreateRatingOfferOutput | NotFound | ServerError]
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
    body: CreateRatingOfferInput,
) -> BadRequest | CreateRatingOfferOutput | NotFound | ServerError | None:
    """Create conversation rating offer

     Create a rating offer for a specific conversation.

    Args:
        conversation_id (int):
        body (CreateRatingOfferInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | CreateRatingOfferOutput | NotFound | ServerError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
