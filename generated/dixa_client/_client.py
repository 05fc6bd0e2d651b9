"""`Dixa` and `AsyncDixa`: the entry points. Resources are generated; sending is `_base_client`'s job.

Every facade method checks its arguments (ids, body; `_request`), builds its request with the
generated endpoint's `_get_kwargs`, applies the per-call options, sends it through the HTTP core
(auth, rate limit, retries, logging, typed status errors), and reads the 2xx body with the
endpoint's `_parse_success`, naming the operation in any validation error. The body is decoded
once (`_decoding.DecodedResponse`, shared with the pager), with the cyclic GC paused if the client
was made with `pause_gc_while_decoding=True`.

`client.send({"method": "get", "url": "/beta/..."})` is the public low-level call for a route the
document lacks: same auth, retries, rate limiter and typed errors; it returns the httpx.Response.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from types import ModuleType
from typing import Any

import httpx

from . import errors
from ._accelerate import MISS
from ._accelerate import parse_success as accelerated_parse
from ._base_client import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._decoding import DecodedResponse, gc_paused
from ._exceptions import DixaError, RequestValidationError, ResponseValidationError
from ._pagination import AsyncPager, SyncPager
from ._provenance import __api_version__, __server_url__, __version__
from ._rate_limit import RateLimit
from ._request import CallOptions, as_uuid, request_body
from ._response import APIResponse
from .resources import AsyncResources, SyncResources
from .types import UNSET

API_KEY_VARIABLE = "DIXA_API_KEY"
BASE_URL_VARIABLE = "DIXA_BASE_URL"
REDACTED = "[redacted]"
USER_AGENT = f"dixa-client/{__version__} (python; dixa-api {__api_version__})"


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    """The key (argument, else $DIXA_API_KEY) and the base URL (argument, else $DIXA_BASE_URL, else
    the document's server)."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise DixaError(f"no API key: pass Dixa(api_key=...) or set the {API_KEY_VARIABLE} environment variable")
    return key, base_url or os.environ.get(BASE_URL_VARIABLE) or __server_url__


class _Parser:
    """What a generated `_parse_response` reads of its `client` argument (the generated Client costs an
    attrs import): raise on a status the document does not list, rather than return None."""

    raise_on_unexpected_status = True


PARSER: Any = _Parser()


def _body_of(response: DecodedResponse) -> object:
    try:
        return response.json()
    except ValueError:  # not JSON (or not decodable): the bytes as they came
        return response.content


def _redact(text: str, secret: str) -> str:
    return text.replace(secret, REDACTED) if secret else text


def _parse(
    endpoint: ModuleType,
    operation_id: str,
    response: httpx.Response | DecodedResponse,
    *,
    secret: str = "",
    unwrap: bool = False,
    pause_gc: bool = False,
) -> Any:
    """The endpoint's typed 2xx body; any misfit is a ResponseValidationError naming the operation,
    carrying the response and its body, with the API key masked should the server echo it."""
    operation = f"{operation_id} ({endpoint.OPERATION})"
    decoded = response if isinstance(response, DecodedResponse) else DecodedResponse(response)
    http_response = decoded.http_response
    try:
        if pause_gc:
            with gc_paused():
                parsed = _parse_success(endpoint, decoded)
        else:
            parsed = _parse_success(endpoint, decoded)
    except errors.UnexpectedStatus:
        message = f"HTTP {decoded.status_code} is not a documented answer of this operation"
        raise ResponseValidationError(
            message,
            path="$",
            operation=operation,
            status_code=decoded.status_code,
            response=http_response,
            body=_body_of(decoded),
        ) from None
    except ResponseValidationError as error:
        raise ResponseValidationError(
            _redact(error.message, secret),
            path=_redact(error.path, secret),
            operation=operation,
            status_code=decoded.status_code,
            response=http_response,
            body=_body_of(decoded),
        ) from error.__cause__
    return _items(parsed) if unwrap else parsed


def _parse_success(endpoint: ModuleType, decoded: DecodedResponse) -> Any:
    """msgspec's reading of the body when it is installed and reads it (same result), else the parser's."""
    parsed = accelerated_parse(endpoint, decoded.content, decoded.status_code)
    if parsed is MISS:
        parsed = endpoint._parse_success(client=PARSER, response=decoded)
    return parsed


def _parser(
    client: SyncAPIClient | AsyncAPIClient, endpoint: ModuleType, operation_id: str, unwrap: bool
) -> Callable[[httpx.Response | DecodedResponse], Any]:
    pause_gc = client.pause_gc_while_decoding
    return partial(_parse, endpoint, operation_id, secret=client._api_key, unwrap=unwrap, pause_gc=pause_gc)


def _items(page: Any) -> Sequence[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []


def _request(
    endpoint: ModuleType,
    operation_id: str,
    call: CallOptions,
    arguments: dict[str, Any],
    *,
    uuids: Sequence[str] = (),
    body: object = UNSET,
    body_type: str = "",
    fields: Mapping[str, object] | None = None,
    multipart: bool = False,
    body_required: bool = False,
) -> dict[str, Any]:
    """The request dict of one call, every argument checked first (RequestValidationError, no I/O)."""
    operation = f"{operation_id} ({endpoint.OPERATION})"
    arguments = dict(arguments)
    for name in uuids:
        arguments[name] = as_uuid(arguments[name], name, operation)
    if body_type:
        parse = None if multipart else getattr(endpoint, "_body_from_json", None)
        value = request_body(body, fields, parse, body_type, operation)
        if value is not UNSET:
            arguments["body"] = value
        elif body_required:
            message = "a request body is required: pass body= or keyword arguments"
            raise RequestValidationError(message, operation=operation)
    try:
        request: dict[str, Any] = endpoint._get_kwargs(**arguments)
    except RequestValidationError as error:
        raise RequestValidationError(error.message, path=error.path, operation=operation) from None
    return call.apply(request)


class Dixa(SyncResources, SyncAPIClient):
    """The Dixa API. `api_key` defaults to $DIXA_API_KEY; use as a context manager or call `close()`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        pause_gc_while_decoding: bool = False,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_response_size=max_response_size,
            max_pages=max_pages,
            rate_limit=rate_limit,
            http_client=http_client,
            transport=transport,
            default_headers=default_headers,
            pause_gc_while_decoding=pause_gc_while_decoding,
            user_agent=USER_AGENT,
        )

    def _call(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> Any:
        request = _request(endpoint, operation_id, call, **how)
        response = self.send(request, options=call.request_options(), operation=operation_id)
        return _parse(
            endpoint, operation_id, response, secret=self._api_key, unwrap=unwrap, pause_gc=self.pause_gc_while_decoding
        )

    def _call_raw(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> APIResponse[Any]:
        request = _request(endpoint, operation_id, call, **how)
        response = self.send(request, options=call.request_options(), operation=operation_id)
        return APIResponse(response, _parser(self, endpoint, operation_id, unwrap))

    def _paginate(self, endpoint: ModuleType, operation_id: str, call: CallOptions, **how: Any) -> SyncPager[Any, Any]:
        request = _request(endpoint, operation_id, call, **how)
        parse_page = _parser(self, endpoint, operation_id, False)
        return SyncPager(self, request, parse_page, _items, options=call.request_options(), operation=operation_id)


class AsyncDixa(AsyncResources, AsyncAPIClient):
    """The Dixa API, async. `api_key` defaults to $DIXA_API_KEY; use `async with` or `await aclose()`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        pause_gc_while_decoding: bool = False,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_response_size=max_response_size,
            max_pages=max_pages,
            rate_limit=rate_limit,
            http_client=http_client,
            transport=transport,
            default_headers=default_headers,
            pause_gc_while_decoding=pause_gc_while_decoding,
            user_agent=USER_AGENT,
        )

    async def _call(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> Any:
        request = _request(endpoint, operation_id, call, **how)
        response = await self.send(request, options=call.request_options(), operation=operation_id)
        return _parse(
            endpoint, operation_id, response, secret=self._api_key, unwrap=unwrap, pause_gc=self.pause_gc_while_decoding
        )

    async def _call_raw(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> APIResponse[Any]:
        request = _request(endpoint, operation_id, call, **how)
        response = await self.send(request, options=call.request_options(), operation=operation_id)
        return APIResponse(response, _parser(self, endpoint, operation_id, unwrap))

    def _paginate(self, endpoint: ModuleType, operation_id: str, call: CallOptions, **how: Any) -> AsyncPager[Any, Any]:
        request = _request(endpoint, operation_id, call, **how)
        parse_page = _parser(self, endpoint, operation_id, False)
        return AsyncPager(self, request, parse_page, _items, options=call.request_options(), operation=operation_id)
