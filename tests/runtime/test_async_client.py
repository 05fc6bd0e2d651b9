"""AsyncAPIClient behaves like SyncAPIClient: same retries, waits, typed errors, over real sockets."""

from __future__ import annotations

import time

import httpx
import pytest

from dixa_client._base_client import AsyncAPIClient, RequestOptions
from dixa_client._exceptions import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from dixa_client._rate_limit import AsyncTokenBucket
from tests.runtime.loopback import LoopbackServer, Reply, Reset, unused_port
from tests.runtime.support import API_KEY, USER_AGENT, AsyncRecordingSleep, async_client
from tests.runtime.test_base_client import GET_AGENTS, OK, POST_AGENT, SERVER_ERROR


async def test_sends_the_raw_key_and_returns_the_response(
    server: LoopbackServer, async_sleep: AsyncRecordingSleep
) -> None:
    server.script(Reply(200, {"data": [{"id": "a1"}]}))
    async with async_client(server.base_url, async_sleep) as client:
        response = await client.send(GET_AGENTS, operation="getAgents")
    assert response.json() == {"data": [{"id": "a1"}]}
    [received] = server.received
    assert received.target == "/beta/agents?pageLimit=2"
    assert received.headers["authorization"] == API_KEY
    assert received.headers["user-agent"] == USER_AGENT


async def test_429_then_200_honours_retry_after(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), OK)
    async with async_client(server.base_url, async_sleep) as client:
        assert (await client.send(GET_AGENTS)).status_code == 200
    assert len(server.received) == 2
    assert async_sleep.calls == [1.0]


async def test_429_exhausted(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(*[Reply(429, {"message": "Slow down"})] * 3)
    async with async_client(server.base_url, async_sleep) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.send(GET_AGENTS)
    assert caught.value.message == "Slow down"
    assert async_sleep.calls == [0.5, 1.0]


async def test_5xx_backoff_then_error(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(502), Reply(503), SERVER_ERROR)
    async with async_client(server.base_url, async_sleep) as client:
        with pytest.raises(InternalServerError) as caught:
            await client.send(GET_AGENTS)
    assert caught.value.status_code == 500
    assert caught.value.message == "Something broke"
    assert len(server.received) == 3
    assert async_sleep.calls == [0.5, 1.0]


async def test_reset_is_retried_for_get(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reset(), OK)
    async with async_client(server.base_url, async_sleep) as client:
        assert (await client.send(GET_AGENTS)).status_code == 200
    assert len(server.received) == 2


async def test_timeouts_raise_api_timeout_error(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(200, {}, delay=5.0), Reply(200, {}, delay=5.0))
    started = time.monotonic()
    async with async_client(server.base_url, async_sleep, timeout=0.2, max_retries=1) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.send(GET_AGENTS)
    assert time.monotonic() - started < 3.0
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.received) == 2


async def test_per_call_timeout_wins(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(200, {}, delay=5.0))
    async with async_client(server.base_url, async_sleep, timeout=30.0) as client:
        with pytest.raises(APITimeoutError):
            await client.send(GET_AGENTS, options=RequestOptions(timeout=0.2, max_retries=0))
    assert len(server.received) == 1


@pytest.mark.parametrize("fault", [SERVER_ERROR, Reset(), Reply(201, {}, delay=5.0)], ids=["500", "reset", "timeout"])
async def test_post_is_sent_exactly_once(
    server: LoopbackServer, async_sleep: AsyncRecordingSleep, fault: Reply | Reset
) -> None:
    server.script(fault, OK)
    async with async_client(server.base_url, async_sleep, timeout=0.2) as client:
        with pytest.raises((InternalServerError, APIConnectionError)):
            await client.send(POST_AGENT)
    assert len(server.received) == 1
    assert async_sleep.calls == []


async def test_post_is_retried_after_429(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), Reply(201, {}))
    async with async_client(server.base_url, async_sleep) as client:
        assert (await client.send(POST_AGENT)).status_code == 201
    assert [r.json() for r in server.received] == [POST_AGENT["json"]] * 2


async def test_refused_connection(async_sleep: AsyncRecordingSleep) -> None:
    async with async_client(f"http://127.0.0.1:{unused_port()}", async_sleep) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.send(POST_AGENT)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert async_sleep.calls == [0.5, 1.0]


async def test_odd_2xx_body_is_returned(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(200, b"{not json", content_type="text/html"))
    async with async_client(server.base_url, async_sleep) as client:
        response = await client.send(GET_AGENTS)
    assert response.content == b"{not json"


async def test_404_is_typed_and_not_retried(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(404, {"message": "No such agent"}))
    async with async_client(server.base_url, async_sleep) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.send(GET_AGENTS)
    assert str(caught.value) == "HTTP 404: No such agent"
    assert len(server.received) == 1


class CountingBucket(AsyncTokenBucket):
    def __init__(self) -> None:
        super().__init__(1000.0, 100)
        self.acquired = 0

    async def acquire(self) -> None:
        self.acquired += 1


async def test_rate_limiter_before_every_attempt(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(503), Reset(), OK)
    async with async_client(server.base_url, async_sleep) as client:
        bucket = CountingBucket()
        client._limiter = bucket
        await client.send(GET_AGENTS)
    assert bucket.acquired == 3 == len(server.received)


async def test_closes_only_its_own_http_client(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    async with async_client(server.base_url, async_sleep) as client:
        own = client._client
    assert own.is_closed
    async with httpx.AsyncClient() as theirs:
        async with async_client(server.base_url, async_sleep, http_client=theirs):
            pass
        assert not theirs.is_closed


async def test_default_rate_limit_is_an_async_bucket(server: LoopbackServer) -> None:
    async with AsyncAPIClient(api_key=API_KEY, base_url=server.base_url, user_agent=USER_AGENT) as client:
        assert isinstance(client._limiter, AsyncTokenBucket)
        assert "SECRET" not in repr(client)
