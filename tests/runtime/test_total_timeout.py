"""A whole-response deadline: httpx limits each read, so a body dripping in slowly needs one too."""

from __future__ import annotations

import gzip
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
