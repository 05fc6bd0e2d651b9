"""Reading a response's JSON body: decoded once per response, and optionally with the cyclic GC paused.

A generated parser calls `response.json()`, and the pager then reads `meta.next` from the same body;
`DecodedResponse` hands both the one document it decoded (httpx's `Response.json()` decodes again
at every call, and decoding is a large share of reading a page).
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final

import httpx

from ._accelerate import MISS, top_level_member

__all__ = ["DecodedResponse", "gc_paused", "loads", "member"]

_UNREAD: Final[Any] = object()


def loads(content: bytes) -> Any:
    """The JSON value of a body, exactly as `httpx.Response.json()` reads it (UTF-8/16/32 detected)."""
    return json.loads(content)


def member(document: Any, key: str) -> Any:
    """`document[key]` of a JSON object, None when absent or when the document is no object."""
    return document.get(key) if isinstance(document, dict) else None


class DecodedResponse:
    """An httpx.Response as a parser reads it, with `json()` decoded on first call and then kept.

    `status_code`, `headers` and `content` are the response's; any other attribute is read from it.
    The document is shared by every `json()` call: parsers read it, they do not modify it.
    """

    __slots__ = ("_document", "_members", "content", "headers", "http_response", "status_code")

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self._document: Any = _UNREAD
        self._members: Callable[[str], Any] | None = None

    def keep_members(self, members: Callable[[str], Any]) -> None:
        """Keep a reader of the body's top-level members from a decoding done elsewhere (msgspec's, of a
        page it read into models): `member()` then reads the body no more."""
        self._members = members

    def json(self) -> Any:
        """The body's JSON value (decoded once); raises ValueError as httpx does for a body that is not JSON."""
        if self._document is _UNREAD:
            self._document = loads(self.content)
        return self._document

    def member(self, key: str) -> Any:
        """`json()[key]` of an object body (None when absent, or when the body is no object); raises
        ValueError as `json()` does. When the body was not decoded yet (a page whose models msgspec
        built), read from msgspec's decoding of the page if kept, else by msgspec alone."""
        if self._document is _UNREAD:
            value = MISS if self._members is None else self._members(key)
            if value is MISS:
                value = top_level_member(self.content, key)
            if value is not MISS:
                return value
        return member(self.json(), key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.http_response, name)


# The collector is process-wide: concurrent pauses (threads) share one, and it is re-enabled when the
# last of them ends, only if it was enabled when the first began.
_pause_lock: Final = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (`gc.disable()`) for the duration; reference counting still frees."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
