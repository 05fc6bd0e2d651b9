"""The API key never shows up in a log line, a repr, or an exception's text."""

from __future__ import annotations

import logging
import traceback

import pytest

from dixa_client._exceptions import APIConnectionError, APIStatusError, AuthenticationError, DixaError
from dixa_client._pagination import SyncPager
from tests.runtime.loopback import LoopbackServer, Reply, Reset, unused_port
from tests.runtime.support import API_KEY, AsyncRecordingSleep, RecordingSleep, async_client, sync_client
from tests.runtime.test_base_client import GET_AGENTS, POST_AGENT


def exception_texts(error: BaseException) -> list[str]:
    """str and repr of the error and of everything it is chained from, plus the printed traceback."""
    texts = ["".join(traceback.format_exception(error))]
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen)]
        seen = seen.__cause__ or seen.__context__
    return texts


def test_key_is_absent_from_logs_reprs_and_errors(
    server: LoopbackServer, sleep: RecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    server.script(
        Reply(503, {"message": "busy"}),
        Reset(),
        Reply(401, {"message": f"Invalid API key {API_KEY}"}),  # a server that echoes the key
        Reply(500, f"<html><title>Error for {API_KEY}</title></html>", content_type="text/html"),
        Reply(200, {"data": [{"id": "a1"}], "meta": {"next": "http://evil.invalid/beta/agents?pageKey=x"}}),
    )
    errors: list[DixaError] = []
    with sync_client(server.base_url, sleep) as client:
        assert API_KEY not in repr(client) and API_KEY not in str(client)
        with pytest.raises(AuthenticationError) as auth:
            client.send(GET_AGENTS, operation="getAgents")
        errors.append(auth.value)
        with pytest.raises(APIStatusError) as status:
            client.send(POST_AGENT, operation="postAgents")
        errors.append(status.value)
        with pytest.raises(DixaError) as unsafe:
            list(SyncPager(client, GET_AGENTS, lambda r: r.json()["data"], lambda page: page))
        errors.append(unsafe.value)
    with sync_client(f"http://127.0.0.1:{unused_port()}", sleep, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as connection:
            client.send(GET_AGENTS)
        errors.append(connection.value)

    assert [r.headers["authorization"] for r in server.received] == [API_KEY] * 5  # the key was really used
    assert auth.value.message == "Invalid API key [redacted]"
    assert status.value.message == "Error for [redacted]"
    for error in errors:
        for text in exception_texts(error):
            assert API_KEY not in text
    ours = [r for r in caplog.records if r.name == "dixa_client"]
    assert len(ours) >= 6 and any(r.levelno == logging.INFO for r in ours)
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
    assert API_KEY not in caplog.text


async def test_async_key_is_absent_from_logs_reprs_and_errors(
    server: LoopbackServer, async_sleep: AsyncRecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.script(Reply(502), Reply(403, {"message": f"key {API_KEY} may not do that"}))
    async with async_client(server.base_url, async_sleep) as client:
        assert API_KEY not in repr(client)
        with pytest.raises(APIStatusError) as caught:
            await client.send(GET_AGENTS)
    assert caught.value.status_code == 403
    for text in exception_texts(caught.value):
        assert API_KEY not in text
    assert any(r.name == "dixa_client" for r in caplog.records)
    assert API_KEY not in caplog.text
