from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._validation import in_operation as _in_operation
from ...client import AuthenticatedClient, Client
from ...models.bad_request import BadRequest
from ...models.server_error import ServerError
from ...models.upload_attachments_input import UploadAttachmentsInput
from ...models.upload_attachments_output import UploadAttachmentsOutput
from ...types import Response


def _get_kwargs(
    *,
    body: UploadAttachmentsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/knowledge/articles/attachments",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/knowledge/articles/attachments"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ServerError | UploadAttachmentsOutput | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | ServerError | UploadAttachmentsOutput | None:
    if response.status_code == 200:
        response_200 = UploadAttachmentsOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UploadAttachmentsOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("UploadAttachmentsOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | ServerError | UploadAttachmentsOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> Response[BadRequest | ServerError | UploadAttachmentsOutput]:
    """Upload article attachments

     Upload one or more image files to be used as attachments in knowledge articles. Supported formats:
    image/png, image/jpeg, image/gif, image/webp. Maximum 5 files per request, 4 MB per file, with a
    total request payload limit of 10 MB. Supports partial success.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | UploadAttachmentsOutput]
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
    body: UploadAttachmentsInput,
) -> BadRequest | ServerError | UploadAttachmentsOutput | None:
    """Upload article attachments

     Upload one or more image files to be used as attachments in knowledge articles. Supported formats:
    image/png, image/jpeg, image/gif, image/webp. Maximum 5 files per request, 4 MB per file, with a
    total request payload limit of 10 MB. Supports partial success.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | UploadAttachmentsOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> Response[BadRequest | ServerError | UploadAttachmentsOutput]:
    """Upload article attachments

     Upload one or more image files to be used as attachments in knowledge articles. Supported formats:
    image/png, image/jpeg, image/gif, image/webp. Maximum 5 files per request, 4 MB per file, with a
    total request payload limit of 10 MB. Supports partial success.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | ServerError | UploadAttachmentsOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAttachmentsInput,
) -> BadRequest | ServerError | UploadAttachmentsOutput | None:
    """Upload article attachments

     Upload one or more image files to be used as attachments in knowledge articles. Supported formats:
    image/png, image/jpeg, image/gif, image/webp. Maximum 5 files per request, 4 MB per file, with a
    total request payload limit of 10 MB. Supports partial success.

    Args:
        body (UploadAttachmentsInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | ServerError | UploadAttachmentsOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
