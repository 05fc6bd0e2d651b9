"""What `with_raw_response` methods return: the response as it came, parsed only on `.parse()`.

A body that does not fit the document still reaches the caller this way: `.text`, `.json()` and
`.headers` never parse into models; `.parse()` raises ResponseValidationError (carrying the
response and its body) when the body does not fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")

_UNPARSED: Any = object()


class APIResponse(Generic[T]):
    """One HTTP response of a documented operation; `.parse()` gives the typed value."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response: httpx.Response = http_response
        self._parse = parse
        self._parsed: T = _UNPARSED

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url.path}>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body as JSON, not checked against the document."""
        return self.http_response.json()

    def parse(self) -> T:
        """The body as the method's typed value (read once, then kept)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return self._parsed

    @property
    def parsed(self) -> T:
        """The same as `.parse()`."""
        return self.parse()
