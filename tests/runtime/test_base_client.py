"""SyncAPIClient against a real loopback server: headers, retries, backoff, faults and typed errors."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any

import httpx
import pytest

from dixa_client._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RequestOptions,
    SyncAPIClient,
    backoff_delay,
    retry_after_seconds,
    should_retry,
)
from dixa_client._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
)
from dixa_client._rate_limit import TokenBucket
from tests.runtime.loopback import LoopbackServer, Reply, Reset, unused_port
from tests.runtime.support import API_KEY, USER_AGENT, RecordingSleep, sync_client

GET_AGENTS: dict[str, Any] = {"method": "get", "url": "/beta/agents", "params": {"pageLimit": 2}}
POST_AGENT: dict[str, Any] = {
    "method": "post",
    "url": "/beta/agents",
    "json": {"displayName": "Ada", "email": "ada@example.com"},
    "headers": {"Content-Type": "application/json"},
}
SERVER_ERROR = Reply(500, {"message": "Something broke"})
OK = Reply(200, {"data": []})


# --- what is sent ------------------------------------------------------------------------------


def test_sends_the_raw_key_and_default_headers(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, {"data": [{"id": "a1"}]}))
    with sync_client(server.base_url, sleep) as client:
        response = client.send(GET_AGENTS, operation="getAgents")
    assert response.status_code == 200
    assert response.json() == {"data": [{"id": "a1"}]}
    [received] = server.received
    assert received.method == "GET"
    assert received.target == "/beta/agents?pageLimit=2"
    assert received.headers["authorization"] == API_KEY  # Dixa takes the raw key: no "Bearer"
    assert received.headers["user-agent"] == USER_AGENT
    assert received.headers["accept"] == "application/json"


def test_body_and_header_layers(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(201, {"id": "a1"}))
    options = RequestOptions(extra_headers={"X-Request-Id": "r-1", "authorization": "someone-else"})
    with sync_client(server.base_url, sleep, default_headers={"X-Team": "support", "Accept": "*/*"}) as client:
        response = client.send(POST_AGENT, options=options)
    assert response.status_code == 201
    [received] = server.received
    assert received.json() == POST_AGENT["json"]
    assert received.headers["content-type"] == "application/json"
    assert received.headers["x-team"] == "support"
    assert received.headers["accept"] == "*/*"
    assert received.headers["x-request-id"] == "r-1"
    assert received.headers["authorization"] == API_KEY  # the client's key cannot be replaced


def test_base_url_path_prefix_is_kept(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK)
    with sync_client(server.base_url + "/proxy/", sleep) as client:
        client.send({"method": "get", "url": "/beta/agents"})
    assert [r.target for r in server.received] == ["/proxy/beta/agents"]


@pytest.mark.parametrize("url", ["http://evil.invalid/beta/agents", "//evil.invalid/beta/agents"])
def test_absolute_request_urls_are_refused(url: str, sleep: RecordingSleep) -> None:
    with sync_client("http://127.0.0.1:9", sleep) as client, pytest.raises(RequestValidationError, match="relative"):
        client.send({"method": "get", "url": url})


def test_unknown_request_keys_are_refused(sleep: RecordingSleep) -> None:
    with sync_client("http://127.0.0.1:9", sleep) as client, pytest.raises(RequestValidationError, match="cookies"):
        client.send({"method": "get", "url": "/x", "cookies": {"a": "b"}})


# --- retries and backoff -------------------------------------------------------------------------


def test_429_with_retry_after_seconds_then_200(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(429, {"message": "Too many requests"}, headers={"Retry-After": "1"}), OK)
    with sync_client(server.base_url, sleep) as client:
        assert client.send(GET_AGENTS).status_code == 200
    assert len(server.received) == 2
    assert sleep.calls == [1.0]


def test_429_with_retry_after_http_date(server: LoopbackServer, sleep: RecordingSleep) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.script(Reply(429, headers={"Retry-After": when}), OK)
    with sync_client(server.base_url, sleep) as client:
        assert client.send(GET_AGENTS).status_code == 200
    assert len(server.received) == 2
    [waited] = sleep.calls
    assert 28.0 <= waited <= 30.0  # the date has whole seconds


def test_retry_after_is_capped(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(503, headers={"Retry-After": "3600"}), OK)
    with sync_client(server.base_url, sleep) as client:
        client.send(GET_AGENTS)
    assert sleep.calls == [MAX_RETRY_AFTER]


def test_429_exhausted_raises_rate_limit_error(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*[Reply(429, {"message": "Slow down"}, headers={"Retry-After": "2"})] * 3)
    with sync_client(server.base_url, sleep) as client, pytest.raises(RateLimitError) as caught:
        client.send(GET_AGENTS)
    assert caught.value.status_code == 429
    assert caught.value.message == "Slow down"
    assert len(server.received) == 3
    assert sleep.calls == [2.0, 2.0]


def test_5xx_then_200_backs_off_exponentially(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(SERVER_ERROR, Reply(502, "bad gateway", content_type="text/plain"), Reply(503), OK)
    with sync_client(server.base_url, sleep, max_retries=3) as client:
        assert client.send(GET_AGENTS).status_code == 200
    assert len(server.received) == 4
    assert sleep.calls == [0.5, 1.0, 2.0]


def test_5xx_exhausted_raises_internal_server_error(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR)
    with sync_client(server.base_url, sleep) as client, pytest.raises(InternalServerError) as caught:
        client.send(GET_AGENTS)
    assert caught.value.status_code == 500
    assert caught.value.message == "Something broke"
    assert caught.value.body == {"message": "Something broke"}
    assert len(server.received) == 1 + DEFAULT_MAX_RETRIES
    assert sleep.calls == [0.5, 1.0]


def test_jitter_shortens_the_delay_by_at_most_a_quarter(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(503), OK)
    with sync_client(server.base_url, sleep, _random=lambda: 0.999) as client:
        client.send(GET_AGENTS)
    [waited] = sleep.calls
    assert 0.375 < waited < 0.38


@pytest.mark.parametrize("method", ["put", "delete"])
def test_idempotent_methods_are_retried_on_5xx(server: LoopbackServer, sleep: RecordingSleep, method: str) -> None:
    server.script(Reply(503), OK)
    with sync_client(server.base_url, sleep) as client:
        assert client.send({"method": method, "url": "/beta/agents/a1", "json": {"x": 1}}).status_code == 200
    assert [r.method for r in server.received] == [method.upper()] * 2


def test_408_is_retried_for_get_only(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(408), OK, Reply(408))
    with sync_client(server.base_url, sleep) as client:
        assert client.send(GET_AGENTS).status_code == 200
        with pytest.raises(APIStatusError) as caught:
            client.send(POST_AGENT)
    assert caught.value.status_code == 408
    assert len(server.received) == 3


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_4xx_is_not_retried(
    server: LoopbackServer, sleep: RecordingSleep, status: int, error: type[APIStatusError]
) -> None:
    server.script(Reply(status, {"message": "No such agent"}))
    with sync_client(server.base_url, sleep) as client, pytest.raises(error) as caught:
        client.send(GET_AGENTS)
    assert caught.value.message == "No such agent"
    assert len(server.received) == 1
    assert sleep.calls == []


# --- connection faults -----------------------------------------------------------------------------


def test_reset_then_200_is_retried_for_get(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reset(), OK)
    with sync_client(server.base_url, sleep) as client:
        assert client.send(GET_AGENTS).status_code == 200
    assert len(server.received) == 2
    assert sleep.calls == [0.5]


def test_resets_exhausted_raise_connection_error(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reset(), Reset(), Reset())
    with sync_client(server.base_url, sleep) as client, pytest.raises(APIConnectionError) as caught:
        client.send(GET_AGENTS)
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.message == "Connection error."
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert caught.value.request is not None and caught.value.request.url.path == "/beta/agents"
    assert len(server.received) == 3


def test_slow_answer_times_out_and_is_retried_for_get(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, {}, delay=5.0), Reply(200, {}, delay=5.0))
    started = time.monotonic()
    with sync_client(server.base_url, sleep, timeout=0.2, max_retries=1) as client:
        with pytest.raises(APITimeoutError) as caught:
            client.send(GET_AGENTS)
    assert time.monotonic() - started < 3.0
    assert caught.value.message == "Request timed out."
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.received) == 2
    assert sleep.calls == [0.5]


def test_refused_connection_is_retried_even_for_post(sleep: RecordingSleep) -> None:
    base_url = f"http://127.0.0.1:{unused_port()}"
    with sync_client(base_url, sleep) as client, pytest.raises(APIConnectionError) as caught:
        client.send(POST_AGENT)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert sleep.calls == [0.5, 1.0]  # nothing reached a server, so every attempt was safe


# --- POST and PATCH are never repeated once they may have arrived ---------------------------------


@pytest.mark.parametrize("method", ["post", "patch"])
def test_non_idempotent_is_sent_once_on_5xx(server: LoopbackServer, sleep: RecordingSleep, method: str) -> None:
    server.script(SERVER_ERROR, OK)
    with sync_client(server.base_url, sleep) as client, pytest.raises(InternalServerError):
        client.send({**POST_AGENT, "method": method})
    assert len(server.received) == 1
    assert server.unanswered == 1
    assert sleep.calls == []


def test_post_is_sent_once_on_reset_after_sending(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reset(), OK)
    with sync_client(server.base_url, sleep) as client, pytest.raises(APIConnectionError):
        client.send(POST_AGENT)
    assert len(server.received) == 1
    assert server.received[0].json() == POST_AGENT["json"]


def test_post_is_sent_once_on_read_timeout(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(201, {}, delay=5.0), OK)
    with sync_client(server.base_url, sleep, timeout=0.2) as client, pytest.raises(APITimeoutError):
        client.send(POST_AGENT)
    assert len(server.received) == 1


def test_post_is_retried_after_429(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(429, headers={"Retry-After": "1"}), Reply(201, {"id": "a1"}))
    with sync_client(server.base_url, sleep) as client:
        assert client.send(POST_AGENT).status_code == 201
    assert [r.json() for r in server.received] == [POST_AGENT["json"]] * 2
    assert sleep.calls == [1.0]


def test_post_retry_can_be_opted_into(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(SERVER_ERROR, Reset(), Reply(201, {}))
    with sync_client(server.base_url, sleep) as client:
        response = client.send(POST_AGENT, options=RequestOptions(retry_non_idempotent=True))
    assert response.status_code == 201
    assert len(server.received) == 3


# --- bodies on 2xx are the caller's business; on errors they make a short message ----------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b'{"data": [1, 2', content_type="application/json"),
        Reply(200, None),
        Reply(200, "<xml>not json</xml>", content_type="application/xml"),
        Reply(200, {"data": []}, content_type="text/plain"),
    ],
    ids=["malformed-json", "empty", "wrong-type", "json-as-text"],
)
def test_odd_2xx_bodies_are_returned_as_they_are(server: LoopbackServer, sleep: RecordingSleep, reply: Reply) -> None:
    server.script(reply)
    with sync_client(server.base_url, sleep) as client:
        response = client.send(GET_AGENTS)
    assert response.status_code == 200
    assert response.content == reply.payload()
    assert response.headers["content-type"] == reply.content_type
    assert len(server.received) == 1


def test_malformed_json_is_left_for_the_caller_to_reject(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, b'{"data": [1, 2'))
    with sync_client(server.base_url, sleep) as client:
        response = client.send(GET_AGENTS)
    with pytest.raises(ValueError):
        response.json()


def test_html_502_page_gives_a_short_message(server: LoopbackServer, sleep: RecordingSleep) -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title></head>"
        f"<body><center><h1>502 Bad Gateway</h1></center>{'<!-- padding -->' * 100}<hr>nginx</body></html>"
    )
    server.script(*[Reply(502, page, content_type="text/html")] * 3)
    with sync_client(server.base_url, sleep) as client, pytest.raises(InternalServerError) as caught:
        client.send(GET_AGENTS)
    assert caught.value.status_code == 502
    assert caught.value.message == "502 Bad Gateway"
    assert caught.value.body is None
    assert len(server.received) == 3


def test_error_with_empty_body_uses_the_reason(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(404, None))
    with sync_client(server.base_url, sleep) as client, pytest.raises(NotFoundError) as caught:
        client.send(GET_AGENTS)
    assert caught.value.message == "Not Found"


def test_error_with_long_text_body_is_truncated(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(400, "x" * 10_000, content_type="text/plain"))
    with sync_client(server.base_url, sleep) as client, pytest.raises(BadRequestError) as caught:
        client.send(GET_AGENTS)
    assert len(caught.value.message) <= 200


def test_redirects_are_returned_not_followed(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(302, None, headers={"Location": "http://evil.invalid/steal"}))
    with sync_client(server.base_url, sleep) as client:
        response = client.send(GET_AGENTS)
    assert response.status_code == 302
    assert len(server.received) == 1


# --- per-call options ------------------------------------------------------------------------------


def test_per_call_max_retries_wins(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(SERVER_ERROR, OK)
    with sync_client(server.base_url, sleep, max_retries=5) as client, pytest.raises(InternalServerError):
        client.send(GET_AGENTS, options=RequestOptions(max_retries=0))
    assert len(server.received) == 1


def test_per_call_timeout_wins(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(200, {}, delay=5.0))
    started = time.monotonic()
    with sync_client(server.base_url, sleep, timeout=30.0) as client, pytest.raises(APITimeoutError):
        client.send(GET_AGENTS, options=RequestOptions(timeout=0.2, max_retries=0))
    assert time.monotonic() - started < 3.0


def test_negative_max_retries_is_refused(sleep: RecordingSleep) -> None:
    with pytest.raises(ValueError):
        sync_client("http://127.0.0.1:9", sleep, max_retries=-1)
    with sync_client("http://127.0.0.1:9", sleep) as client, pytest.raises(RequestValidationError):
        client.send(GET_AGENTS, options=RequestOptions(max_retries=-1))


# --- rate limiting, lifecycle, construction -------------------------------------------------------


class CountingBucket(TokenBucket):
    def __init__(self) -> None:
        super().__init__(1000.0, 100)
        self.acquired = 0

    def acquire(self) -> None:
        self.acquired += 1


def test_rate_limiter_is_consulted_before_every_attempt(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(503), Reply(503), OK)
    with sync_client(server.base_url, sleep, rate_limit=None) as client:
        bucket = CountingBucket()
        client._limiter = bucket
        client.send(GET_AGENTS)
    assert bucket.acquired == 3 == len(server.received)


def test_default_rate_limit_is_on(server: LoopbackServer) -> None:
    with SyncAPIClient(api_key=API_KEY, base_url=server.base_url, user_agent=USER_AGENT) as client:
        assert isinstance(client._limiter, TokenBucket)
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.max_retries == DEFAULT_MAX_RETRIES


def test_closes_only_its_own_http_client(server: LoopbackServer, sleep: RecordingSleep) -> None:
    with sync_client(server.base_url, sleep) as client:
        own = client._client
    assert own.is_closed
    theirs = httpx.Client()
    with sync_client(server.base_url, sleep, http_client=theirs):
        pass
    assert not theirs.is_closed
    theirs.close()


def test_a_supplied_http_client_is_used(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK)
    with httpx.Client(headers={"X-Proxy-Tag": "t1"}) as theirs:
        with sync_client(server.base_url, sleep, http_client=theirs) as client:
            client.send(GET_AGENTS)
    assert server.received[0].headers["x-proxy-tag"] == "t1"
    assert server.received[0].headers["authorization"] == API_KEY


def test_http_client_and_transport_are_exclusive(sleep: RecordingSleep) -> None:
    with httpx.Client() as theirs, pytest.raises(ValueError):
        sync_client("http://127.0.0.1:9", sleep, http_client=theirs, transport=httpx.HTTPTransport())


@pytest.mark.parametrize("key", ["", "sk test", "sk-test\r\nX-Evil: 1", "sk-tëst"])
def test_unusable_api_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(ValueError) as caught:
        SyncAPIClient(api_key=key, base_url="https://dev.dixa.io", user_agent=USER_AGENT)
    assert not key or key not in str(caught.value)


@pytest.mark.parametrize("url", ["dev.dixa.io", "ftp://dev.dixa.io", "/beta", "https://user:pw@dev.dixa.io"])
def test_base_url_must_be_absolute_http(url: str) -> None:
    with pytest.raises(ValueError):
        SyncAPIClient(api_key=API_KEY, base_url=url, user_agent=USER_AGENT)


# --- logging -----------------------------------------------------------------------------------------


def test_logs_each_attempt_and_each_retry_at_info(
    server: LoopbackServer, sleep: RecordingSleep, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="dixa_client")
    server.script(Reply(503), OK)
    request = {"method": "get", "url": "/beta/agents", "params": {"email": "private@example.com"}}
    with sync_client(server.base_url, sleep) as client:
        client.send(request, operation="getAgents")
    ours = [r for r in caplog.records if r.name == "dixa_client"]
    attempts = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    retries = [r.getMessage() for r in ours if r.levelno == logging.INFO]
    assert len(attempts) == 2
    assert attempts[0].startswith("getAgents GET /beta/agents -> 503 in ")
    assert attempts[0].endswith("ms (retry 0)")
    assert attempts[1].startswith("getAgents GET /beta/agents -> 200 in ")
    assert attempts[1].endswith("ms (retry 1)")
    assert retries == ["getAgents GET /beta/agents -> 503; retrying in 0.50 s (retry 1 of 2)"]
    assert not any("private@example.com" in r.getMessage() for r in ours)


# --- the retry policy as pure functions -----------------------------------------------------------

REQUEST = httpx.Request("POST", "http://127.0.0.1:9/x")


def status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("outcome", "get", "post"),
    [
        (httpx.ConnectError("refused", request=REQUEST), True, True),
        (httpx.ConnectTimeout("slow", request=REQUEST), True, True),
        (httpx.PoolTimeout("busy", request=REQUEST), True, True),
        (httpx.ReadTimeout("slow", request=REQUEST), True, False),
        (httpx.WriteTimeout("slow", request=REQUEST), True, False),
        (httpx.ReadError("reset", request=REQUEST), True, False),
        (httpx.WriteError("reset", request=REQUEST), True, False),
        (httpx.RemoteProtocolError("gone", request=REQUEST), True, False),
        (httpx.LocalProtocolError("bad header", request=REQUEST), False, False),
        (httpx.UnsupportedProtocol("gopher", request=REQUEST), False, False),
        (status(200), False, False),
        (status(302), False, False),
        (status(400), False, False),
        (status(404), False, False),
        (status(408), True, False),
        (status(429), True, True),
        (status(500), True, False),
        (status(503), True, False),
    ],
)
def test_should_retry(outcome: httpx.Response | httpx.RequestError, get: bool, post: bool) -> None:
    assert should_retry("GET", outcome) is get
    assert should_retry("post", outcome) is post
    assert should_retry("PATCH", outcome) is post
    if get:
        assert should_retry("POST", outcome, retry_non_idempotent=True)


def test_backoff_delay_doubles_and_is_capped() -> None:
    assert [backoff_delay(n, rand=lambda: 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(10, rand=lambda: 0.0) == MAX_RETRY_DELAY
    assert backoff_delay(0, rand=lambda: 1.0) == 0.375
    assert backoff_delay(100_000, rand=lambda: 0.5) == MAX_RETRY_DELAY * 0.875


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", 1.0),
        ("2.5", 2.5),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("-5", 0.0),
        ("3600", MAX_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
        ("Wed, 21 Oct 2015 09:28:00 GMT", MAX_RETRY_AFTER),
        ("soon", None),
        ("inf", None),
        ("nan", None),
        ("", None),
    ],
)
def test_retry_after_seconds(value: str, expected: float | None) -> None:
    now = email.utils.parsedate_to_datetime("Wed, 21 Oct 2015 07:28:00 GMT").timestamp()
    assert retry_after_seconds(httpx.Headers({"Retry-After": value}), now=now) == expected
    assert retry_after_seconds(httpx.Headers(), now=now) is None


def test_invalid_retry_after_falls_back_to_backoff(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(Reply(503, headers={"Retry-After": "soon"}), OK)
    with sync_client(server.base_url, sleep) as client:
        client.send(GET_AGENTS)
    assert sleep.calls == [0.5]


@pytest.mark.parametrize(
    "url", ["/beta/agents/.", "/beta/conversations/../tags/tag-1", "/beta/agents/..?x=1", "./beta", "../beta"]
)
def test_dot_segments_are_refused_before_sending(server: LoopbackServer, sleep: RecordingSleep, url: str) -> None:
    # httpx removes dot segments: DELETE /beta/agents/. would become DELETE /beta/agents.
    with sync_client(server.base_url, sleep) as client, pytest.raises(RequestValidationError, match="'.' or '..'"):
        client.send({"method": "delete", "url": url})
    assert server.received == []


def test_dots_inside_a_segment_are_sent_as_they_are(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK, OK)
    with sync_client(server.base_url, sleep) as client:
        client.send({"method": "get", "url": "/beta/agents/.hidden"})
        client.send({"method": "get", "url": "/beta/agents/a..b", "params": {"q": "/../x"}})
    assert [r.path for r in server.received] == ["/beta/agents/.hidden", "/beta/agents/a..b"]


def test_extra_query_and_extra_body_extend_the_request(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(OK, OK)
    options = RequestOptions(extra_query={"beta": "1", "pageLimit": 5}, extra_body={"flag": True, "name": "B"})
    with sync_client(server.base_url, sleep) as client:
        client.send({**POST_AGENT, "params": {"pageLimit": 2}, "json": {"name": "A", "n": 1}}, options=options)
        client.send({"method": "post", "url": "/beta/agents"}, options=RequestOptions(extra_body={"only": 1}))
    first, second = server.received
    assert first.query == {"pageLimit": ["5"], "beta": ["1"]}
    assert first.json() == {"name": "B", "n": 1, "flag": True}
    assert second.json() == {"only": 1}


@pytest.mark.parametrize("request_body", [{"json": [1, 2]}, {"content": b"raw"}])
def test_extra_body_needs_a_json_object(sleep: RecordingSleep, request_body: dict[str, Any]) -> None:
    request = {"method": "post", "url": "/beta/agents", **request_body}
    options = RequestOptions(extra_body={"flag": True})
    with sync_client("http://127.0.0.1:9", sleep) as client, pytest.raises(RequestValidationError, match="extra_body"):
        client.send(request, options=options)
