from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.anonymize_entity_output import AnonymizeEntityOutput
from ...models.bad_request import BadRequest
from ...models.not_found import NotFound
from ...models.server_error import ServerError
from ...models.unauthorized import Unauthorized
from ...types import Response


def _get_kwargs(
    request_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/anonymization/request/{request_id}".format(
            request_id=_path_segment(request_id, "request_id", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/anonymization/request/{request_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized | None:
    if response.status_code == 200:
        response_200 = AnonymizeEntityOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Unauthorized.from_dict(response.json())

        return response_401

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnonymizeEntityOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("AnonymizeEntityOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized]:
    """Get anonymization status

     Retrieve an anonymization request submitted earlier (user or conversation).

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized | None:
    """Get anonymization status

     Retrieve an anonymization request submitted earlier (user or conversation).

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    request_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized]:
    """Get anonymization status

     Retrieve an anonymization request submitted earlier (user or conversation).

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized | None:
    """Get anonymization status

     Retrieve an anonymization request submitted earlier (user or conversation).

    Args:
        request_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnonymizeEntityOutput | BadRequest | NotFound | ServerError | Unauthorized
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
        )
    ).parsed
