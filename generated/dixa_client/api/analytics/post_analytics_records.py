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
from ...models.get_metric_records_data_input_csid_filter import GetMetricRecordsDataInputCsidFilter
from ...models.get_metric_records_data_input_period_filter import GetMetricRecordsDataInputPeriodFilter
from ...models.get_metric_records_data_output import GetMetricRecordsDataOutput
from ...models.server_error import ServerError
from ...models.unknown_get_metric_records_data_input import UnknownGetMetricRecordsDataInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetMetricRecordsDataInputCsidFilter
    | GetMetricRecordsDataInputPeriodFilter
    | UnknownGetMetricRecordsDataInput,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageKey"] = page_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/beta/analytics/records",
        "params": params,
    }

    if isinstance(body, GetMetricRecordsDataInputCsidFilter):
        _kwargs["json"] = body.to_dict()
        _kwargs["json"] = _tagged(body, _kwargs["json"])
    elif isinstance(body, GetMetricRecordsDataInputPeriodFilter):
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
) -> GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter | UnknownGetMetricRecordsDataInput:
    """The request body given in its wire shape, read into its model (any misfit raises with its JSON path)."""
    body = cast(
        "GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter | UnknownGetMetricRecordsDataInput",
        _resolve_union(
            data,
            lambda: (
                _Variant(
                    "GetMetricRecordsDataInputCsidFilter",
                    _is_mapping,
                    GetMetricRecordsDataInputCsidFilter.from_dict,
                    GetMetricRecordsDataInputCsidFilter,
                ),
                _Variant(
                    "GetMetricRecordsDataInputPeriodFilter",
                    _is_mapping,
                    GetMetricRecordsDataInputPeriodFilter.from_dict,
                    GetMetricRecordsDataInputPeriodFilter,
                ),
                _Variant(
                    "UnknownGetMetricRecordsDataInput",
                    _is_mapping,
                    UnknownGetMetricRecordsDataInput.from_dict,
                    UnknownGetMetricRecordsDataInput,
                ),
            ),
            unset_ok=False,
            none_ok=False,
        ),
    )

    return body


# How errors name this operation: the route is exact whatever the document's operationId looks like.
OPERATION = "POST /beta/analytics/records"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetMetricRecordsDataOutput | ServerError | None:
    try:
        return _parse_response_body(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as _exc:
        raise _in_operation(_exc, OPERATION, response.status_code) from _exc


def _parse_response_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequest | GetMetricRecordsDataOutput | ServerError | None:
    if response.status_code == 200:
        response_200 = GetMetricRecordsDataOutput.from_dict(response.json())

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


def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMetricRecordsDataOutput:
    """The body of a 2xx response as its model; error statuses are raised before this is called."""
    return cast("GetMetricRecordsDataOutput", _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BadRequest | GetMetricRecordsDataOutput | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter
    | GetMetricRecordsDataInputPeriodFilter
    | UnknownGetMetricRecordsDataInput,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | GetMetricRecordsDataOutput | ServerError]:
    """Get Metric Records Data

     Get data of specific metric records (unaggregated)

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter |
            UnknownGetMetricRecordsDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricRecordsDataOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter
    | GetMetricRecordsDataInputPeriodFilter
    | UnknownGetMetricRecordsDataInput,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | GetMetricRecordsDataOutput | ServerError | None:
    """Get Metric Records Data

     Get data of specific metric records (unaggregated)

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter |
            UnknownGetMetricRecordsDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricRecordsDataOutput | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter
    | GetMetricRecordsDataInputPeriodFilter
    | UnknownGetMetricRecordsDataInput,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> Response[BadRequest | GetMetricRecordsDataOutput | ServerError]:
    """Get Metric Records Data

     Get data of specific metric records (unaggregated)

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter |
            UnknownGetMetricRecordsDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequest | GetMetricRecordsDataOutput | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
        page_limit=page_limit,
        page_key=page_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMetricRecordsDataInputCsidFilter
    | GetMetricRecordsDataInputPeriodFilter
    | UnknownGetMetricRecordsDataInput,
    page_limit: int | Unset = UNSET,
    page_key: str | Unset = UNSET,
) -> BadRequest | GetMetricRecordsDataOutput | ServerError | None:
    """Get Metric Records Data

     Get data of specific metric records (unaggregated)

    Args:
        page_limit (int | Unset):
        page_key (str | Unset):
        body (GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter |
            UnknownGetMetricRecordsDataInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequest | GetMetricRecordsDataOutput | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_limit=page_limit,
            page_key=page_key,
        )
    ).parsed
