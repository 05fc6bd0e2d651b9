from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._request import path_segment as _path_segment
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.get_custom_attributes_definitions_output import GetCustomAttributesDefinitionsOutput
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    custom_attribute_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/beta/custom-attributes/{custom_attribute_id}".format(
            custom_attribute_id=_path_segment(custom_attribute_id, "custom_attribute_id", OPERATION),
        ),
    }

    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "GET /beta/custom-attributes/{custom_attribute_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetCustomAttributesDefinitionsOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetCustomAttributesDefinitionsOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = GetCustomAttributesDefinitionsOutput.from_dict(response.json())

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


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCustomAttributesDefinitionsOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetCustomAttributesDefinitionsOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetCustomAttributesDefinitionsOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetCustomAttributesDefinitionsOutput | ServerError]:
    """Get custom attribute definition by id

     Get custom attribute in an organization by id.

    Args:
        custom_attribute_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetCustomAttributesDefinitionsOutput | ServerError]
    """

    kwargs = _get_kwargs(
        custom_attribute_id=custom_attribute_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetCustomAttributesDefinitionsOutput | ServerError | None:
    """Get custom attribute definition by id

     Get custom attribute in an organization by id.

    Args:
        custom_attribute_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetCustomAttributesDefinitionsOutput | ServerError
    """

    return sync_detailed(
        custom_attribute_id=custom_attribute_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    custom_attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BadRequest | GetCustomAttributesDefinitionsOutput | ServerError]:
    """Get custom attribute definition by id

     Get custom attribute in an organization by id.

    Args:
        custom_attribute_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetCustomAttributesDefinitionsOutput | ServerError]
    """

    kwargs = _get_kwargs(
        custom_attribute_id=custom_attribute_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BadRequest | GetCustomAttributesDefinitionsOutput | ServerError | None:
    """Get custom attribute definition by id

     Get custom attribute in an organization by id.

    Args:
        custom_attribute_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetCustomAttributesDefinitionsOutput | ServerError
    """

    return (
        await asyncio_detailed(
            custom_attribute_id=custom_attribute_id,
            client=client,
        )
    ).parsed
