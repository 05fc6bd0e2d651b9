"""`with_options()` / `copy()`: a client with some settings changed, sharing the pool and the limiter;
and the rate limiter shared by every client on one key in a process."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from dixa_client import AsyncDixa, Dixa, RateLimit
from dixa_client._base_client import RequestOptions, SyncAPIClient
from dixa_client._exceptions import APITimeoutError
from dixa_client._rate_limit import shared_state
from dixa_client.resources import OPERATIONS
from tests.runtime.loopback import LoopbackServer, Reply
from tests.runtime.support import API_KEY, USER_AGENT, AsyncRecordingSleep, RecordingSleep, async_client, sync_client

GET_AGENTS: dict[str, Any] = {"method": "get", "url": "/beta/agents"}
OK = Reply(200, {"ok": True})


def test_with_options_changes_only_the_copy(server: LoopbackServer, sleep: RecordingSleep) -> None:
    with sync_client(server.base_url, sleep, max_retries=2, total_timeout=30.0) as client:
        copy = client.with_options(max_retries=0, timeout=1.5, total_timeout=None, max_pages=7)
        assert type(copy) is type(client)
        assert (copy.max_retries, copy.timeout, copy.total_timeout, copy.max_pages) == (0, 1.5, None, 7)
        assert (client.max_retries, client.timeout, client.total_timeout, client.max_pages) == (2, 5.0, 30.0, 10_000)
        assert client.copy is not None and type(client).copy is type(client).with_options


def test_a_copy_shares_the_connection_pool(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK, OK)
    with sync_client(server.base_url, sleep) as client:
        copy = client.with_options(max_retries=0)  # made before the pool exists: it is built once, for both
        copy.send(GET_AGENTS)
        client.send(GET_AGENTS)
        assert copy._client is client._client
        copy.close()  # the copy does not own the pool
        assert not client._client.is_closed
    assert copy._client.is_closed  # closing the original closes it for both


def test_the_copy_uses_its_own_timeout(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, {"n": 1}, delay=0.6), Reply(200, {"n": 2}, delay=0.6))
    with sync_client(server.base_url, sleep, timeout=5.0, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.with_options(timeout=0.2).send(GET_AGENTS)
        assert client.send(GET_AGENTS, options=RequestOptions()).json() == {"n": 2}


def test_default_headers_add_up_and_the_key_can_change(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK, OK)
    with sync_client(server.base_url, sleep, default_headers={"X-App": "a"}) as client:
        copy = client.with_options(default_headers={"X-Trace": "t"}, api_key="sk-other-KEY-456")
        copy.send(GET_AGENTS)
        client.send(GET_AGENTS)
    first, second = server.received
    assert (first.headers["x-app"], first.headers["x-trace"], first.headers["authorization"]) == (
        "a",
        "t",
        "sk-other-KEY-456",
    )
    assert "x-trace" not in second.headers and second.headers["authorization"] == API_KEY
    assert "sk-other-KEY-456" not in repr(copy)


@pytest.mark.parametrize(
    "changes",
    [
        {"max_retries": -1},
        {"max_pages": 0},
        {"max_response_size": 0},
        {"api_key": "has space"},
        {"base_url": "ftp://x"},
    ],
)
def test_invalid_options_are_refused(sleep: RecordingSleep, changes: dict[str, Any]) -> None:
    with sync_client("http://127.0.0.1:9", sleep) as client, pytest.raises(ValueError):
        client.with_options(**changes)


def list_tags(client: Dixa | AsyncDixa) -> Any:
    """Call the tag listing by its operationId, whatever the facade names its method."""
    namespace, method = OPERATIONS["getTags"]
    return getattr(getattr(client, namespace), method)()


def test_a_dixa_copy_has_namespaces_of_its_own(server: LoopbackServer) -> None:
    server.script(Reply(200, {"data": []}), Reply(200, {"data": []}))
    with Dixa(api_key=API_KEY, base_url=server.base_url, rate_limit=None) as client:
        agents = client.agents  # cached on the instance
        copy = client.with_options(max_retries=0, default_headers={"X-Copy": "1"})
        assert isinstance(copy, Dixa)
        assert copy.agents is not agents and copy.agents._client is copy and agents._client is client
        list_tags(copy)
        list_tags(client)
    assert [r.headers.get("x-copy") for r in server.received] == ["1", None]


async def test_an_async_dixa_copy(server: LoopbackServer) -> None:
    server.script(Reply(200, {"data": []}))
    async with AsyncDixa(api_key=API_KEY, base_url=server.base_url, rate_limit=None) as client:
        copy = client.copy(default_headers={"X-Copy": "1"})
        assert isinstance(copy, AsyncDixa) and copy.tags is not client.tags
        await list_tags(copy)
        assert copy._client is client._client
    assert server.received[0].headers["x-copy"] == "1"


async def test_async_copy_timeouts(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(Reply(200, {"n": 1}, delay=0.6))
    async with async_client(server.base_url, async_sleep, timeout=5.0, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.with_options(total_timeout=0.2).send(GET_AGENTS)


# --- one rate limiter per key ---------------------------------------------------------------------

SLOW = RateLimit(rate=4.0, burst=1)  # one request, then one every 250 ms


def client_on(base_url: str, api_key: str = API_KEY, rate_limit: RateLimit | None = SLOW) -> SyncAPIClient:
    return SyncAPIClient(api_key=api_key, base_url=base_url, user_agent=USER_AGENT, rate_limit=rate_limit)


def test_clients_on_one_key_share_one_limiter(server: LoopbackServer) -> None:
    server.script(OK, OK, OK)
    key = f"{API_KEY}-shared-{time.monotonic_ns()}"  # a bucket no other test has drawn on
    with client_on(server.base_url, key) as first, client_on(server.base_url, key) as second:
        assert first._limiter is not None and second._limiter is not None
        assert first._limiter.state is second._limiter.state
        started = time.monotonic()
        first.send(GET_AGENTS)  # the burst of 1
        second.send(GET_AGENTS)  # waits for the key's next slot, though this client never sent
        first.with_options(max_retries=0).send(GET_AGENTS)  # and a copy waits its turn as well
        elapsed = time.monotonic() - started
    assert 0.45 < elapsed < 2.0


def test_other_keys_and_other_settings_get_their_own_limiter(server: LoopbackServer) -> None:
    key = f"{API_KEY}-own-{time.monotonic_ns()}"
    with client_on(server.base_url, key) as one, client_on(server.base_url, key + "x") as other_key:
        with client_on(server.base_url, key, RateLimit(rate=2.0, burst=1)) as other_limit:
            states = {id(c._limiter.state) for c in (one, other_key, other_limit) if c._limiter is not None}
    assert len(states) == 3
    assert shared_state(key, SLOW) is shared_state(key, SLOW)
    with client_on(server.base_url, key) as limited:
        assert limited.with_options(rate_limit=None)._limiter is None
        assert limited.with_options(api_key=key + "y")._limiter is not limited._limiter


async def test_sync_and_async_clients_share_the_key_s_limiter(server: LoopbackServer) -> None:
    key = f"{API_KEY}-mixed-{time.monotonic_ns()}"
    with client_on(server.base_url, key) as sync:
        async with async_client(server.base_url, AsyncRecordingSleep(), rate_limit=SLOW) as other:
            async_on_key = other.with_options(api_key=key)
            assert sync._limiter is not None and async_on_key._limiter is not None
            assert sync._limiter.state is async_on_key._limiter.state


def test_the_registry_holds_no_key(server: LoopbackServer) -> None:
    from dixa_client import _rate_limit

    key = f"{API_KEY}-registry-{time.monotonic_ns()}"
    with client_on(server.base_url, key):
        entries = list(_rate_limit._REGISTRY.keys())
    assert entries and all(key.encode() not in repr(entry).encode() and key not in repr(entry) for entry in entries)
    assert not any(isinstance(part, str) for entry in entries for part in entry)


def test_a_caller_s_http_client_is_never_closed_by_a_copy(server: LoopbackServer, sleep: RecordingSleep) -> None:
    with httpx.Client() as theirs:
        with sync_client(server.base_url, sleep, http_client=theirs) as client:
            client.with_options(max_retries=1).close()
        assert not theirs.is_closed


@pytest.mark.parametrize("client_class", [Dixa, AsyncDixa])
def test_the_constructors_take_the_size_cap_and_the_page_bound(
    server: LoopbackServer, client_class: type[Dixa] | type[AsyncDixa]
) -> None:
    client = client_class(api_key=API_KEY, base_url=server.base_url, max_response_size=10, max_pages=3)
    assert (client.max_response_size, client.max_pages) == (10, 3)
    copy = client.with_options(max_retries=0)
    assert (copy.max_response_size, copy.max_pages) == (10, 3)


def test_a_body_over_the_constructor_s_cap_is_refused(server: LoopbackServer) -> None:
    from dixa_client import ResponseTooLargeError

    server.script(Reply(200, {"data": ["x" * 100]}))
    with Dixa(api_key=API_KEY, base_url=server.base_url, rate_limit=None, max_response_size=50) as client:
        with pytest.raises(ResponseTooLargeError):
            list_tags(client)
