"""What a broken or hostile server can send ends in a typed error: deep or undecodable error bodies,
unreadable next links, compression bombs, oversized bodies; and a pickled error carries no key."""

from __future__ import annotations

import gzip
import pickle
import tracemalloc
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from dixa_client._body import DEFAULT_MAX_RESPONSE_SIZE
from dixa_client._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    BadRequestError,
    DixaError,
    InternalServerError,
    NotFoundError,
    ResponseTooLargeError,
    UnsafeNextPageError,
)
from dixa_client._pagination import SyncPager
from tests.runtime.loopback import LoopbackServer, Reply, unused_port
from tests.runtime.support import API_KEY, AsyncRecordingSleep, RecordingSleep, async_client, sync_client

GET_AGENTS: dict[str, Any] = {"method": "get", "url": "/beta/agents"}
MiB = 1024 * 1024

# --- error bodies keep their status class whatever they hold ---------------------------------------


@pytest.mark.parametrize(
    ("reply", "cls"),
    [
        pytest.param(Reply(400, b"[" * 100_000), BadRequestError, id="400-nested-100000-deep"),
        pytest.param(Reply(500, b"[" * 100_000), InternalServerError, id="500-nested-100000-deep"),
        pytest.param(
            Reply(404, b"abc", content_type="application/json; charset=utf-16"), NotFoundError, id="utf16-odd"
        ),
        pytest.param(Reply(404, b"\x00\xd8", content_type="text/plain; charset=utf-16"), NotFoundError, id="utf16-bad"),
        pytest.param(
            Reply(404, b"{}", content_type="text/plain; charset=no-such"), NotFoundError, id="charset-unknown"
        ),
        pytest.param(
            Reply(502, "<html>" + "<script>" * 50_000, content_type="text/html"), InternalServerError, id="html"
        ),
    ],
)
def test_an_error_body_never_changes_the_error_class(
    server: LoopbackServer, sleep: RecordingSleep, reply: Reply, cls: type[APIStatusError]
) -> None:
    server.script(reply)
    with sync_client(server.base_url, sleep, max_retries=0) as client, pytest.raises(cls) as caught:
        client.send(GET_AGENTS)
    assert type(caught.value) is cls
    assert caught.value.status_code == reply.status
    assert isinstance(caught.value.message, str) and len(caught.value.message) <= 200


# --- next links that cannot be read or could name another host ------------------------------------

MALFORMED_NEXT = ["http://[::1", "https://xn--dev-dxa.io/", "//evil.com/x", "/\\evil.com/x", "\x00", "/beta/\nx"]


@pytest.mark.parametrize("link", MALFORMED_NEXT + ["{base}//evil.com/x", "{base}/\\evil.com/x"])
def test_a_malformed_next_link_is_refused_with_a_typed_error(
    server: LoopbackServer, sleep: RecordingSleep, link: str
) -> None:
    link = link.format(base=server.base_url)
    server.script(Reply(200, {"data": [{"id": "a1"}], "meta": {"next": link}}), Reply(200, {"data": []}))
    got: list[str] = []
    with sync_client(server.base_url, sleep) as client, pytest.raises(UnsafeNextPageError):
        for item in SyncPager(client, GET_AGENTS, lambda r: r.json(), lambda page: [i["id"] for i in page["data"]]):
            got.append(item)
    assert got == ["a1"]
    assert len(server.received) == 1  # nothing was sent for the refused link


# --- the decoded size cap -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """100 MiB of zeros, gzip-compressed to about 100 KB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MiB)
    return b"".join([*(compressor.compress(zeros) for _ in range(100)), compressor.flush()])


def test_the_default_cap_is_64_mib(sleep: RecordingSleep) -> None:
    assert DEFAULT_MAX_RESPONSE_SIZE == 64 * MiB
    with sync_client("http://127.0.0.1:9", sleep) as client:
        assert client.max_response_size == 64 * MiB


def test_a_gzip_bomb_is_stopped_while_decoding(server: LoopbackServer, sleep: RecordingSleep, gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 200_000
    server.script(Reply(200, gzip_bomb, headers={"Content-Encoding": "gzip"}))
    with sync_client(server.base_url, sleep, max_response_size=4 * MiB) as client:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                client.send(GET_AGENTS)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert caught.value.limit == 4 * MiB
    assert isinstance(caught.value, APIConnectionError) is False and isinstance(caught.value, DixaError)
    assert peak < 8 * MiB  # the cap plus one bounded inflate step, not 100 MiB
    assert len(server.received) == 1  # not retried: the same body would come again


def test_an_identity_body_past_the_cap_stops_the_read(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(500, b"x" * (2 * MiB)))
    with sync_client(server.base_url, sleep, max_response_size=MiB) as client, pytest.raises(ResponseTooLargeError):
        client.send(GET_AGENTS)


def test_a_body_within_the_cap_is_decoded_and_marked_plain(server: LoopbackServer, sleep: RecordingSleep) -> None:
    body = gzip.compress(b'{"data": ["' + b"a" * 100_000 + b'"]}')
    server.script(Reply(200, body, headers={"Content-Encoding": "gzip"}))
    with sync_client(server.base_url, sleep, max_response_size=MiB) as client:
        response = client.send(GET_AGENTS)
    assert response.json() == {"data": ["a" * 100_000]}
    assert "content-encoding" not in response.headers  # the bytes held are decoded
    assert response.headers["content-length"] == str(len(response.content))


def test_a_broken_gzip_body_is_a_connection_error(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, b"\x1f\x8b not gzip", headers={"Content-Encoding": "gzip"}))
    with sync_client(server.base_url, sleep, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.send(GET_AGENTS)


async def test_the_async_client_caps_bodies_too(
    server: LoopbackServer, async_sleep: AsyncRecordingSleep, gzip_bomb: bytes
) -> None:
    server.script(Reply(200, gzip_bomb, headers={"Content-Encoding": "gzip"}))
    async with async_client(server.base_url, async_sleep, max_response_size=4 * MiB) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.send(GET_AGENTS)


def test_with_options_sets_the_cap(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, b"x" * 2000), Reply(200, b"x" * 2000))
    with sync_client(server.base_url, sleep) as client:
        assert len(client.send(GET_AGENTS).content) == 2000
        with pytest.raises(ResponseTooLargeError):
            client.with_options(max_response_size=1000).send(GET_AGENTS)


# --- pickled errors carry no key and unpickle ---------------------------------------------------


def pickled_errors(server: LoopbackServer, sleep: RecordingSleep) -> Iterator[APIError]:
    server.script(Reply(404, {"message": "no such agent"}), Reply(400, b"[" * 10))
    with sync_client(server.base_url, sleep, max_retries=0) as client:
        for _ in range(2):
            with pytest.raises(APIStatusError) as status:
                client.send({**GET_AGENTS, "params": {"email": "a@example.com"}})
            yield status.value
    with sync_client(f"http://127.0.0.1:{unused_port()}", sleep, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as connection:
            client.send(GET_AGENTS)
        yield connection.value


def test_a_pickled_error_has_no_key_and_unpickles_whole(server: LoopbackServer, sleep: RecordingSleep) -> None:
    errors = list(pickled_errors(server, sleep))
    assert len(errors) == 3
    for error in errors:
        assert error.request is not None and error.request.headers["authorization"] == API_KEY  # the key was sent
        data = pickle.dumps(error)
        assert API_KEY.encode() not in data
        copy: APIError = pickle.loads(data)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.message == error.message
        assert copy.request is not None and "authorization" not in copy.request.headers
        assert copy.request.url == error.request.url
        if isinstance(error, APIStatusError):
            assert isinstance(copy, APIStatusError)
            assert copy.status_code == error.status_code
            assert copy.body == error.body
            assert copy.response.content == error.response.content
            assert copy.response.request.url == error.request.url
            assert "authorization" not in copy.response.request.headers
        assert error.request.headers["authorization"] == API_KEY  # pickling did not touch the original


def deflate_raw(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [("gzip", gzip.compress), ("x-gzip", gzip.compress), ("deflate", zlib.compress), ("deflate", deflate_raw)],
    ids=["gzip", "x-gzip", "deflate-zlib", "deflate-raw"],
)
def test_each_zlib_encoding_decodes_as_httpx_would(
    server: LoopbackServer, sleep: RecordingSleep, encoding: str, encode: Any
) -> None:
    server.script(Reply(200, encode(b'{"ok": true}'), headers={"Content-Encoding": encoding}))
    with sync_client(server.base_url, sleep) as client:
        assert client.send(GET_AGENTS).json() == {"ok": True}
