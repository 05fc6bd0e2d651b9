from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.anonymize_entity_input import AnonymizeEntityInput
from ...models.anonymize_entity_output import AnonymizeEntityOutput
from ...models.bad_request import BadRequest
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    *,
    body: AnonymizeEntityInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/anonymization",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> AnonymizeEntityInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = AnonymizeEntityInput.from_dict(data)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/anonymization"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnonymizeEntityOutput | BadRequest | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnonymizeEntityOutput | BadRequest | ServerError | None:
    if response.status_code == 200:
        response_200 = AnonymizeEntityOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnonymizeEntityOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("AnonymizeEntityOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnonymizeEntityOutput | BadRequest | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnonymizeEntityInput,
) -> Response[AnonymizeEntityOutput | BadRequest | ServerError]:
    """Anonymize entity

     Anonymize the requested entity (user or conversation). For a conversation to be successfully
    anonymized, it should be in the status `closed`. Otherwise, it requires `forceAnonymization`
    parameter set to `true` in the input body. NOTE: This endpoint is deprecated. Prefer using the
    anonymization endpoints of specific resources instead.

    Args:
        body (AnonymizeEntityInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | ServerError]
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
    body: AnonymizeEntityInput,
) -> AnonymizeEntityOutput | BadRequest | ServerError | None:
    """Anonymize entity

     Anonymize the requested entity (user or conversation). For a conversation to be successfully
    anonymized, it should be in the status `closed`. Otherwise, it requires `forceAnonymization`
    parameter set to `true` in the input body. NOTE: This endpoint is deprecated. Prefer using the
    anonymization endpoints of specific resources instead.

    Args:
        body (AnonymizeEntityInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnonymizeEntityInput,
) -> Response[AnonymizeEntityOutput | BadRequest | ServerError]:
    """Anonymize entity

     Anonymize the requested entity (user or conversation). For a conversation to be successfully
    anonymized, it should be in the status `closed`. Otherwise, it requires `forceAnonymization`
    parameter set to `true` in the input body. NOTE: This endpoint is deprecated. Prefer using the
    anonymization endpoints of specific resources instead.

    Args:
        body (AnonymizeEntityInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnonymizeEntityInput,
) -> AnonymizeEntityOutput | BadRequest | ServerError | None:
    """Anonymize entity

     Anonymize the requested entity (user or conversation). For a conversation to be successfully
    anonymized, it should be in the status `closed`. Otherwise, it requires `forceAnonymization`
    parameter set to `true` in the input body. NOTE: This endpoint is deprecated. Prefer using the
    anonymization endpoints of specific resources instead.

    Args:
        body (AnonymizeEntityInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
