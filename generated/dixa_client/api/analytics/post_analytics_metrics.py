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
from ...models.get_metric_data_input_csid_filter import GetMetricDataInputCsidFilter
from ...models.get_metric_data_input_period_filter import GetMetricDataInputPeriodFilter
from ...models.get_metric_data_output import GetMetricDataOutput
from ...models.server_error import ServerError
from ...models.unknown_get_metric_data_input import UnknownGetMetricDataInput
from ...types import Response


def _get_kwargs(
    *,
    body: GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/analytics/metrics",
    }

    if isinstance(body, GetMetricDataInputCsidFilter):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, GetMetricDataInputPeriodFilter):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    else:
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _body_from_json(
    data: Any,
) -> GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = cast(
        "GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput",
        _resolve_union(
            data,
            lambda: (
                _Variant(
                    "GetMetricDataInputCsidFilter",
                    _is_mapping,
                    GetMetricDataInputCsidFilter.from_dict,
                    GetMetricDataInputCsidFilter,
                ),
                _Variant(
                    "GetMetricDataInputPeriodFilter",
                    _is_mapping,
                    GetMetricDataInputPeriodFilter.from_dict,
                    GetMetricDataInputPeriodFilter,
                ),
                _Variant(
                    "UnknownGetMetricDataInput",
                    _is_mapping,
                    UnknownGetMetricDataInput.from_dict,
                    UnknownGetMetricDataInput,
                ),
            ),
            unset_ok=False,
            none_ok=False,
        ),
    )

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/analytics/metrics"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetMetricDataOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetMetricDataOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = GetMetricDataOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMetricDataOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetMetricDataOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetMetricDataOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput,
) -> Response[BadRequest | GetMetricDataOutput | ServerError]:
    """Get Metric Data

     Get data of a specific metric (aggregated)

    Args:
        body (GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter |
            UnknownGetMetricDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricDataOutput | ServerError]
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
    body: GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput,
) -> BadRequest | GetMetricDataOutput | ServerError | None:
    """Get Metric Data

     Get data of a specific metric (aggregated)

    Args:
        body (GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter |
            UnknownGetMetricDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricDataOutput | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput,
) -> Response[BadRequest | GetMetricDataOutput | ServerError]:
    """Get Metric Data

     Get data of a specific metric (aggregated)

    Args:
        body (GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter |
            UnknownGetMetricDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricDataOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput,
) -> BadRequest | GetMetricDataOutput | ServerError | None:
    """Get Metric Data

     Get data of a specific metric (aggregated)

    Args:
        body (GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter |
            UnknownGetMetricDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricDataOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
