from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_contact_point_by_id_output import GetContactPointByIdOutput
from ...models.not_found import NotFound
from ...types import Response


def _get_kwargs(
    contact_endpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/contact-endpoints/{contact_endpoint_id}".format(
            contact_endpoint_id=_path_segment(contact_endpoint_id, "contact_endpoint_id", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/contact-endpoints/{contact_endpoint_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetContactPointByIdOutput | NotFound | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetContactPointByIdOutput | NotFound | None:
    if response.status_code == 200:
        response_200 = GetContactPointByIdOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetContactPointByIdOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetContactPointByIdOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetContactPointByIdOutput | NotFound]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetContactPointByIdOutput | NotFound]:
    """Get contact endpoint

     Get contact endpoint by id (email or phone number).

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetContactPointByIdOutput | NotFound]
    """

    kwargs = _get_kwargs(
        contact_endpoint_id=contact_endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetContactPointByIdOutput | NotFound | None:
    """Get contact endpoint

     Get contact endpoint by id (email or phone number).

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetContactPointByIdOutput | NotFound
    """

    return sync_detailed(
        contact_endpoint_id=contact_endpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetContactPointByIdOutput | NotFound]:
    """Get contact endpoint

     Get contact endpoint by id (email or phone number).

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetContactPointByIdOutput | NotFound]
    """

    kwargs = _get_kwargs(
        contact_endpoint_id=contact_endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetContactPointByIdOutput | NotFound | None:
    """Get contact endpoint

     Get contact endpoint by id (email or phone number).

    Args:
        contact_endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetContactPointByIdOutput | NotFound
    """

    return (
        await asyncio_detailed(
            contact_endpoint_id=contact_endpoint_id,
            client=client,
        )
    ).parsed
