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
from types import TracebackType
from typing import Any, Final, Literal, Self

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, status_error_for
from ._logs import log
from ._rate_limit import AsyncTokenBucket, RateLimit, TokenBucket, async_sleep

__all__ = [
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
    """Per-call settings; each one left at its default falls back to the client's."""

    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    total_timeout: float | None | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    retry_non_idempotent: bool = False
    extra_headers: Mapping[str, str] | None = None


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
    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        total_timeout: float | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
        rand: Callable[[], float],
    ) -> None:
        _check_api_key(api_key)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._api_key = api_key
        self.base_url = _check_base_url(base_url)
        self._origin = str(self.base_url).rstrip("/")  # scheme://host[:port][/prefix], no query
        self.timeout = timeout
        self.total_timeout = total_timeout
        self.max_retries = max_retries
        self._headers = {"Accept": "application/json", "User-Agent": user_agent, **(default_headers or {})}
        self._rand = rand

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _url_for(self, url: str) -> str:
        # A path relative to base_url, never a URL of its own: the key must only ever go to base_url.
        # (Plain string checks: parsing a URL per request costs more than the rest of this method.)
        if "://" in url.split("?", 1)[0] or url.startswith("//") or "\\" in url:
            raise ValueError("a request url must be a path relative to base_url")
        return self._origin + (url if url.startswith("/") else "/" + url)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, request: Mapping[str, Any], options: RequestOptions
    ) -> httpx.Request:
        unknown = set(request) - REQUEST_KEYS
        if unknown:
            raise ValueError(f"unexpected request keys: {sorted(unknown)}")
        # httpx.Headers merges case-insensitively; the key is set last so nothing can replace it.
        headers = httpx.Headers(self._headers)
        headers.update(request.get("headers") or {})
        headers.update(options.extra_headers or {})
        headers["Authorization"] = self._api_key  # Dixa takes the raw key, no "Bearer"
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return http.build_request(
            request["method"].upper(),
            self._url_for(request["url"]),
            params=request.get("params"),
            json=request.get("json"),
            content=request.get("content"),
            data=request.get("data"),
            files=request.get("files"),
            headers=headers,
            timeout=timeout,
        )

    def _deadline_for(self, options: RequestOptions) -> float | None:
        """When this attempt must have its whole response, on time.monotonic()'s clock."""
        total = self.total_timeout if isinstance(options.total_timeout, NotGiven) else options.total_timeout
        return None if total is None else time.monotonic() + total

    def _max_retries_for(self, options: RequestOptions) -> int:
        if options.max_retries is None:
            return self.max_retries
        if options.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
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


def _late(response: httpx.Response, deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def _too_late(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the response did not complete within total_timeout", request=response.request)


def _complete(response: httpx.Response, raw: bytes) -> httpx.Response:
    """The response with its body as plain bytes. (httpx's own stream refers back to its response, a
    cycle only the garbage collector frees: a long pagination would hold every page until then.)"""
    complete = httpx.Response(
        response.status_code, headers=response.headers, content=raw, request=response.request,
        extensions=response.extensions,
    )  # fmt: skip
    complete.read()  # decodes Content-Encoding from the raw bytes, as httpx would have
    return complete


def _read(response: httpx.Response) -> bool:
    """Whether the body is already in memory (a transport that answered from bytes, as in tests)."""
    try:
        response.content  # noqa: B018 - the property raises until the body has been read
    except httpx.ResponseNotRead:
        return False
    return True


def _read_within(response: httpx.Response, deadline: float | None) -> httpx.Response:
    """Read a streamed response's body, chunk by chunk, giving up at the deadline."""
    if _read(response):
        return response
    chunks = []
    try:
        if _late(response, deadline):
            raise _too_late(response)
        for chunk in response.iter_raw():
            chunks.append(chunk)
            if _late(response, deadline):
                raise _too_late(response)
    finally:
        response.close()
    return _complete(response, b"".join(chunks))


async def _aread_within(response: httpx.Response, deadline: float | None) -> httpx.Response:
    if _read(response):
        return response
    chunks = []
    try:
        if _late(response, deadline):
            raise _too_late(response)
        async for chunk in response.aiter_raw():
            chunks.append(chunk)
            if _late(response, deadline):
                raise _too_late(response)
    finally:
        await response.aclose()
    return _complete(response, b"".join(chunks))


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
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
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
            default_headers=default_headers,
            user_agent=user_agent,
            rand=_random,
        )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client or transport, not both")
        self._owns_client = http_client is None
        self._http, self._transport = http_client, transport
        self._http_lock = threading.Lock()
        self._limiter = None if rate_limit is None else TokenBucket(rate_limit.rate, rate_limit.burst)
        self._sleep = _sleep

    @property
    def _client(self) -> httpx.Client:
        # Built on first use: an httpx client loads its TLS context, which constructing Dixa need not pay for.
        if self._http is None:
            with self._http_lock:
                if self._http is None:
                    self._http = httpx.Client(transport=self._transport, timeout=self.timeout)
        return self._http

    def send(
        self, request: Mapping[str, Any], *, options: RequestOptions | None = None, operation: str | None = None
    ) -> httpx.Response:
        options = options or _NO_OPTIONS
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:  # bounded: _judge returns None once retries_taken reaches max_retries
            http_request = self._build_request(self._client, request, options)
            if self._limiter is not None:
                self._limiter.acquire()
            started, deadline = time.perf_counter(), self._deadline_for(options)
            outcome: Outcome
            try:
                outcome = _read_within(self._client.send(http_request, stream=True), deadline)
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
            self._sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the httpx client if this object created it (a caller's client stays theirs)."""
        if self._owns_client and self._http is not None:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


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
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
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
            default_headers=default_headers,
            user_agent=user_agent,
            rand=_random,
        )
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client or transport, not both")
        self._owns_client = http_client is None
        self._http, self._transport = http_client, transport
        self._limiter = None if rate_limit is None else AsyncTokenBucket(rate_limit.rate, rate_limit.burst)
        self._sleep = _sleep

    @property
    def _client(self) -> httpx.AsyncClient:
        if self._http is None:  # built on first use, as in SyncAPIClient; no await here, so no race
            self._http = httpx.AsyncClient(transport=self._transport, timeout=self.timeout)
        return self._http

    async def send(
        self, request: Mapping[str, Any], *, options: RequestOptions | None = None, operation: str | None = None
    ) -> httpx.Response:
        options = options or _NO_OPTIONS
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:  # bounded: _judge returns None once retries_taken reaches max_retries
            http_request = self._build_request(self._client, request, options)
            if self._limiter is not None:
                await self._limiter.acquire()
            started, deadline = time.perf_counter(), self._deadline_for(options)
            outcome: Outcome
            try:
                outcome = await _aread_within(await self._client.send(http_request, stream=True), deadline)
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
        """Close the httpx client if this object created it (a caller's client stays theirs)."""
        if self._owns_client and self._http is not None:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
