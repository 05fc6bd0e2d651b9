"""`Dixa` and `AsyncDixa`: the entry points. Resources are generated; sending is `_base_client`'s job.

Every facade method builds its request with the generated endpoint's `_get_kwargs`, sends it
through the HTTP core (auth, rate limit, retries, logging, typed status errors), and reads the
2xx body with the endpoint's `_parse_success`, naming the operation in any validation error.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

import httpx

from . import errors
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
)
from ._exceptions import DixaError, ResponseValidationError
from ._pagination import AsyncPager, SyncPager
from ._provenance import __api_version__, __server_url__, __version__
from ._rate_limit import RateLimit
from ._response import APIResponse
from .resources import AsyncResources, SyncResources

API_KEY_VARIABLE = "DIXA_API_KEY"
USER_AGENT = f"dixa-client/{__version__} (python; dixa-api {__api_version__})"


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    """The key (argument, else $DIXA_API_KEY) and the base URL (argument, else the document's server)."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise DixaError(f"no API key: pass Dixa(api_key=...) or set the {API_KEY_VARIABLE} environment variable")
    return key, base_url or __server_url__


class _Parser:
    """What a generated `_parse_response` reads of its `client` argument (the generated Client costs an
    attrs import): raise on a status the document does not list, rather than return None."""

    raise_on_unexpected_status = True


PARSER: Any = _Parser()


def _parse(endpoint: ModuleType, operation_id: str, response: httpx.Response) -> Any:
    """The endpoint's typed 2xx body; any misfit is a ResponseValidationError naming the operation."""
    operation = f"{operation_id} ({endpoint.OPERATION})"
    try:
        return endpoint._parse_success(client=PARSER, response=response)
    except errors.UnexpectedStatus:
        message = f"HTTP {response.status_code} is not a documented answer of this operation"
        status = response.status_code
        raise ResponseValidationError(message, path="$", operation=operation, status_code=status) from None
    except ResponseValidationError as error:
        raise error.in_operation(operation, response.status_code) from error.__cause__


def _items(page: Any) -> Sequence[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []


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
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            http_client=http_client,
            transport=transport,
            default_headers=default_headers,
            user_agent=USER_AGENT,
        )

    def _call(self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any) -> Any:
        response = self.send(endpoint._get_kwargs(**arguments), options=options, operation=operation_id)
        return _parse(endpoint, operation_id, response)

    def _call_raw(
        self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any
    ) -> APIResponse[Any]:
        response = self.send(endpoint._get_kwargs(**arguments), options=options, operation=operation_id)
        return APIResponse(_parse(endpoint, operation_id, response), response)

    def _paginate(
        self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any
    ) -> SyncPager[Any, Any]:
        def parse_page(response: httpx.Response) -> Any:
            return _parse(endpoint, operation_id, response)

        request = endpoint._get_kwargs(**arguments)
        return SyncPager(self, request, parse_page, _items, options=options, operation=operation_id)


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
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        key, url = _settings(api_key, base_url)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            http_client=http_client,
            transport=transport,
            default_headers=default_headers,
            user_agent=USER_AGENT,
        )

    async def _call(
        self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any
    ) -> Any:
        response = await self.send(endpoint._get_kwargs(**arguments), options=options, operation=operation_id)
        return _parse(endpoint, operation_id, response)

    async def _call_raw(
        self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any
    ) -> APIResponse[Any]:
        response = await self.send(endpoint._get_kwargs(**arguments), options=options, operation=operation_id)
        return APIResponse(_parse(endpoint, operation_id, response), response)

    def _paginate(
        self, endpoint: ModuleType, operation_id: str, options: RequestOptions | None, **arguments: Any
    ) -> AsyncPager[Any, Any]:
        def parse_page(response: httpx.Response) -> Any:
            return _parse(endpoint, operation_id, response)

        request = endpoint._get_kwargs(**arguments)
        return AsyncPager(self, request, parse_page, _items, options=options, operation=operation_id)
