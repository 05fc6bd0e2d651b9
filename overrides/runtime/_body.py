"""Reading a response body within the attempt's deadline and the client's size cap.

The body is read raw, chunk by chunk (checking the deadline and the raw size after each chunk),
then decoded: gzip and deflate by zlib with a bound on each output, so a compression bomb stops
at the cap; any other encoding httpx knows (br, zstd, several at once) by httpx in small slices,
stopping at the cap plus one slice's expansion. The response handed on holds the decoded bytes
as plain content, without its `Content-Encoding` (it would no longer be true of those bytes).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator
from typing import Final

import httpx

from ._exceptions import ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_SIZE", "aread_within", "read_within"]

DEFAULT_MAX_RESPONSE_SIZE: Final = 64 * 1024 * 1024  # bytes, decoded
# Compressed bytes httpx decodes at a time (encodings other than gzip/deflate): the overshoot past the cap.
_SLICE: Final = 2 * 1024
_INFLATE_STEP: Final = 1024 * 1024  # decompressed bytes per zlib call
_ZLIB_WBITS: Final = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


def read_within(response: httpx.Response, deadline: float | None, max_size: int) -> httpx.Response:
    """The response with its whole body read and decoded, or ReadTimeout at the deadline, or
    ResponseTooLargeError past `max_size` decoded bytes. The stream is closed either way."""
    if _read(response):
        return _checked(response, max_size)
    chunks: list[bytes] = []
    try:
        _check_time(response, deadline)
        size = 0
        for chunk in response.iter_raw():
            chunks.append(chunk)
            size = _check_size(response, size + len(chunk), max_size)
            _check_time(response, deadline)
    finally:
        response.close()
    return _complete(response, chunks, max_size)


async def aread_within(response: httpx.Response, deadline: float | None, max_size: int) -> httpx.Response:
    """read_within for an async response."""
    if _read(response):
        return _checked(response, max_size)
    chunks: list[bytes] = []
    try:
        _check_time(response, deadline)
        size = 0
        async for chunk in response.aiter_raw():
            chunks.append(chunk)
            size = _check_size(response, size + len(chunk), max_size)
            _check_time(response, deadline)
    finally:
        await response.aclose()
    return _complete(response, chunks, max_size)


def _read(response: httpx.Response) -> bool:
    """Whether the body is already in memory (a transport that answered from bytes, as in tests)."""
    try:
        response.content  # noqa: B018 - the property raises until the body has been read
    except httpx.ResponseNotRead:
        return False
    return True


def _checked(response: httpx.Response, max_size: int) -> httpx.Response:
    _check_size(response, len(response.content), max_size)
    return response


def _check_time(response: httpx.Response, deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout("the response did not complete within total_timeout", request=response.request)


def _check_size(response: httpx.Response, size: int, max_size: int) -> int:
    if size > max_size:
        raise ResponseTooLargeError(
            f"the response body is larger than max_response_size ({max_size} bytes)",
            request=response.request,
            limit=max_size,
        )
    return size


def _complete(response: httpx.Response, chunks: list[bytes], max_size: int) -> httpx.Response:
    """A response holding the decoded body as plain bytes. (httpx's own stream refers back to its
    response, a cycle only the garbage collector frees: a long pagination would hold every page.)"""
    headers = response.headers
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        content = b"".join(chunks)
    else:
        if encoding in _ZLIB_WBITS:
            content = _inflate(response, chunks, max_size, _ZLIB_WBITS[encoding])
        else:
            content = _decode(response, chunks, max_size)
        headers = httpx.Headers([(k, v) for k, v in headers.multi_items() if k != "content-encoding"])
        headers["content-length"] = str(len(content))
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=response.request,
        extensions=response.extensions,
    )  # fmt: skip


def _inflate(response: httpx.Response, chunks: list[bytes], max_size: int, wbits: int) -> bytes:
    """gzip or deflate, never producing more than one byte past the cap. (A `deflate` body may be
    zlib-wrapped, as the RFC says, or raw, as some servers send it: both are read, as httpx does.)"""
    try:
        return _inflate_with(response, chunks, max_size, wbits)
    except zlib.error as error:
        if wbits == zlib.MAX_WBITS:
            try:
                return _inflate_with(response, chunks, max_size, -zlib.MAX_WBITS)
            except zlib.error:
                pass
        raise httpx.DecodingError(
            f"the response body could not be decompressed: {error}", request=response.request
        ) from None


def _inflate_with(response: httpx.Response, chunks: list[bytes], max_size: int, wbits: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    pieces: list[bytes] = []
    size = 0
    for chunk in chunks:
        data = chunk
        while data and not decompressor.eof:  # bytes after the end of the stream are ignored, as by httpx
            # Bounded steps: zlib builds each output in blocks, then copies them into one bytes object.
            piece = decompressor.decompress(data, min(_INFLATE_STEP, max_size - size + 1))
            pieces.append(piece)
            size = _check_size(response, size + len(piece), max_size)
            data = decompressor.unconsumed_tail
    pieces.append(decompressor.flush())
    _check_size(response, size + len(pieces[-1]), max_size)
    return b"".join(pieces)


def _decode(response: httpx.Response, chunks: list[bytes], max_size: int) -> bytes:
    # httpx decodes what it reads from a stream, chunk by chunk: feed it small slices of the raw body.
    decoding = httpx.Response(response.status_code, headers=response.headers, stream=_Slices(chunks))
    pieces: list[bytes] = []
    size = 0
    for piece in decoding.iter_bytes():
        pieces.append(piece)
        size = _check_size(response, size + len(piece), max_size)
    return b"".join(pieces)


class _Slices(httpx.SyncByteStream):
    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            view = memoryview(chunk)
            for start in range(0, len(view), _SLICE):
                yield bytes(view[start : start + _SLICE])
