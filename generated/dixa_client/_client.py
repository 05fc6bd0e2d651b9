"""`Dixa` and `AsyncDixa`: the entry points. Resources are generated; sending is `_base_client`'s job.

Every facade method checks its arguments (ids, body; `_request`), builds its request with the
generated endpoint's `_get_kwargs`, applies the per-call options, sends it through the HTTP core
(auth, rate limit, retries, logging, typed status errors), and reads the 2xx body with the
endpoint's `_parse_success`, naming the operation in any validation error (`_calls`, imported with
the first call: constructing a client loads neither the decoders nor the pagers).

`client.send({"method": "get", "url": "/beta/..."})` is the public low-level call for a route the
document lacks: same auth, retries, rate limiter and typed errors; it returns the httpx.Response.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

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
from ._exceptions import DixaError
from ._provenance import __api_version__, __server_url__, __version__
from ._rate_limit import RateLimit
from .resources import AsyncResources, SyncResources

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager
    from ._request import CallOptions
    from ._response import APIResponse

API_KEY_VARIABLE = "DIXA_API_KEY"
BASE_URL_VARIABLE = "DIXA_BASE_URL"
USER_AGENT = f"dixa-client/{__version__} (python; dixa-api {__api_version__})"


def _settings(api_key: str | None, base_url: str | None) -> tuple[str, str]:
    """The key (argument, else $DIXA_API_KEY) and the base URL (argument, else $DIXA_BASE_URL, else
    the document's server)."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_VARIABLE)
    if not key:
        raise DixaError(f"no API key: pass Dixa(api_key=...) or set the {API_KEY_VARIABLE} environment variable")
    return key, base_url or os.environ.get(BASE_URL_VARIABLE) or __server_url__


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
        from ._calls import parse, request  # noqa: PLC0415 - see the module docstring

        response = self.send(
            request(endpoint, operation_id, call, **how), options=call.request_options(), operation=operation_id
        )
        return parse(
            endpoint, operation_id, response, secret=self._api_key, unwrap=unwrap, pause_gc=self.pause_gc_while_decoding
        )

    def _call_raw(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> APIResponse[Any]:
        from ._calls import parser, request  # noqa: PLC0415
        from ._response import APIResponse  # noqa: PLC0415

        response = self.send(
            request(endpoint, operation_id, call, **how), options=call.request_options(), operation=operation_id
        )
        return APIResponse(response, parser(self, endpoint, operation_id, unwrap))

    def _paginate(self, endpoint: ModuleType, operation_id: str, call: CallOptions, **how: Any) -> SyncPager[Any, Any]:
        from ._calls import items, parser, request  # noqa: PLC0415
        from ._pagination import SyncPager  # noqa: PLC0415

        first = request(endpoint, operation_id, call, **how)
        parse_page = parser(self, endpoint, operation_id, False)
        return SyncPager(self, first, parse_page, items, options=call.request_options(), operation=operation_id)


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
        from ._calls import parse, request  # noqa: PLC0415

        response = await self.send(
            request(endpoint, operation_id, call, **how), options=call.request_options(), operation=operation_id
        )
        return parse(
            endpoint, operation_id, response, secret=self._api_key, unwrap=unwrap, pause_gc=self.pause_gc_while_decoding
        )

    async def _call_raw(
        self, endpoint: ModuleType, operation_id: str, call: CallOptions, *, unwrap: bool = False, **how: Any
    ) -> APIResponse[Any]:
        from ._calls import parser, request  # noqa: PLC0415
        from ._response import APIResponse  # noqa: PLC0415

        response = await self.send(
            request(endpoint, operation_id, call, **how), options=call.request_options(), operation=operation_id
        )
        return APIResponse(response, parser(self, endpoint, operation_id, unwrap))

    def _paginate(self, endpoint: ModuleType, operation_id: str, call: CallOptions, **how: Any) -> AsyncPager[Any, Any]:
        from ._calls import items, parser, request  # noqa: PLC0415
        from ._pagination import AsyncPager  # noqa: PLC0415

        first = request(endpoint, operation_id, call, **how)
        parse_page = parser(self, endpoint, operation_id, False)
        return AsyncPager(self, first, parse_page, items, options=call.request_options(), operation=operation_id)
