"""The entry point: `Dixa` / `AsyncDixa`, one namespace per tag, typed calls, errors and pagination.

Every operation of the document reachable: tests/facade/test_operations.py."""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

import httpx
import pytest

import dixa_client
from dixa_client import (
    AsyncDixa,
    Dixa,
    DixaError,
    NotFoundError,
    RateLimitError,
    RequestOptions,
    ResponseValidationError,
)
from dixa_client.api.agents import get_agents, get_agents_agentid
from tests.conftest import API_PREFIX, API_VERSION
from tests.pinned_models import attribute_type, returned

ListAgentsOutput = returned(get_agents)
Agent = attribute_type(returned(get_agents_agentid), "data")
KEY = "dixa-key-SECRET-42"
AGENT_ID = UUID(int=1)
AGENT: dict[str, Any] = {"id": str(AGENT_ID), "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
                         "displayName": "Ada", "email": "ada@example.com"}  # fmt: skip


def agents_pages(request: httpx.Request) -> httpx.Response:
    """Three pages linked by relative `next` URLs, as Dixa links them."""
    page = int(request.url.params.get("pageKey", "0"))
    link = {"next": f"{request.url.path}?pageKey={page + 1}"} if page < 2 else {}
    data = [{**AGENT, "displayName": f"agent {page}-{i}"} for i in range(2)]
    return httpx.Response(200, json={"data": data, "meta": link})


def client_for(handler: Any, **options: Any) -> Dixa:
    return Dixa(KEY, transport=httpx.MockTransport(handler), rate_limit=None, **options)


def test_the_key_comes_from_the_argument_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIXA_API_KEY", raising=False)
    with pytest.raises(DixaError, match="DIXA_API_KEY"):
        Dixa()
    monkeypatch.setenv("DIXA_API_KEY", KEY)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": AGENT})

    with Dixa(transport=httpx.MockTransport(handler), rate_limit=None) as client:
        client.agents.get(AGENT_ID)
    assert seen[0].headers["Authorization"] == KEY  # the raw key: Dixa does not use "Bearer"
    assert seen[0].url == f"https://dev.dixa.io{API_PREFIX}/agents/{AGENT_ID}"  # the document's server and path
    agent_string = seen[0].headers["User-Agent"]
    assert f"dixa-client/{dixa_client.__version__}" in agent_string and API_VERSION in agent_string


def test_a_method_returns_the_typed_model_and_raises_typed_errors() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(str(AGENT_ID)):
            return httpx.Response(200, json={"data": AGENT})
        return httpx.Response(404, json={"message": "Agent not found"})

    client = client_for(handler)
    agent = client.agents.get(AGENT_ID).data
    assert isinstance(agent, Agent) and agent.display_name == "Ada"
    with pytest.raises(NotFoundError) as raised:
        client.agents.get(UUID(int=2))
    assert (raised.value.status_code, raised.value.message) == (404, "Agent not found")


def test_raw_access_gives_status_and_headers_with_the_parsed_value() -> None:
    client = client_for(lambda r: httpx.Response(200, json={"data": AGENT}, headers={"X-Request-Id": "abc"}))
    raw = client.agents.with_raw_response.get(AGENT_ID)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "abc"
    assert raw.parsed.data is not None and not isinstance(raw.parsed.data, type(dixa_client.types.UNSET))


def test_a_body_that_does_not_fit_names_operation_status_and_path() -> None:
    client = client_for(lambda r: httpx.Response(200, json={"data": {**AGENT, "createdAt": "soon"}}))
    with pytest.raises(ResponseValidationError) as raised:
        client.agents.get(AGENT_ID)
    assert raised.value.operation == f"getAgentsAgentid (GET {API_PREFIX}/agents/{{agent_id}})"
    assert (raised.value.status_code, raised.value.path) == (200, "data.createdAt")


def test_an_undocumented_success_status_is_a_validation_error_not_none() -> None:
    client = client_for(lambda r: httpx.Response(203, json={}))
    with pytest.raises(ResponseValidationError, match="HTTP 203 is not a documented answer"):
        client.agents.get(AGENT_ID)


def test_iterating_a_paginated_method_follows_every_page() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return agents_pages(request)

    pager = client_for(handler).agents.list(page_limit=2)
    names = [agent.display_name for agent in pager]
    assert names == [f"agent {p}-{i}" for p in range(3) for i in range(2)]
    assert [r.url.params.get("pageKey") for r in requests] == [None, "1", "2"]
    assert all(r.url.params["pageLimit"] == "2" for r in requests)
    pages = list(client_for(agents_pages).agents.list().pages())
    assert len(pages) == 3 and all(isinstance(page, ListAgentsOutput) for page in pages)


def test_per_call_options_override_the_client() -> None:
    attempts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(429, json={"message": "slow down"}, headers={"Retry-After": "0"})

    client = client_for(handler, max_retries=3)
    with pytest.raises(RateLimitError):
        client.agents.get(AGENT_ID, options=RequestOptions(max_retries=0))
    assert len(attempts) == 1


def test_the_key_never_shows_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="dixa_client")
    client = client_for(lambda r: httpx.Response(500, json={"message": f"boom {KEY}"}), max_retries=1)
    with pytest.raises(DixaError) as raised:
        client.agents.get(AGENT_ID, options=RequestOptions(max_retries=1))
    texts = [repr(client), str(raised.value), repr(raised.value), *(r.getMessage() for r in caplog.records)]
    assert caplog.records and all(KEY not in text for text in texts)


async def test_async_parity_calls_errors_and_pagination() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == f"{API_PREFIX}/agents":
            return agents_pages(request)
        if request.url.path.endswith(str(AGENT_ID)):
            return httpx.Response(200, json={"data": AGENT})
        return httpx.Response(404, json={"message": "no"})

    async with AsyncDixa(KEY, transport=httpx.MockTransport(handler), rate_limit=None) as client:
        agent = (await client.agents.get(AGENT_ID)).data
        assert isinstance(agent, Agent)
        raw = await client.agents.with_raw_response.get(AGENT_ID)
        assert raw.status_code == 200
        with pytest.raises(NotFoundError):
            await client.agents.get(UUID(int=9))
        names = [a.display_name async for a in client.agents.list()]
        assert len(names) == 6
