from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_contact_endpoints_type import GetContactEndpointsType
from ...models.list_contact_points_output import ListContactPointsOutput
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_type_: GetContactEndpointsType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_field_type_: str | Unset = UNSET
    if not isinstance(field_type_, Unset):
        json_field_type_ = field_type_.value

    params["_type"] = json_field_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/contact-endpoints",
        "params": params,
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/contact-endpoints"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListContactPointsOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ListContactPointsOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = ListContactPointsOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListContactPointsOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("ListContactPointsOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | ListContactPointsOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_type_: GetContactEndpointsType | Unset = UNSET,
) -> Response[BadRequest | ListContactPointsOutput | ServerError]:
    """List contact endpoints

     List all available contact endpoints in an organization.

    Args:
        field_type_ (GetContactEndpointsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListContactPointsOutput | ServerError]
    """

    kwargs = _get_kwargs(
        field_type_=field_type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_type_: GetContactEndpointsType | Unset = UNSET,
) -> BadRequest | ListContactPointsOutput | ServerError | None:
    """List contact endpoints

     List all available contact endpoints in an organization.

    Args:
        field_type_ (GetContactEndpointsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListContactPointsOutput | ServerError
    """

    return sync_detailed(
        client=client,
        field_type_=field_type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_type_: GetContactEndpointsType | Unset = UNSET,
) -> Response[BadRequest | ListContactPointsOutput | ServerError]:
    """List contact endpoints

     List all available contact endpoints in an organization.

    Args:
        field_type_ (GetContactEndpointsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ListContactPointsOutput | ServerError]
    """

    kwargs = _get_kwargs(
        field_type_=field_type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_type_: GetContactEndpointsType | Unset = UNSET,
) -> BadRequest | ListContactPointsOutput | ServerError | None:
    """List contact endpoints

     List all available contact endpoints in an organization.

    Args:
        field_type_ (GetContactEndpointsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ListContactPointsOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            field_type_=field_type_,
        )
    ).parsed
