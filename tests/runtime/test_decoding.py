"""Reading bodies: each page decoded once (models and `meta.next` from one document), and the opt-in GC pause."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest

from dixa_client import AsyncDixa, Dixa, ResponseValidationError
from dixa_client import _accelerate as accelerate
from dixa_client import _decoding as decoding
from dixa_client._decoding import DecodedResponse, gc_paused

KEY = "dixa-key-SECRET-7"
AGENT: dict[str, Any] = {"id": str(UUID(int=1)), "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
                         "displayName": "Ada", "email": "ada@example.com"}  # fmt: skip


def agents_pages(request: httpx.Request) -> httpx.Response:
    """Three pages of two agents, linked by relative `next` URLs (and one agent for `agents.get`)."""
    if not request.url.path.endswith("/agents"):
        return httpx.Response(200, json={"data": AGENT})
    page = int(request.url.params.get("pageKey", "0"))
    link = {"next": f"{request.url.path}?pageKey={page + 1}"} if page < 2 else {}
    data = [{**AGENT, "displayName": f"agent {page}-{i}"} for i in range(2)]
    return httpx.Response(200, json={"data": data, "meta": link})


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Each body decoding (ours, or httpx's `Response.json()`), recorded as whether the cyclic GC was enabled."""
    calls: list[bool] = []
    real_loads, real_json = decoding.loads, httpx.Response.json

    def counting(content: bytes) -> Any:
        calls.append(gc.isenabled())
        return real_loads(content)

    def counting_json(self: httpx.Response, **kwargs: Any) -> Any:
        calls.append(gc.isenabled())
        return real_json(self, **kwargs)

    monkeypatch.setattr(decoding, "loads", counting)
    monkeypatch.setattr(accelerate, "_enabled", False)  # counts json.loads; msgspec: tests/models/test_accelerator.py
    monkeypatch.setattr(httpx.Response, "json", counting_json)
    yield calls


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    """Whatever a test does, the collector is enabled again after it."""
    gc.enable()
    yield
    gc.enable()


def mock(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def test_each_page_is_decoded_once_for_its_models_and_its_next_link(decodes: list[bool]) -> None:
    with Dixa(KEY, transport=mock(agents_pages), rate_limit=None) as client:
        names = [agent.display_name for agent in client.agents.list()]
    assert names == [f"agent {page}-{i}" for page in range(3) for i in range(2)]
    assert len(decodes) == 3


async def test_async_pages_are_decoded_once_too(decodes: list[bool]) -> None:
    async with AsyncDixa(KEY, transport=httpx.MockTransport(agents_pages), rate_limit=None) as client:
        names = [agent.display_name async for agent in client.agents.list()]
    assert len(names) == 6
    assert len(decodes) == 3


def test_a_page_that_does_not_fit_still_raises_with_its_body(decodes: list[bool]) -> None:
    body = {"data": [{**AGENT, "displayName": 5}], "meta": {"next": "/beta/agents?pageKey=1"}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = Dixa(KEY, transport=mock(handler), rate_limit=None)
    with client, pytest.raises(ResponseValidationError) as caught:
        list(client.agents.list())
    assert caught.value.path == "data[0].displayName"
    assert isinstance(caught.value.response, httpx.Response)
    assert caught.value.body == body
    assert len(decodes) == 1  # the error's body is the document already decoded


def test_a_body_that_is_no_json_is_a_validation_error_carrying_its_bytes() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"})

    client = Dixa(KEY, transport=mock(handler), rate_limit=None)
    with client, pytest.raises(ResponseValidationError) as caught:
        client.agents.get(UUID(int=1))
    assert caught.value.body == b"{not json"


def test_decoded_response_decodes_once_and_reads_the_rest_from_the_response(decodes: list[bool]) -> None:
    request = httpx.Request("GET", "https://dev.dixa.io/beta/agents")
    response = httpx.Response(201, json={"data": []}, headers={"X-Trace": "t1"}, request=request)
    decoded = DecodedResponse(response)
    assert decoded.json() is decoded.json() == {"data": []}
    assert len(decodes) == 1
    assert (decoded.status_code, decoded.headers["x-trace"], decoded.content) == (201, "t1", response.content)
    assert decoded.url == request.url and decoded.http_response is response
    broken = DecodedResponse(httpx.Response(200, content=b"{broken"))
    for _ in range(2):  # no half-read state: it raises each time
        with pytest.raises(ValueError):
            broken.json()


def test_members_are_read_from_a_kept_decoding_before_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded = DecodedResponse(httpx.Response(200, content=b'{"meta": {"next": "/from-body"}}'))
    decoded.keep_members(lambda key: {"next": f"/kept-{key}"})
    monkeypatch.setattr(decoding, "top_level_member", lambda content, key: pytest.fail("the body was read"))
    assert decoded.member("meta") == {"next": "/kept-meta"}


def test_a_kept_reader_that_cannot_say_leaves_the_member_to_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded = DecodedResponse(httpx.Response(200, content=b'{"meta": {"next": "/from-body"}}'))
    decoded.keep_members(lambda key: accelerate.MISS)
    assert decoded.member("meta") == {"next": "/from-body"}
    monkeypatch.setattr(decoding, "top_level_member", lambda content, key: accelerate.MISS)
    assert decoded.member("meta") == {"next": "/from-body"}  # then json.loads
    assert decoded.json() == {"meta": {"next": "/from-body"}}
    decoded.keep_members(lambda key: pytest.fail("the document is decoded: it is read, not the kept reader"))
    assert decoded.member("meta") == {"next": "/from-body"}


# --- the GC pause ------------------------------------------------------------------------------


@pytest.mark.usefixtures("gc_enabled")
def test_the_gc_is_paused_while_decoding_only_when_asked(decodes: list[bool]) -> None:
    with Dixa(KEY, transport=mock(agents_pages), rate_limit=None) as client:
        assert client.pause_gc_while_decoding is False
        list(client.agents.list())
        client.agents.get(UUID(int=1))
        assert decodes == [True] * 4 and gc.isenabled()
        decodes.clear()
        paused = client.with_options(pause_gc_while_decoding=True)
        assert paused.pause_gc_while_decoding and not client.pause_gc_while_decoding
        list(paused.agents.list())
        paused.agents.get(UUID(int=1))
        assert paused.agents.with_raw_response.get(UUID(int=1)).parse().data.display_name == "Ada"
        assert decodes == [False] * 5 and gc.isenabled()
    with Dixa(KEY, transport=mock(agents_pages), rate_limit=None, pause_gc_while_decoding=True) as client:
        decodes.clear()
        list(client.agents.list())
        assert decodes == [False] * 3 and gc.isenabled()


@pytest.mark.usefixtures("gc_enabled")
async def test_the_async_client_pauses_the_gc_too(decodes: list[bool]) -> None:
    async with AsyncDixa(
        KEY, transport=httpx.MockTransport(agents_pages), rate_limit=None, pause_gc_while_decoding=True
    ) as client:
        assert len([agent async for agent in client.agents.list()]) == 6
    assert decodes == [False] * 3 and gc.isenabled()


@pytest.mark.usefixtures("gc_enabled")
def test_the_gc_is_enabled_again_after_a_decoding_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {**AGENT, "id": "not a uuid"}})

    with Dixa(KEY, transport=mock(handler), rate_limit=None, pause_gc_while_decoding=True) as client:
        with pytest.raises(ResponseValidationError):
            client.agents.get(UUID(int=1))
    assert gc.isenabled()


@pytest.mark.usefixtures("gc_enabled")
def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


@pytest.mark.usefixtures("gc_enabled")
def test_overlapping_pauses_end_when_the_last_one_ends() -> None:
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other_thread() -> None:
        first_in.wait(5)
        with gc_paused():
            pass
        seen.append(gc.isenabled())  # the first pause is still running: still paused
        second_done.set()

    thread = threading.Thread(target=other_thread)
    thread.start()
    with gc_paused():
        first_in.set()
        assert second_done.wait(5)
        assert not gc.isenabled()
    thread.join(5)
    assert seen == [False] and gc.isenabled()
    with gc_paused(), gc_paused():  # nested in one thread
        assert not gc.isenabled()
    assert gc.isenabled()
