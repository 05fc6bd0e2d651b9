"""The HTTP core under `Dixa` / `AsyncDixa`: authentication, timeouts, rate limiting, retries, logging.

`send()` takes exactly the dict a generated endpoint's `_get_kwargs(...)` returns and gives back the
`httpx.Response` (2xx/3xx) or raises one of the errors in `_exceptions`. Parsing is the caller's job.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import TracebackType
from typing import Any, Final, Literal, Self

import httpx

from ._body import DEFAULT_MAX_RESPONSE_SIZE, aread_within, read_within
from ._deadline import DEADLINE, enforce_deadline
from ._exceptions import APIConnectionError, APITimeoutError, RequestValidationError, status_error_for
from ._logs import log
from ._rate_limit import AsyncTokenBucket, RateLimit, TokenBucket, async_sleep, shared_state

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "NotGiven",
    "RequestOptions",
    "SyncAPIClient",
    "backoff_delay",
    "retry_after_seconds",
    "should_retry",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)  # each connect, read and write
# httpx limits each read, not the whole response: a server dripping a byte a minute would never
# time out. This bounds one attempt from sending to the last byte of the body.
DEFAULT_TOTAL_TIMEOUT: Final = 120.0
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A Retry-After longer than this is shortened to it: a client should not hang for an hour.
MAX_RETRY_AFTER: Final = 60.0
DEFAULT_RATE_LIMIT: Final = RateLimit()  # Dixa's documented per-key limit: 10 requests/s, bursts of 4
# Pages one pager walk fetches at most: a bound on a server whose next links never end.
DEFAULT_MAX_PAGES: Final = 10_000

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
REQUEST_KEYS: Final = frozenset({"method", "url", "params", "json", "content", "data", "files", "headers"})


class NotGiven:
    """The type of NOT_GIVEN: an option left out (for `timeout`, None already means "no timeout")."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


@dataclass(frozen=True)
class RequestOptions:
    """Per-call settings; each one left at its default falls back to the client's.

    `extra_headers` are added to the request's headers, `extra_query` to its query parameters,
    `extra_body` to the top level of its JSON object body (or is the body, when it has none): for
    what the API accepts before the document says so. Each wins over what the call itself set.
    """

    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    total_timeout: float | None | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    retry_non_idempotent: bool = False
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


_NO_OPTIONS: Final = RequestOptions()

# ---------------------------------------------------------------------------------------------
# Retry policy: pure functions shared by the sync and async clients.

# Raised before any byte of the request can have reached the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transient failures, worth another attempt when repeating the request is harmless.
_TRANSIENT: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)

Outcome = httpx.Response | httpx.RequestError


def should_retry(method: str, outcome: Outcome, *, retry_non_idempotent: bool = False) -> bool:
    """Whether this outcome deserves another attempt (the caller checks the attempt budget).

    POST and PATCH are not safe to repeat once they may have reached the server, so they are only
    retried when nothing was sent, or on 429 (refused unprocessed), unless the caller opts in.
    """
    repeatable = method.upper() in IDEMPOTENT_METHODS or retry_non_idempotent
    if isinstance(outcome, httpx.RequestError):
        return isinstance(outcome, _NOT_SENT) or (repeatable and isinstance(outcome, _TRANSIENT))
    status = outcome.status_code
    return status == 429 or (repeatable and (status == 408 or status >= 500))


def backoff_delay(retries_taken: int, *, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff, capped, with jitter: a factor in (0.75, 1] so clients spread out."""
    base = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)  # 2**huge overflows
    return base * (1.0 - 0.25 * rand())


def retry_after_seconds(headers: httpx.Headers, *, now: float) -> float | None:
    """Retry-After (delta-seconds or an HTTP date, relative to the epoch time `now`), capped; None
    when absent or unreadable."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            import email.utils  # only for the rare HTTP-date form; keeps `import dixa_client` light

            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _retry_delay(outcome: Outcome, retries_taken: int, rand: Callable[[], float]) -> float:
    if isinstance(outcome, httpx.Response):
        server_says = retry_after_seconds(outcome.headers, now=time.time())
        if server_says is not None:
            return server_says
    return backoff_delay(retries_taken, rand=rand)


# ---------------------------------------------------------------------------------------------
# What both clients share: configuration, building requests, logging and judging attempts.


class _BaseAPIClient:
    """Configuration, request building, logging and judging of attempts: what both clients share."""

    base_url: httpx.URL
    """Where every request goes: scheme, host, port and an optional path prefix (no query)."""
    timeout: float | httpx.Timeout | None
    """httpx's timeouts: connect, and each read and write (`None`: none)."""
    total_timeout: float | None
    """Seconds one attempt may take, from sending to the last byte of the body (`None`: no bound)."""
    max_retries: int
    """Retries after the first attempt, for failures worth retrying."""
    max_response_size: int
    """Decoded bytes a response body may have; a larger one raises ResponseTooLargeError."""
    max_pages: int
    """Pages one pager walk fetches at most; one more raises TooManyPagesError."""
    rate_limit: RateLimit | None
    """The client-side limit on the API key (shared by every client on that key), or None."""
    pause_gc_while_decoding: bool
    """Whether the cyclic garbage collector is paused while a response body is decoded into models:
    faster on large pages, but the pause is process-wide (every thread), so it is off by default."""
    _owns_client: bool

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        total_timeout: float | None,
        max_retries: int,
        max_response_size: int,
        max_pages: int,
        rate_limit: RateLimit | None,
        default_headers: Mapping[str, str] | None,
        pause_gc_while_decoding: bool,
        user_agent: str,
        rand: Callable[[], float],
    ) -> None:
        _check_api_key(api_key)
        self._api_key = api_key
        self._set_base_url(base_url)
        self.timeout = timeout
        self.total_timeout = total_timeout
        self.max_retries = _at_least(0, "max_retries", max_retries)
        self.max_response_size = _at_least(1, "max_response_size", max_response_size)
        self.max_pages = _at_least(1, "max_pages", max_pages)
        self.rate_limit = rate_limit
        self.pause_gc_while_decoding = pause_gc_while_decoding
        self._headers = {"Accept": "application/json", "User-Agent": user_agent, **(default_headers or {})}
        self._rand = rand

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _set_base_url(self, base_url: str) -> None:
        self.base_url = _check_base_url(base_url)
        self._origin = str(self.base_url).rstrip("/")  # scheme://host[:port][/prefix], no query

    # --- copies ----------------------------------------------------------------------------------

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        total_timeout: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        max_response_size: int | None = None,
        max_pages: int | None = None,
        rate_limit: RateLimit | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        pause_gc_while_decoding: bool | None = None,
    ) -> Self:
        """A client like this one with some settings changed (`None`/left out: unchanged; for
        `timeout`, `total_timeout` and `rate_limit`, `None` means "none").

        The copy shares this client's connection pool (closing the copy leaves it open; closing
        this client closes it for both) and, on the same key and rate limit, its rate limiter.
        `default_headers` are added to this client's. Resource namespaces are the copy's own.
        """
        clone = self._clone()
        if api_key is not None:
            _check_api_key(api_key)
            clone._api_key = api_key
        if base_url is not None:
            clone._set_base_url(base_url)
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(total_timeout, NotGiven):
            clone.total_timeout = total_timeout
        if max_retries is not None:
            clone.max_retries = _at_least(0, "max_retries", max_retries)
        if max_response_size is not None:
            clone.max_response_size = _at_least(1, "max_response_size", max_response_size)
        if max_pages is not None:
            clone.max_pages = _at_least(1, "max_pages", max_pages)
        if not isinstance(rate_limit, NotGiven):
            clone.rate_limit = rate_limit
        if pause_gc_while_decoding is not None:
            clone.pause_gc_while_decoding = pause_gc_while_decoding
        clone._headers = {**self._headers, **(default_headers or {})}  # never the original's dict
        if api_key is not None or not isinstance(rate_limit, NotGiven):
            clone._renew_limiter()
        return clone

    copy = with_options

    def _clone(self) -> Self:
        """A shallow copy that does not own the HTTP pool and holds none of the cached namespaces
        (`functools.cached_property` values in the instance dict, bound to this client)."""
        clone = object.__new__(type(self))
        cached = {name for cls in type(self).__mro__ for name, v in vars(cls).items() if isinstance(v, cached_property)}
        clone.__dict__.update({name: value for name, value in vars(self).items() if name not in cached})
        clone._owns_client = False
        return clone

    def _renew_limiter(self) -> None:
        raise NotImplementedError  # each client builds its own kind of bucket

    # --- requests --------------------------------------------------------------------------------

    def _url_for(self, url: str) -> str:
        # A path relative to base_url, never a URL of its own: the key must only ever go to base_url.
        # (Plain string checks: parsing a URL per request costs more than the rest of this method.)
        path = url.split("?", 1)[0]
        if "://" in path or url.startswith("//") or "\\" in url:
            raise RequestValidationError("must be a path relative to base_url", path="url")
        if (path.startswith(".") or "/." in path) and any(part in (".", "..") for part in path.split("/")):
            # httpx would remove the dot segment and send the request to another route.
            raise RequestValidationError("a path segment may not be '.' or '..'", path="url")
        return self._origin + (url if url.startswith("/") else "/" + url)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, request: Mapping[str, Any], options: RequestOptions
    ) -> httpx.Request:
        unknown = set(request) - REQUEST_KEYS
        if unknown:
            raise RequestValidationError(f"unexpected request keys: {sorted(unknown)}", path="request")
        # httpx.Headers merges case-insensitively; the key is set last so nothing can replace it.
        headers = httpx.Headers(self._headers)
        headers.update(request.get("headers") or {})
        headers.update(options.extra_headers or {})
        headers["Authorization"] = self._api_key  # Dixa takes the raw key, no "Bearer"
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        params = request.get("params")
        if options.extra_query:
            params = {**(params or {}), **options.extra_query}
        return http.build_request(
            request["method"].upper(),
            self._url_for(request["url"]),
            params=params,
            json=_with_extra_body(request, options.extra_body),
            content=request.get("content"),
            data=request.get("data"),
            files=request.get("files"),
            headers=headers,
            timeout=timeout,
        )

    def _total_timeout_for(self, options: RequestOptions) -> float | None:
        return self.total_timeout if isinstance(options.total_timeout, NotGiven) else options.total_timeout

    def _max_retries_for(self, options: RequestOptions) -> int:
        if options.max_retries is None:
            return self.max_retries
        if options.max_retries < 0:
            raise RequestValidationError("must be >= 0", path="options.max_retries")
        return options.max_retries

    def _judge(
        self,
        request: httpx.Request,
        outcome: Outcome,
        *,
        started: float,
        retries_taken: int,
        max_retries: int,
        options: RequestOptions,
        operation: str | None,
    ) -> float | None:
        """Log one attempt; return how long to wait before the next one, or None if this is final."""
        what = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
        # The path only: query values and headers may be sensitive.
        name = f"{operation} " if operation else ""
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        log.debug(
            "%s%s %s -> %s in %.0f ms (retry %d)",
            name,
            request.method,
            request.url.path,
            what,
            elapsed_ms,
            retries_taken,
        )
        if retries_taken >= max_retries:
            return None
        if not should_retry(request.method, outcome, retry_non_idempotent=options.retry_non_idempotent):
            return None
        delay = _retry_delay(outcome, retries_taken, self._rand)
        log.info(  # INFO, not WARNING: a retry is the client doing its job
            "%s%s %s -> %s; retrying in %.2f s (retry %d of %d)",
            name,
            request.method,
            request.url.path,
            what,
            delay,
            retries_taken + 1,
            max_retries,
        )
        return delay

    def _final(self, request: httpx.Request, outcome: Outcome) -> httpx.Response:
        """Return a successful response; raise the typed error for anything else."""
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(request=request) from outcome
        if isinstance(outcome, httpx.RequestError):
            raise APIConnectionError(request=request) from outcome
        if outcome.status_code >= 400:
            raise status_error_for(outcome, redact=(self._api_key,))
        return outcome


def _with_extra_body(request: Mapping[str, Any], extra: Mapping[str, Any] | None) -> Any:
    body = request.get("json")
    if extra is None:
        return body
    if body is None and all(request.get(key) is None for key in ("content", "data", "files")):
        return dict(extra)
    if isinstance(body, Mapping):
        return {**body, **extra}
    raise RequestValidationError("can only extend a JSON object body", path="options.extra_body")


def _deadline(total: float | None) -> float | None:
    """When an attempt starting now must have its whole response, on time.monotonic()'s clock."""
    return None if total is None else time.monotonic() + total


def _bound_pool_wait(request: httpx.Request, deadline: float | None) -> None:
    """Shorten the wait for a free pooled connection (httpx's `pool` timeout) to what is left of the
    attempt's deadline: that wait happens before any socket the deadline reaches is used."""
    if deadline is None:
        return
    timeouts = dict(request.extensions.get("timeout") or {})
    remaining = max(deadline - time.monotonic(), 0.0)
    pool = timeouts.get("pool")
    timeouts["pool"] = remaining if pool is None else min(pool, remaining)
    request.extensions["timeout"] = timeouts


def _at_least(minimum: int, name: str, value: int) -> int:
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}")
    return value


def _check_api_key(api_key: str) -> None:
    # Refused here, with a message that does not quote it, rather than by h11 with one that does.
    if not api_key or not all("!" <= char <= "~" for char in api_key):
        raise ValueError("api_key must be a non-empty string of printable ASCII characters without spaces")


def _check_base_url(base_url: str) -> httpx.URL:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
    if url.userinfo:  # it would show in repr() and logs; the API key is the only credential
        raise ValueError("base_url must not contain credentials")
    return url.copy_with(query=None, fragment=None)


# ---------------------------------------------------------------------------------------------


class SyncAPIClient(_BaseAPIClient):
    """Sends requests with httpx.Client. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
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
        user_agent: str,
        _sleep: Callable[[float], None] = time.sleep,
        _random: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_response_size=max_response_size,
            max_pages=max_pages,
            rate_limit=rate_limit,
            default_headers=default_headers,
            pause_gc_while_decoding=pause_gc_while_decoding,
            user_agent=user_agent,
            rand=_random,
        )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client or transport, not both")
        self._owns_client = http_client is None
        self._pool = _SyncPool(http_client, transport)
        self._limiter: TokenBucket | None = None
        self._renew_limiter()
        self._sleep = _sleep

    def _renew_limiter(self) -> None:
        limit = self.rate_limit
        self._limiter = None if limit is None else TokenBucket(state=shared_state(self._api_key, limit))

    @property
    def _client(self) -> httpx.Client:
        return self._pool.client(self.timeout)

    def send(
        self, request: Mapping[str, Any], *, options: RequestOptions | None = None, operation: str | None = None
    ) -> httpx.Response:
        options = options or _NO_OPTIONS
        max_retries = self._max_retries_for(options)
        total = self._total_timeout_for(options)
        retries_taken = 0
        while True:  # bounded: _judge returns None once retries_taken reaches max_retries
            http_request = self._build_request(self._client, request, options)
            if self._limiter is not None:
                self._limiter.acquire()
            started, deadline = time.perf_counter(), _deadline(total)
            _bound_pool_wait(http_request, deadline)
            outcome: Outcome
            token = DEADLINE.set(deadline)  # read by the wrapped sockets: headers are bounded too
            try:
                response = self._client.send(http_request, stream=True)
                outcome = read_within(response, deadline, self.max_response_size)
            except httpx.RequestError as error:
                outcome = error
            finally:
                DEADLINE.reset(token)
            delay = self._judge(
                http_request,
                outcome,
                started=started,
                retries_taken=retries_taken,
                max_retries=max_retries,
                options=options,
                operation=operation,
            )
            if delay is None:
                return self._final(http_request, outcome)
            self._sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the httpx client if this object created it (a caller's client stays theirs; a
        copy made by `with_options` leaves the pool to the client it was made from)."""
        if self._owns_client:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class _SyncPool:
    """The httpx client, built on first use and shared with copies of the client."""

    def __init__(self, http_client: httpx.Client | None, transport: httpx.BaseTransport | None) -> None:
        self._http = http_client
        self._transport = transport
        self._created = False
        self._lock = threading.Lock()

    def client(self, timeout: float | httpx.Timeout | None) -> httpx.Client:
        # Built on first use: an httpx client loads its TLS context, which constructing Dixa need not pay for.
        if self._http is None:
            with self._lock:
                if self._http is None:
                    http = httpx.Client(transport=self._transport, timeout=timeout)
                    if self._transport is None:
                        enforce_deadline(http)  # our own pool: the deadline reaches its sockets
                    self._created = True
                    self._http = http
        return self._http

    def close(self) -> None:
        if self._created and self._http is not None:
            self._http.close()


class AsyncAPIClient(_BaseAPIClient):
    """Sends requests with httpx.AsyncClient. Use as an async context manager, or `await aclose()`."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
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
        user_agent: str,
        _sleep: Callable[[float], Awaitable[None]] = async_sleep,
        _random: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_response_size=max_response_size,
            max_pages=max_pages,
            rate_limit=rate_limit,
            default_headers=default_headers,
            pause_gc_while_decoding=pause_gc_while_decoding,
            user_agent=user_agent,
            rand=_random,
        )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client or transport, not both")
        self._owns_client = http_client is None
        self._pool = _AsyncPool(http_client, transport)
        self._limiter: AsyncTokenBucket | None = None
        self._renew_limiter()
        self._sleep = _sleep

    def _renew_limiter(self) -> None:
        limit = self.rate_limit
        self._limiter = None if limit is None else AsyncTokenBucket(state=shared_state(self._api_key, limit))

    @property
    def _client(self) -> httpx.AsyncClient:
        return self._pool.client(self.timeout)

    async def send(
        self, request: Mapping[str, Any], *, options: RequestOptions | None = None, operation: str | None = None
    ) -> httpx.Response:
        import asyncio  # loaded already by whoever runs this coroutine

        options = options or _NO_OPTIONS
        max_retries = self._max_retries_for(options)
        total = self._total_timeout_for(options)
        retries_taken = 0
        while True:  # bounded: _judge returns None once retries_taken reaches max_retries
            http_request = self._build_request(self._client, request, options)
            if self._limiter is not None:
                await self._limiter.acquire()
            started, deadline = time.perf_counter(), _deadline(total)
            outcome: Outcome
            try:
                # The whole attempt, headers included, under one timeout: any transport, any stall.
                async with asyncio.timeout(total):
                    response = await self._client.send(http_request, stream=True)
                    outcome = await aread_within(response, deadline, self.max_response_size)
            except TimeoutError:
                outcome = httpx.ReadTimeout("the response did not complete within total_timeout", request=http_request)
            except httpx.RequestError as error:
                outcome = error
            delay = self._judge(
                http_request,
                outcome,
                started=started,
                retries_taken=retries_taken,
                max_retries=max_retries,
                options=options,
                operation=operation,
            )
            if delay is None:
                return self._final(http_request, outcome)
            await self._sleep(delay)
            retries_taken += 1

    async def aclose(self) -> None:
        """Close the httpx client if this object created it (a caller's client stays theirs; a
        copy made by `with_options` leaves the pool to the client it was made from)."""
        if self._owns_client:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


class _AsyncPool:
    """The httpx async client, built on first use and shared with copies of the client."""

    def __init__(self, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None) -> None:
        self._http = http_client
        self._transport = transport
        self._created = False

    def client(self, timeout: float | httpx.Timeout | None) -> httpx.AsyncClient:
        if self._http is None:  # no await here, so no race on one event loop
            self._http = httpx.AsyncClient(transport=self._transport, timeout=timeout)
            self._created = True
        return self._http

    async def aclose(self) -> None:
        if self._created and self._http is not None:
            await self._http.aclose()
