"""The errors this package raises, named as in the Stainless SDKs (openai-python, anthropic-sdk-python).

Messages are built from response bodies and our own text only, never from request headers, so the
API key cannot end up in a message, a repr or a log line.
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DixaError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "TooManyPagesError",
    "UnsafeNextPageError",
    "status_error_for",
]

MAX_MESSAGE_LENGTH = 200
MAX_SCANNED_TEXT = 65536  # of an error body, for its message: the HTML patterns stay cheap on any body
REDACTED = "[redacted]"


class DixaError(Exception):
    """Base class of every error this package raises on purpose.

    Errors pickle (to cross process boundaries, e.g. in multiprocessing or task queues) without the
    request's `Authorization` header, and unpickle into the same class with the same attributes.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds by calling __init__ with `args`, which lacks our keyword arguments.
        state = {name: _without_credentials(value) for name, value in vars(self).items()}
        return _rebuild, (type(self), self.args), state


def _rebuild(cls: type[DixaError], args: tuple[Any, ...]) -> DixaError:
    error = cls.__new__(cls)
    error.args = args
    return error


CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _without_credentials(value: object) -> object:
    """A copy of an httpx request or response (as httpx pickles them) minus credential headers."""
    if isinstance(value, httpx.Request):
        return _request_without_credentials(value)
    if isinstance(value, httpx.Response):
        response = copy.copy(value)  # httpx's own pickling state: the body, no stream, no extensions
        request = _request_of(value)
        if request is not None:
            response.request = _request_without_credentials(request)
        return response
    return value


def _request_without_credentials(request: httpx.Request) -> httpx.Request:
    safe = copy.copy(request)
    safe.headers = httpx.Headers([(k, v) for k, v in request.headers.multi_items() if k not in CREDENTIAL_HEADERS])
    return safe


class APIError(DixaError):
    """A request failed: it could not be completed, or the API answered with an error status."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable response: the connection failed, was reset, or the response was unreadable."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class ResponseTooLargeError(APIError):
    """A response body grew past the client's `max_response_size` while it was read and decoded."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, limit: int = 0) -> None:
        super().__init__(message, request=request)
        self.limit: int = limit


class APIStatusError(APIError):
    """The API answered with a status >= 400; `.message` is the body's `message` when it has one."""

    status_code: int
    response: httpx.Response
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body

    def __str__(self) -> str:
        return f"HTTP {self.status_code}: {self.message}"


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_for(response: httpx.Response, *, redact: Iterable[str] = ()) -> APIStatusError:
    """The typed error for an error response (its body must have been read).

    Any string in `redact` (the API key, passed by the client) is masked in the message, in case
    a server echoes it back in an error body.
    """
    status = response.status_code
    cls = InternalServerError if status >= 500 else _STATUS_ERRORS.get(status, APIStatusError)
    try:
        body = _json_body(response)
        message = _message_of(response, body)
    except Exception:  # the status decides the class; no body, however broken, may change that
        body, message = None, response.reason_phrase or f"HTTP {status}"
    for secret in redact:
        if secret:
            message = message.replace(secret, REDACTED)
    return cls(message, response=response, body=body)


class ResponseValidationError(DixaError):
    """A response body does not match the shape the API document promises.

    `path` locates the offending value: `data[3].createdAt`, or `$` for the whole body. Give it as
    `path`, or as `segments` (keys and list indexes, outermost first) from which it is rendered.
    Parsers build the error where a value fails, then add the enclosing segments with `under()`
    and name the operation with `in_operation()` on the way out. `response` and `body` (the
    decoded JSON, or the bytes) are what the server sent, when the error comes from a response.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        segments: Sequence[str | int] = (),
        operation: str | None = None,
        status_code: int | None = None,
        response: httpx.Response | None = None,
        body: object = None,
    ) -> None:
        self.message: str = message
        self.path: str = path if path is not None else _render_path(segments)
        self.operation: str | None = operation
        self.status_code: int | None = status_code
        self.response: httpx.Response | None = response
        self.body: object = body
        super().__init__(self._describe())

    def under(self, segment: str | int) -> ResponseValidationError:
        """This error, seen from the value that holds it at `segment`."""
        path = _join_path(segment, self.path)
        return ResponseValidationError(
            self.message,
            path=path,
            operation=self.operation,
            status_code=self.status_code,
            response=self.response,
            body=self.body,
        )

    def in_operation(self, operation: str, status_code: int) -> ResponseValidationError:
        """This error, naming the operation and HTTP status whose body failed."""
        return ResponseValidationError(
            self.message,
            path=self.path,
            operation=operation,
            status_code=status_code,
            response=self.response,
            body=self.body,
        )

    def _describe(self) -> str:
        status = None if self.status_code is None else f"HTTP {self.status_code}"
        if self.operation and status:
            prefix = f"{self.operation} ({status}): "
        elif self.operation or status:
            prefix = f"{self.operation or status}: "
        else:
            prefix = ""
        return f"{prefix}{self.path}: {self.message}"


class RequestValidationError(DixaError):
    """A request body or parameter does not fit the API document; raised before anything is sent.

    `path` locates the offending value from the call's point of view: `body.data[1].message`, or a
    parameter's Python name.
    """

    def __init__(self, message: str, *, path: str = "body", operation: str | None = None) -> None:
        self.message: str = message
        self.path: str = path
        self.operation: str | None = operation
        prefix = f"{operation}: " if operation else ""
        super().__init__(f"{prefix}{path}: {message}")


ROOT_PATH = "$"
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _render_path(segments: Sequence[str | int]) -> str:
    path = ROOT_PATH
    for segment in reversed(segments):
        path = _join_path(segment, path)
    return path


def _join_path(segment: str | int, rest: str) -> str:
    if isinstance(segment, int):
        head = f"[{segment}]"
    elif _PLAIN_KEY.fullmatch(segment):
        head = segment
    else:  # keys with dots, spaces or brackets stay unambiguous
        head = f"[{json.dumps(segment)}]"
    if rest == ROOT_PATH:
        return head
    return head + rest if rest.startswith("[") else f"{head}.{rest}"


class UnsafeNextPageError(DixaError):
    """A page's `meta.next` link cannot be followed safely: it is unreadable, it leaves the API's
    origin (which would send the API key elsewhere), or it leads back to a page already read (which
    would loop forever)."""


class TooManyPagesError(DixaError):
    """A pager fetched `max_pages` pages and the server still names a next one."""


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _json_body(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except (ValueError, RecursionError):  # ValueError includes JSONDecodeError and UnicodeError; deep nesting
        return None


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _message_of(response: httpx.Response, body: object) -> str:
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message.strip():
            return _shorten(message)
    text = _readable_text(response)
    return _shorten(text) if text else (response.reason_phrase or f"HTTP {response.status_code}")


def _readable_text(response: httpx.Response) -> str:
    try:
        text = response.text[:MAX_SCANNED_TEXT]
    except (UnicodeError, LookupError):  # an undecodable body (utf-16 without a BOM...) or an unknown charset
        return ""
    content_type = response.headers.get("content-type", "").lower()
    if "html" in content_type or text.lstrip().startswith("<"):
        # Proxies answer 502/504 with HTML pages; their title is the useful part.
        title = _TITLE.search(text)
        text = title.group(1) if title else _TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", text))
        text = html.unescape(text)
    return text


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_MESSAGE_LENGTH:
        return text
    return text[: MAX_MESSAGE_LENGTH - 1] + "…"
