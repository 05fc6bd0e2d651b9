"""`_body`: a response body read chunk by chunk within the deadline and the size cap, then decoded."""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace

import httpx
import pytest

from dixa_client import _body
from dixa_client._body import _Slices, aread_within, read_within
from dixa_client._exceptions import ResponseTooLargeError

REQUEST = httpx.Request("GET", "https://dixa.example/v1/things")
LATER = 3600.0  # a deadline far ahead: never reached


class Chunks(httpx.SyncByteStream):
    """A raw body in the given chunks; records how far it was read and whether it was closed."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.read = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


class AsyncChunks(httpx.AsyncByteStream):
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.read = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk

    async def aclose(self) -> None:
        self.closed = True


def streamed(stream: httpx.SyncByteStream | httpx.AsyncByteStream, encoding: str | None = None) -> httpx.Response:
    headers = {"X-Kept": "1"} if encoding is None else {"Content-Encoding": encoding, "X-Kept": "1"}
    return httpx.Response(200, headers=headers, stream=stream, request=REQUEST, extensions={"mark": 1})


def deadline() -> float:
    return time.monotonic() + LATER


def zlib_with(decompressobj: object) -> SimpleNamespace:
    """zlib as `_body` sees it, with another decompressor (zlib itself, used by httpx too, stays as it is)."""
    return SimpleNamespace(decompressobj=decompressobj, error=zlib.error, MAX_WBITS=zlib.MAX_WBITS)


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


# --- reading ---------------------------------------------------------------------------------------


def test_a_plain_body_is_read_whole_and_the_stream_closed() -> None:
    stream = Chunks(b"ab", b"", b"cd")
    response = read_within(streamed(stream), deadline(), 4)
    assert response.content == b"abcd"
    assert stream.closed and stream.read == 3
    assert response.status_code == 200
    assert response.headers["x-kept"] == "1"
    assert response.request is REQUEST
    assert response.extensions == {"mark": 1}


async def test_the_async_read_is_the_same() -> None:
    stream = AsyncChunks(b"ab", b"cd")
    response = await aread_within(streamed(stream), deadline(), 4)
    assert response.content == b"abcd"
    assert stream.closed and stream.read == 2


def test_no_deadline_means_no_time_check() -> None:
    assert read_within(streamed(Chunks(b"ab")), None, 10).content == b"ab"


@pytest.mark.parametrize("reader", ["sync", "async"])
async def test_the_cap_counts_every_chunk_and_stops_the_read(reader: str) -> None:
    if reader == "sync":
        stream: Chunks | AsyncChunks = Chunks(b"ab", b"cd", b"e", b"never read")
        with pytest.raises(ResponseTooLargeError) as caught:
            read_within(streamed(stream), deadline(), 4)
    else:
        stream = AsyncChunks(b"ab", b"cd", b"e", b"never read")
        with pytest.raises(ResponseTooLargeError) as caught:
            await aread_within(streamed(stream), deadline(), 4)
    assert stream.read == 3 and stream.closed
    assert caught.value.limit == 4
    assert caught.value.request is REQUEST
    assert "max_response_size (4 bytes)" in str(caught.value)


@pytest.mark.parametrize("reader", ["sync", "async"])
async def test_a_passed_deadline_stops_the_read_before_the_first_chunk(reader: str) -> None:
    past = time.monotonic() - 1.0
    with pytest.raises(httpx.ReadTimeout) as caught:
        if reader == "sync":
            stream: Chunks | AsyncChunks = Chunks(b"ab")
            read_within(streamed(stream), past, 10)
        else:
            stream = AsyncChunks(b"ab")
            await aread_within(streamed(stream), past, 10)
    assert stream.read == 0 and stream.closed
    assert caught.value.request is REQUEST
    assert "total_timeout" in str(caught.value)


@pytest.mark.parametrize("reader", ["sync", "async"])
async def test_a_deadline_passing_during_the_read_stops_it_after_that_chunk(
    reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]

    def clock() -> float:
        now[0] += 1.0  # one second per look at the clock
        return now[0]

    monkeypatch.setattr(_body, "time", SimpleNamespace(monotonic=clock))
    # Looks at the clock: before the first chunk (101), after it (102), after the second (103 > 102.5).
    with pytest.raises(httpx.ReadTimeout):
        if reader == "sync":
            stream: Chunks | AsyncChunks = Chunks(b"a", b"b", b"c")
            read_within(streamed(stream), 102.5, 10)
        else:
            stream = AsyncChunks(b"a", b"b", b"c")
            await aread_within(streamed(stream), 102.5, 10)
    assert stream.read == 2


def test_a_body_already_read_is_only_checked_against_the_cap() -> None:
    response = httpx.Response(200, content=b"abcd", request=REQUEST)
    assert read_within(response, time.monotonic() - 1.0, 4) is response  # nothing left to time
    with pytest.raises(ResponseTooLargeError) as caught:
        read_within(response, None, 3)
    assert caught.value.limit == 3


async def test_a_body_already_read_is_checked_by_the_async_reader_too() -> None:
    response = httpx.Response(200, content=b"abcd", request=REQUEST)
    assert await aread_within(response, time.monotonic() - 1.0, 4) is response
    with pytest.raises(ResponseTooLargeError):
        await aread_within(response, None, 3)


# --- decoding --------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", " GZip ", "deflate", "deflate-raw", "gzip, deflate"])
async def test_every_encoding_is_decoded_and_marked_plain(encoding: str) -> None:
    text = b'{"data": "' + b"abc" * 5000 + b'"}'
    if encoding == "deflate":
        raw = zlib.compress(text)
    elif encoding == "deflate-raw":
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        raw, encoding = compressor.compress(text) + compressor.flush(), "deflate"
    elif encoding == "gzip, deflate":
        raw = zlib.compress(gzip.compress(text))
    else:
        raw = gzip.compress(text)
    for response in (
        read_within(streamed(Chunks(*split(raw, 100)), encoding), deadline(), len(text)),
        await aread_within(streamed(AsyncChunks(*split(raw, 100)), encoding), deadline(), len(text)),
    ):
        assert response.content == text
        assert "content-encoding" not in response.headers
        assert response.headers["content-length"] == str(len(text))
        assert response.headers["x-kept"] == "1"


@pytest.mark.parametrize("encoding", ["", "identity", " Identity "])
def test_an_identity_body_keeps_its_headers(encoding: str) -> None:
    response = read_within(streamed(Chunks(b"ab", b"c"), encoding), deadline(), 3)
    assert response.content == b"abc"
    assert response.headers["content-encoding"] == encoding  # nothing was decoded, nothing to unmark


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "gzip, deflate"])
def test_decoding_past_the_cap_is_refused(encoding: str) -> None:
    text = b"x" * 10_000
    raw = zlib.compress(text) if encoding == "deflate" else gzip.compress(text)
    if encoding == "gzip, deflate":
        raw = zlib.compress(raw)
    with pytest.raises(ResponseTooLargeError) as caught:
        read_within(streamed(Chunks(raw), encoding), deadline(), 9_999)
    assert caught.value.limit == 9_999
    assert caught.value.request is REQUEST
    assert read_within(streamed(Chunks(raw), encoding), deadline(), 10_000).content == text  # the cap itself fits


def test_a_small_cap_is_enforced_inside_one_inflate_call(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs: list[int] = []
    real = zlib.decompressobj

    class Recording:
        def __init__(self, wbits: int) -> None:
            self.inner = real(wbits)

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            piece = self.inner.decompress(data, max_length)
            outputs.append(len(piece))
            return piece

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

    monkeypatch.setattr(_body, "zlib", zlib_with(Recording))
    with pytest.raises(ResponseTooLargeError):
        read_within(streamed(Chunks(gzip.compress(b"x" * 5_000_000)), "gzip"), deadline(), 10_000)
    assert outputs == [10_001]  # one byte past the cap is enough to know


def test_inflating_goes_in_bounded_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_body, "_INFLATE_STEP", 1000)
    text = bytes(range(256)) * 40
    response = read_within(streamed(Chunks(gzip.compress(text)), "gzip"), deadline(), 20_000)
    assert response.content == text


def test_the_flushed_tail_counts_against_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    real = zlib.decompressobj

    class HoldsBack:
        """Gives nothing until flushed, as a decompressor may: the flush must be counted too."""

        def __init__(self, wbits: int) -> None:
            self.inner = real(wbits)
            self.held = b""
            self.eof = False
            self.unconsumed_tail = b""

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            self.held += self.inner.decompress(data)
            return b""

        def flush(self) -> bytes:
            return self.held

    monkeypatch.setattr(_body, "zlib", zlib_with(HoldsBack))
    raw = gzip.compress(b"y" * 50)
    chunks = split(raw, len(raw) // 2 + 1)  # two empty pieces, then the flushed tail
    assert read_within(streamed(Chunks(*chunks), "gzip"), deadline(), 50).content == b"y" * 50
    with pytest.raises(ResponseTooLargeError):
        read_within(streamed(Chunks(*chunks), "gzip"), deadline(), 49)


def test_bytes_after_the_end_of_a_gzip_stream_are_ignored() -> None:
    raw = gzip.compress(b"one") + b"trailing garbage"
    assert read_within(streamed(Chunks(raw, b"more"), "gzip"), deadline(), 100).content == b"one"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_body_that_does_not_decompress_is_a_decoding_error(encoding: str) -> None:
    with pytest.raises(httpx.DecodingError) as caught:
        read_within(streamed(Chunks(b"\x1f\x8b not compressed"), encoding), deadline(), 100)
    assert caught.value.request is REQUEST
    assert str(caught.value).startswith("the response body could not be decompressed: Error -3")
    assert caught.value.__suppress_context__


def test_raw_deflate_is_no_fallback_for_gzip() -> None:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = compressor.compress(b"raw") + compressor.flush()
    assert read_within(streamed(Chunks(raw), "deflate"), deadline(), 100).content == b"raw"
    with pytest.raises(httpx.DecodingError):
        read_within(streamed(Chunks(raw), "gzip"), deadline(), 100)


def test_other_encodings_are_decoded_by_httpx_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_body, "_SLICE", 10)
    text = b"z" * 3000
    raw = zlib.compress(gzip.compress(text))
    response = read_within(streamed(Chunks(raw[:7], raw[7:]), "gzip, deflate"), deadline(), 3000)
    assert response.content == text
    with pytest.raises(ResponseTooLargeError):
        read_within(streamed(Chunks(raw), "gzip, deflate"), deadline(), 2999)


def test_slices_cut_each_chunk_at_the_slice_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_body, "_SLICE", 3)
    assert list(_Slices([b"abcdefg", b"", b"hi"])) == [b"abc", b"def", b"g", b"hi"]
    assert all(isinstance(piece, bytes) for piece in _Slices([b"abcd"]))


def test_the_default_slice_is_two_kib() -> None:
    assert [len(piece) for piece in _Slices([b"x" * 5000])] == [2048, 2048, 904]
