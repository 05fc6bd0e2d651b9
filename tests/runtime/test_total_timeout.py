"""A whole-response deadline: httpx limits each read, so a body dripping in slowly needs one too."""

from __future__ import annotations

import gzip
import threading
import time

import httpx
import pytest

from dixa_client._base_client import RequestOptions
from dixa_client._exceptions import APITimeoutError
from tests.runtime.loopback import LoopbackServer, Reply
from tests.runtime.support import AsyncRecordingSleep, RecordingSleep, async_client, sync_client

GET_AGENTS = {"method": "get", "url": "/beta/agents"}
POST_AGENT = {"method": "post", "url": "/beta/agents", "json": {"displayName": "Ada"}}
DRIP = Reply(200, {"data": ["x" * 40]}, trickle=0.05)  # ~50 bytes at 20 bytes/s: 2.5 s, each read fast


def test_a_dripping_body_times_out_at_the_total_deadline(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(DRIP, DRIP)
    started = time.monotonic()
    with sync_client(server.base_url, sleep, timeout=1.0, total_timeout=0.4, max_retries=1) as client:
        with pytest.raises(APITimeoutError) as caught:
            client.send(GET_AGENTS)
    assert time.monotonic() - started < 2.0  # two attempts of ~0.4 s, not two of 2.5 s
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.received) == 2  # a GET is retried


def test_a_dripping_answer_to_a_post_is_not_resent(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(DRIP, DRIP)
    with sync_client(server.base_url, sleep, timeout=1.0, total_timeout=0.4) as client:
        with pytest.raises(APITimeoutError):
            client.send(POST_AGENT)
    assert len(server.received) == 1


def test_per_call_total_timeout_wins_and_none_switches_it_off(server: LoopbackServer, sleep: RecordingSleep) -> None:
    quick = Reply(200, {"ok": 1}, trickle=0.01)
    server.script(quick, quick)
    with sync_client(server.base_url, sleep, timeout=1.0, total_timeout=0.001, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.send(GET_AGENTS)
        response = client.send(GET_AGENTS, options=RequestOptions(total_timeout=None))
    assert response.json() == {"ok": 1}


def test_the_body_read_in_chunks_is_decoded_as_usual(server: LoopbackServer, sleep: RecordingSleep) -> None:
    body = gzip.compress(b'{"data": [1, 2, 3]}')
    server.script(Reply(200, body, headers={"Content-Encoding": "gzip"}))
    with sync_client(server.base_url, sleep) as client:
        response = client.send(GET_AGENTS)
    assert response.json() == {"data": [1, 2, 3]}


async def test_async_has_the_same_deadline(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(DRIP)
    started = time.monotonic()
    async with async_client(server.base_url, async_sleep, timeout=1.0, total_timeout=0.4, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.send(GET_AGENTS)
    assert time.monotonic() - started < 1.5


# --- the deadline covers the headers too: stalls and drips before the body -----------------------

# Each would hold an attempt for 3 s or more under the 4 s read timeout alone.
SILENT = Reply(200, {"ok": 1}, delay=3.0)  # nothing at all for 3 s
STALLED = Reply(200, {"ok": 1}, stall=3.0)  # headers at once, then nothing for 3 s
DRIPPED_HEADERS = Reply(200, {"ok": 1}, header_trickle=0.05)  # ~80 header bytes, one per 50 ms: 4 s
HOSTILE = [pytest.param(SILENT, id="silent"), pytest.param(STALLED, id="stall-after-headers")]
HOSTILE.append(pytest.param(DRIPPED_HEADERS, id="dripped-headers"))


@pytest.mark.parametrize("reply", HOSTILE)
def test_the_deadline_holds_whatever_the_server_withholds(
    server: LoopbackServer, sleep: RecordingSleep, reply: Reply
) -> None:
    server.script(reply)
    started = time.monotonic()
    with sync_client(server.base_url, sleep, timeout=4.0, total_timeout=0.5, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.send(GET_AGENTS)
    assert time.monotonic() - started < 1.5  # the total, not the 4 s read timeout nor the 3-4 s of the server


@pytest.mark.parametrize("reply", HOSTILE)
async def test_the_async_deadline_holds_whatever_the_server_withholds(
    server: LoopbackServer, async_sleep: AsyncRecordingSleep, reply: Reply
) -> None:
    server.script(reply)
    started = time.monotonic()
    async with async_client(server.base_url, async_sleep, timeout=4.0, total_timeout=0.5, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.send(GET_AGENTS)
    assert time.monotonic() - started < 1.5


def test_a_connection_kept_alive_serves_the_next_attempt_on_time(server: LoopbackServer, sleep: RecordingSleep) -> None:
    # The deadline belongs to the attempt, not to the pooled connection that served an earlier one.
    server.script(Reply(200, {"n": 1}), STALLED, Reply(200, {"n": 3}))
    with sync_client(server.base_url, sleep, timeout=4.0, total_timeout=0.5, max_retries=0) as client:
        assert client.send(GET_AGENTS).json() == {"n": 1}
        with pytest.raises(APITimeoutError):
            client.send(GET_AGENTS)
        assert client.send(GET_AGENTS, options=RequestOptions(total_timeout=None)).json() == {"n": 3}


def test_the_wait_for_a_pooled_connection_ends_at_the_deadline(server: LoopbackServer, sleep: RecordingSleep) -> None:
    # httpx waits for a free connection up to its `pool` timeout, before any socket the deadline reaches.
    server.script(Reply(200, {"n": 1}, delay=1.0), Reply(200, {"n": 2}))
    http = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=4.0)
    with sync_client(server.base_url, sleep, http_client=http, total_timeout=None, max_retries=0) as client:
        holder = threading.Thread(target=client.send, args=(GET_AGENTS,))  # takes the one connection for 1 s
        holder.start()
        while not server.received:
            time.sleep(0.01)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.send(GET_AGENTS, options=RequestOptions(total_timeout=0.2))
        waited = time.monotonic() - started
        holder.join()
    http.close()
    assert waited < 0.8  # the total, not until the connection is free again
    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
    assert len(server.received) == 1  # the second request was never sent
