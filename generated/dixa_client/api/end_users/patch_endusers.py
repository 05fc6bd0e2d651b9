from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.bulk_patch_end_users_input import BulkPatchEndUsersInput
from ...models.bulk_patch_end_users_output import BulkPatchEndUsersOutput
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    *,
    body: BulkPatchEndUsersInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/beta/endusers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(data: Any) -> BulkPatchEndUsersInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = BulkPatchEndUsersInput.from_dict(data)

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "PATCH /beta/endusers"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | BulkPatchEndUsersOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | BulkPatchEndUsersOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = BulkPatchEndUsersOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkPatchEndUsersOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("BulkPatchEndUsersOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | BulkPatchEndUsersOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkPatchEndUsersInput,
) -> Response[BadRequest | BulkPatchEndUsersOutput | ServerError]:
    """Patch end users

     Bulk patch end users.

    Args:
        body (BulkPatchEndUsersInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | BulkPatchEndUsersOutput | ServerError]
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
    body: BulkPatchEndUsersInput,
) -> BadRequest | BulkPatchEndUsersOutput | ServerError | None:
    """Patch end users

     Bulk patch end users.

    Args:
        body (BulkPatchEndUsersInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | BulkPatchEndUsersOutput | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkPatchEndUsersInput,
) -> Response[BadRequest | BulkPatchEndUsersOutput | ServerError]:
    """Patch end users

     Bulk patch end users.

    Args:
        body (BulkPatchEndUsersInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | BulkPatchEndUsersOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkPatchEndUsersInput,
) -> BadRequest | BulkPatchEndUsersOutput | ServerError | None:
    """Patch end users

     Bulk patch end users.

    Args:
        body (BulkPatchEndUsersInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | BulkPatchEndUsersOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
