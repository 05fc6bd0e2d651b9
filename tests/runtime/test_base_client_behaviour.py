"""The HTTP core's decisions, one by one, over in-memory transports (fast: the first tests `make mutate` runs).

Each test pins one behaviour of `_base_client`: defaults, settings and their copies, how the URL,
headers, query and body of a request are built, the retry decision and its delays, what is logged,
the typed result of an attempt, the deadline each attempt carries, and who owns the connection pool.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from typing import Any

import httpx
import pytest

from dixa_client import _base_client as base
from dixa_client._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    backoff_delay,
    retry_after_seconds,
    should_retry,
)
from dixa_client._deadline import DEADLINE, _DeadlineBackend
from dixa_client._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RequestValidationError,
    ResponseTooLargeError,
)
from dixa_client._rate_limit import AsyncTokenBucket, RateLimit, TokenBucket
from tests.runtime.support import API_KEY, USER_AGENT, AsyncRecordingSleep, RecordingSleep, no_jitter

BASE = "https://dixa.example/v1"
Handler = Callable[[httpx.Request], httpx.Response]


def replies(*answers: httpx.Response | Exception) -> tuple[list[httpx.Request], Handler]:
    """A handler answering the given responses (or raising the given errors) in turn, and what it received."""
    received: list[httpx.Request] = []
    queue = list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        received.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        if not hasattr(answer, "_content"):
            return answer  # a streamed answer, used once
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)  # a fresh copy

    return received, handle


def sync(handler: Handler, sleep: RecordingSleep | None = None, **settings: Any) -> SyncAPIClient:
    defaults: dict[str, Any] = {"rate_limit": None, "_random": no_jitter, "base_url": BASE}
    return SyncAPIClient(
        api_key=API_KEY,
        user_agent=USER_AGENT,
        transport=httpx.MockTransport(handler),
        _sleep=sleep or RecordingSleep(),
        **defaults | settings,
    )


def asynchronous(handler: Handler, sleep: AsyncRecordingSleep | None = None, **settings: Any) -> AsyncAPIClient:
    defaults: dict[str, Any] = {"rate_limit": None, "_random": no_jitter, "base_url": BASE}
    return AsyncAPIClient(
        api_key=API_KEY,
        user_agent=USER_AGENT,
        transport=httpx.MockTransport(handler),
        _sleep=sleep or AsyncRecordingSleep(),
        **defaults | settings,
    )


def bare(**settings: Any) -> SyncAPIClient:
    """A client that is never sent anything."""
    return SyncAPIClient(user_agent=USER_AGENT, **{"api_key": API_KEY, "base_url": BASE} | settings)


GET: dict[str, Any] = {"method": "get", "url": "/things"}
POST: dict[str, Any] = {"method": "post", "url": "/things", "json": {"a": 1}}
OK = httpx.Response(200, json={"ok": True})


def unavailable(**headers: str) -> httpx.Response:
    return httpx.Response(503, json={"message": "down"}, headers=headers)


# --- defaults and settings ---------------------------------------------------------------------------


def test_the_documented_defaults() -> None:
    client = bare()
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.total_timeout == 120.0
    assert client.max_retries == 2
    assert client.max_response_size == 64 * 1024 * 1024
    assert client.max_pages == 10_000
    assert client.rate_limit == RateLimit(rate=10.0, burst=4)
    assert client.pause_gc_while_decoding is False
    assert (base.INITIAL_RETRY_DELAY, base.MAX_RETRY_DELAY, base.MAX_RETRY_AFTER) == (0.5, 8.0, 60.0)
    assert RequestOptions() == RequestOptions(
        timeout=NOT_GIVEN, total_timeout=NOT_GIVEN, max_retries=None, retry_non_idempotent=False
    )
    async_client = AsyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT)
    settings = ("timeout", "total_timeout", "max_retries", "max_response_size", "max_pages", "rate_limit")
    assert [getattr(async_client, name) for name in settings] == [getattr(client, name) for name in settings]
    assert async_client.pause_gc_while_decoding is False


def test_request_options_are_frozen_values() -> None:
    options = RequestOptions(max_retries=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.max_retries = 2  # type: ignore[misc]
    assert hash(options) == hash(RequestOptions(max_retries=1))


def test_not_given_is_falsy_and_named() -> None:
    assert not NOT_GIVEN
    assert bool(NOT_GIVEN) is False
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_the_repr_shows_the_base_url_only() -> None:
    assert repr(bare()) == "SyncAPIClient(base_url='https://dixa.example/v1')"


@pytest.mark.parametrize(("name", "lowest"), [("max_retries", 0), ("max_response_size", 1), ("max_pages", 1)])
def test_each_bound_takes_its_lowest_value_and_refuses_below(name: str, lowest: int) -> None:
    fits: dict[str, Any] = {name: lowest}
    below: dict[str, Any] = {name: lowest - 1}
    assert getattr(bare(**fits), name) == lowest
    assert getattr(bare().with_options(**fits), name) == lowest
    with pytest.raises(ValueError, match=f"^{name} must be >= {lowest}$"):
        bare(**below)
    with pytest.raises(ValueError, match=f"^{name} must be >= {lowest}$"):
        bare().with_options(**below)


@pytest.mark.parametrize("key", ["!", "~", "a!~z0"])
def test_printable_ascii_keys_are_taken(key: str) -> None:
    assert bare(api_key=key)._api_key == key
    assert bare().with_options(api_key=key)._api_key == key


@pytest.mark.parametrize("key", ["", " ", "a b", "é", "\x7f", "a\n"])
def test_other_keys_are_refused_by_the_copy_too(key: str) -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        bare().with_options(api_key=key)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://dixa.example/v1?x=1#top", "https://dixa.example/v1"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("https://dixa.example/", "https://dixa.example/"),
    ],
)
def test_the_base_url_keeps_scheme_host_port_and_path(url: str, kept: str) -> None:
    assert str(bare(base_url=url).base_url) == kept
    assert str(bare().with_options(base_url=url).base_url) == kept


@pytest.mark.parametrize(
    "url", ["ftp://dixa.example", "https:///v1", "dixa.example/v1", "https://user:pw@dixa.example"]
)
def test_unusable_base_urls_are_refused_by_the_copy_too(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        bare().with_options(base_url=url)


def test_credentials_in_the_base_url_are_not_echoed() -> None:
    with pytest.raises(ValueError) as caught:
        bare(base_url="https://user:hunter2@dixa.example")
    assert "hunter2" not in str(caught.value)


# --- copies ----------------------------------------------------------------------------------------


def test_a_copy_changes_what_it_is_given_and_keeps_the_rest() -> None:
    client = bare(timeout=3.0, total_timeout=30.0, default_headers={"X-A": "1"})
    copy = client.with_options(
        timeout=None, total_timeout=None, max_retries=0, max_response_size=5, max_pages=6, pause_gc_while_decoding=True
    )
    assert (copy.timeout, copy.total_timeout, copy.max_retries, copy.max_response_size, copy.max_pages) == (
        None, None, 0, 5, 6
    )  # fmt: skip
    assert copy.pause_gc_while_decoding is True
    assert (client.timeout, client.total_timeout, client.max_retries, client.pause_gc_while_decoding) == (
        3.0, 30.0, 2, False
    )  # fmt: skip
    same = client.with_options()
    assert (same.timeout, same.total_timeout, same.max_retries, same.max_response_size, same.max_pages) == (
        3.0, 30.0, 2, client.max_response_size, client.max_pages
    )  # fmt: skip
    assert same.rate_limit == client.rate_limit and same.pause_gc_while_decoding is False
    assert same.base_url == client.base_url and same._api_key == API_KEY
    assert client.copy(max_retries=1).max_retries == 1


def test_a_copy_s_headers_add_to_the_original_s_without_changing_them() -> None:
    client = bare(default_headers={"X-A": "1", "X-B": "1"})
    copy = client.with_options(default_headers={"X-B": "2"})
    assert (copy._headers["X-A"], copy._headers["X-B"]) == ("1", "2")
    assert client._headers["X-B"] == "1"
    plain = client.with_options()
    plain._headers["X-C"] = "3"
    assert "X-C" not in client._headers


def test_a_copy_does_not_own_the_pool_nor_keep_namespaces() -> None:
    class WithNamespace(SyncAPIClient):
        @cached_property
        def things(self) -> object:
            return object()

    client = WithNamespace(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT)
    first = client.things
    copy = client.with_options()
    assert copy.things is not first
    assert client.things is first
    assert client._owns_client and not copy._owns_client


def test_the_limiter_is_renewed_only_for_another_key_or_limit() -> None:
    client = bare(rate_limit=RateLimit(rate=5.0, burst=2))
    assert isinstance(client._limiter, TokenBucket)
    assert client.with_options(max_retries=0)._limiter is client._limiter
    other_key = client.with_options(api_key="other-key")._limiter
    assert other_key is not None and other_key is not client._limiter
    other_limit = client.with_options(rate_limit=RateLimit(rate=1.0, burst=1))
    assert other_limit.rate_limit == RateLimit(rate=1.0, burst=1)
    assert other_limit._limiter is not None and other_limit._limiter is not client._limiter
    none = client.with_options(rate_limit=None)
    assert none.rate_limit is None and none._limiter is None
    assert bare(rate_limit=None)._limiter is None


def test_the_async_limiter_is_renewed_too() -> None:
    client = AsyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT)
    assert isinstance(client._limiter, AsyncTokenBucket)
    assert client.with_options(rate_limit=None)._limiter is None
    assert AsyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, rate_limit=None)._limiter is None


def test_the_base_renews_no_limiter_itself() -> None:
    with pytest.raises(NotImplementedError):
        base._BaseAPIClient._renew_limiter(bare())


# --- building the request ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("/things", "https://dixa.example/v1/things"),
        ("things", "https://dixa.example/v1/things"),
        ("/a/.b/c..d/...", "https://dixa.example/v1/a/.b/c..d/..."),
        ("/search?next=https://other.example/x", "https://dixa.example/v1/search?next=https://other.example/x"),
        ("/.well", "https://dixa.example/v1/.well"),
    ],
)
def test_urls_are_paths_under_the_base_url(url: str, sent: str) -> None:
    received, handler = replies(OK)
    with sync(handler) as client:
        client.send({"method": "get", "url": url})
    assert str(received[0].url) == sent


def test_a_base_url_ending_in_a_slash_gives_no_double_slash() -> None:
    received, handler = replies(OK)
    with sync(handler, base_url="https://dixa.example/v1/") as client:
        client.send(GET)
    assert str(received[0].url) == "https://dixa.example/v1/things"


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/x", "//evil.example/x", "/a\\b", "/a?b=\\", "x://y", "/./x", "/../x", "a/../b", "./x", ".."],
)
def test_urls_leaving_the_base_url_are_refused(url: str) -> None:
    received, handler = replies(OK)
    with sync(handler) as client, pytest.raises(RequestValidationError) as caught:
        client.send({"method": "get", "url": url})
    assert caught.value.path == "url"
    assert received == []


def test_headers_layer_and_the_key_comes_last() -> None:
    received, handler = replies(OK)
    with sync(handler, default_headers={"X-Default": "d", "X-Over": "default"}) as client:
        client.send(
            {"method": "get", "url": "/t", "headers": {"X-Call": "c", "X-Over": "call", "authorization": "forged"}},
            options=RequestOptions(extra_headers={"X-Extra": "e", "AUTHORIZATION": "forged too"}),
        )
    headers = received[0].headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"] == USER_AGENT
    assert (headers["x-default"], headers["x-call"], headers["x-extra"], headers["x-over"]) == ("d", "c", "e", "call")
    assert headers.get_list("authorization") == [API_KEY]


def test_extra_headers_win_over_the_call_s() -> None:
    received, handler = replies(OK)
    with sync(handler) as client:
        client.send({**GET, "headers": {"X-Over": "call"}}, options=RequestOptions(extra_headers={"X-Over": "extra"}))
    assert received[0].headers["x-over"] == "extra"


def test_the_method_is_sent_upper_case() -> None:
    received, handler = replies(OK)
    with sync(handler) as client:
        client.send({"method": "delete", "url": "/t"})
    assert received[0].method == "DELETE"


def test_extra_query_is_added_to_the_params_or_is_them() -> None:
    received, handler = replies(OK, OK, OK)
    with sync(handler) as client:
        client.send({**GET, "params": {"a": "1", "b": "1"}}, options=RequestOptions(extra_query={"b": "2"}))
        client.send(GET, options=RequestOptions(extra_query={"c": "3"}))
        client.send({**GET, "params": {"a": "1"}}, options=RequestOptions(extra_query={}))
    assert [dict(r.url.params) for r in received] == [{"a": "1", "b": "2"}, {"c": "3"}, {"a": "1"}]


def test_extra_body_extends_an_object_body_or_is_the_body() -> None:
    received, handler = replies(OK, OK, OK)
    with sync(handler) as client:
        client.send({**POST, "json": {"a": 1, "b": 1}}, options=RequestOptions(extra_body={"b": 2}))
        client.send({"method": "post", "url": "/t"}, options=RequestOptions(extra_body={"c": 3}))
        client.send({**POST, "json": [1, 2]})
    assert [json.loads(r.content) for r in received] == [{"a": 1, "b": 2}, {"c": 3}, [1, 2]]


@pytest.mark.parametrize(
    "request_", [{"json": [1]}, {"content": b"raw"}, {"data": {"f": "v"}}, {"files": {"f": b"x"}}, {"json": "text"}]
)
def test_extra_body_cannot_extend_other_bodies(request_: dict[str, Any]) -> None:
    received, handler = replies(OK)
    with sync(handler) as client, pytest.raises(RequestValidationError) as caught:
        client.send({"method": "post", "url": "/t", **request_}, options=RequestOptions(extra_body={"c": 3}))
    assert caught.value.path == "options.extra_body"
    assert received == []


def test_the_other_bodies_are_sent_as_given() -> None:
    received, handler = replies(OK, OK, OK)
    with sync(handler) as client:
        client.send({"method": "post", "url": "/t", "content": b"raw"})
        client.send({"method": "post", "url": "/t", "data": {"f": "v"}})
        client.send({"method": "post", "url": "/t", "files": {"f": ("n.txt", b"x")}})
    assert received[0].content == b"raw"
    assert received[1].content == b"f=v"
    assert b'filename="n.txt"' in received[2].read()


def test_unknown_request_keys_are_named_and_nothing_is_sent() -> None:
    received, handler = replies(OK)
    with sync(handler) as client, pytest.raises(RequestValidationError) as caught:
        client.send({**GET, "cookies": {}, "auth": None})
    assert caught.value.message == "unexpected request keys: ['auth', 'cookies']"
    assert caught.value.path == "request"
    assert received == []


def test_the_timeout_of_a_call_wins_and_none_means_none() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return OK

    with sync(handler, timeout=7.0) as client:
        client.send(GET)
        client.send(GET, options=RequestOptions(timeout=2.0))
        client.send(GET, options=RequestOptions(timeout=None))
    assert [timeout["read"] for timeout in seen] == [7.0, 2.0, None]


# --- retries -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "PUT", "DELETE", "OPTIONS"])
def test_idempotent_methods_are_retried_after_a_5xx_or_408(method: str) -> None:
    assert should_retry(method, unavailable())
    assert should_retry(method, httpx.Response(500))
    assert should_retry(method, httpx.Response(408))
    assert should_retry(method, httpx.ReadTimeout("slow"))
    assert should_retry(method, httpx.RemoteProtocolError("cut"))
    assert should_retry(method, httpx.ProxyError("proxy"))
    assert should_retry(method, httpx.ReadError("reset"))


@pytest.mark.parametrize("status", [200, 301, 400, 404, 409, 499])
def test_other_statuses_are_final(status: int) -> None:
    assert not should_retry("GET", httpx.Response(status))


@pytest.mark.parametrize("method", ["POST", "patch"])
def test_a_post_is_retried_only_when_it_cannot_have_been_processed(method: str) -> None:
    assert should_retry(method, httpx.Response(429))
    assert should_retry(method, httpx.ConnectError("refused"))
    assert should_retry(method, httpx.ConnectTimeout("slow connect"))
    assert should_retry(method, httpx.PoolTimeout("pool"))
    assert not should_retry(method, httpx.Response(500))
    assert not should_retry(method, httpx.Response(408))
    assert not should_retry(method, httpx.ReadTimeout("slow"))
    assert not should_retry(method, httpx.ReadError("reset"))
    assert should_retry(method, httpx.Response(500), retry_non_idempotent=True)
    assert should_retry(method, httpx.ReadTimeout("slow"), retry_non_idempotent=True)


def test_other_request_errors_are_not_retried() -> None:
    assert not should_retry("GET", httpx.UnsupportedProtocol("ftp"))
    assert not should_retry("GET", httpx.DecodingError("bad gzip"))


def test_the_public_retry_functions_take_their_options_by_keyword_only() -> None:
    response = httpx.Response(500)
    assert should_retry(method="POST", outcome=response, retry_non_idempotent=True)
    assert backoff_delay(retries_taken=1, rand=lambda: 0.0) == 1.0
    assert retry_after_seconds(headers=httpx.Headers({"Retry-After": "2"}), now=0.0) == 2.0
    with pytest.raises(TypeError):
        should_retry("POST", response, True)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        backoff_delay(1, lambda: 0.0)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        retry_after_seconds(httpx.Headers(), 0.0)  # type: ignore[call-arg]


def test_settings_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        SyncAPIClient(API_KEY, BASE, user_agent=USER_AGENT)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        AsyncAPIClient(API_KEY, BASE, user_agent=USER_AGENT)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        bare().with_options(API_KEY)  # type: ignore[call-arg]


def test_send_takes_the_request_by_name_and_its_options_by_keyword_only() -> None:
    _, handler = replies(OK)
    with sync(handler) as client:
        assert client.send(request=GET, options=None, operation="op").status_code == 200
        with pytest.raises(TypeError):
            client.send(GET, RequestOptions())  # type: ignore[call-arg]


async def test_async_send_takes_the_request_by_name_and_its_options_by_keyword_only() -> None:
    _, handler = replies(OK)
    async with asynchronous(handler) as client:
        assert (await client.send(request=GET, options=None, operation="op")).status_code == 200
        with pytest.raises(TypeError):
            await client.send(GET, RequestOptions())  # type: ignore[call-arg]


def test_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    assert [backoff_delay(n, rand=lambda: 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(10_000, rand=lambda: 0.0) == 8.0
    assert backoff_delay(1, rand=lambda: 1.0) == 0.75
    assert backoff_delay(2, rand=lambda: 0.5) == 2.0 * 0.875


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("3", 3.0),
        (" 2.5 ", 2.5),
        ("-4", 0.0),
        ("0", 0.0),
        ("60", 60.0),
        ("61", 60.0),
        ("1e9", 60.0),
        ("inf", None),
        ("nan", None),
        ("-inf", None),
        ("", None),
        ("  ", None),
        ("soon", None),
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
        ("Wed, 21 Oct 2015 09:28:00 GMT", 60.0),
        ("Wed, 32 Oct 2015 07:28:00 GMT", None),
        ("Wed, 21 Oct 99999999999999999999 07:28:00 GMT", None),  # OverflowError inside email.utils
    ],
)
def test_retry_after(value: str, seconds: float | None) -> None:
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after_seconds(httpx.Headers({"Retry-After": value}), now=now) == seconds


def test_no_retry_after_is_none() -> None:
    assert retry_after_seconds(httpx.Headers(), now=0.0) is None


def test_a_retry_waits_what_the_server_says_or_the_backoff() -> None:
    sleep = RecordingSleep()
    received, handler = replies(unavailable(**{"Retry-After": "3"}), unavailable(), OK)
    with sync(handler, sleep, max_retries=2) as client:
        assert client.send(GET).status_code == 200
    assert sleep.calls == [3.0, 1.0]  # Retry-After, then the backoff of the second retry
    assert len(received) == 3


def test_a_retry_after_an_error_waits_the_backoff() -> None:
    sleep = RecordingSleep()
    _, handler = replies(httpx.ConnectError("refused"), httpx.ConnectError("refused"), OK)
    with sync(handler, sleep) as client:
        client.send(GET)
    assert sleep.calls == [0.5, 1.0]


def test_retries_stop_at_the_budget_and_the_last_outcome_is_raised() -> None:
    sleep = RecordingSleep()
    received, handler = replies(unavailable(), unavailable(), unavailable(), OK)
    with sync(handler, sleep, max_retries=2) as client, pytest.raises(InternalServerError):
        client.send(GET)
    assert len(received) == 3 and sleep.calls == [0.5, 1.0]


def test_a_call_s_retry_budget_wins_and_zero_means_one_attempt() -> None:
    received, handler = replies(unavailable(), unavailable(), OK)
    with sync(handler, max_retries=0) as client:
        assert client.send(GET, options=RequestOptions(max_retries=2)).status_code == 200
    assert len(received) == 3
    received, handler = replies(unavailable(), OK)
    with sync(handler, max_retries=5) as client, pytest.raises(InternalServerError):
        client.send(GET, options=RequestOptions(max_retries=0))
    assert len(received) == 1


def test_a_negative_retry_budget_of_a_call_is_refused_before_sending() -> None:
    received, handler = replies(OK)
    with sync(handler) as client, pytest.raises(RequestValidationError) as caught:
        client.send(GET, options=RequestOptions(max_retries=-1))
    assert (caught.value.path, caught.value.message) == ("options.max_retries", "must be >= 0")
    assert received == []


def test_a_call_may_opt_into_retrying_a_post() -> None:
    received, handler = replies(unavailable(), OK)
    with sync(handler) as client:
        client.send(POST, options=RequestOptions(retry_non_idempotent=True))
    assert len(received) == 2


# --- results -----------------------------------------------------------------------------------------


def test_a_timeout_is_an_api_timeout_error_caused_by_it() -> None:
    cause = httpx.ReadTimeout("slow")
    _, handler = replies(cause)
    with sync(handler, max_retries=0) as client, pytest.raises(APITimeoutError) as caught:
        client.send(GET)
    assert caught.value.__cause__ is cause
    assert caught.value.request is not None and caught.value.request.url.path == "/v1/things"


def test_other_transport_failures_are_connection_errors_caused_by_them() -> None:
    cause = httpx.ReadError("reset")
    _, handler = replies(cause)
    with sync(handler, max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        client.send(GET)
    assert type(caught.value) is APIConnectionError
    assert caught.value.__cause__ is cause


@pytest.mark.parametrize("status", [200, 204, 302, 399])
def test_a_status_below_400_is_returned(status: int) -> None:
    _, handler = replies(httpx.Response(status, content=b"body"))
    with sync(handler) as client:
        response = client.send(GET)
    assert response.status_code == status and response.content == b"body"


def test_a_status_error_never_shows_the_key() -> None:
    _, handler = replies(httpx.Response(400, json={"message": f"bad key {API_KEY}"}))
    with sync(handler) as client, pytest.raises(APIStatusError) as caught:
        client.send(GET)
    assert API_KEY not in str(caught.value)
    assert caught.value.status_code == 400


def test_the_body_is_read_within_the_client_s_size_cap() -> None:
    _, handler = replies(httpx.Response(200, content=b"x" * 11))
    with sync(handler, max_response_size=10) as client, pytest.raises(ResponseTooLargeError):
        client.send(GET)
    _, handler = replies(httpx.Response(200, content=b"x" * 10))
    with sync(handler, max_response_size=10) as client:
        assert client.send(GET).content == b"x" * 10


# --- logging -----------------------------------------------------------------------------------------


def test_each_attempt_is_logged_at_debug_and_each_retry_at_info(caplog: pytest.LogCaptureFixture) -> None:
    _, handler = replies(unavailable(), httpx.ConnectError("refused"), OK)
    caplog.set_level(logging.DEBUG, logger="dixa_client")
    with sync(handler) as client:
        client.send({**GET, "params": {"q": "secret"}}, operation="listThings")
    records = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert [level for level, _ in records] == [logging.DEBUG, logging.INFO, logging.DEBUG, logging.INFO, logging.DEBUG]
    assert records[0][1].startswith("listThings GET /v1/things -> 503 in ")
    assert records[0][1].endswith(" ms (retry 0)")
    assert records[1][1] == "listThings GET /v1/things -> 503; retrying in 0.50 s (retry 1 of 2)"
    assert records[2][1].startswith("listThings GET /v1/things -> ConnectError in ")
    assert records[2][1].endswith(" ms (retry 1)")
    assert records[3][1] == "listThings GET /v1/things -> ConnectError; retrying in 1.00 s (retry 2 of 2)"
    assert records[4][1].endswith(" ms (retry 2)")
    assert all("secret" not in message for _, message in records)


def test_without_an_operation_the_log_starts_with_the_method(caplog: pytest.LogCaptureFixture) -> None:
    _, handler = replies(OK)
    caplog.set_level(logging.DEBUG, logger="dixa_client")
    with sync(handler) as client:
        client.send(GET)
    (record,) = caplog.records
    assert record.getMessage().startswith("GET /v1/things -> 200 in ")


def test_the_logged_time_is_the_attempt_s(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([10.0, 12.5])
    monkeypatch.setattr(base, "time", _Clock(perf_counter=lambda: next(ticks)))
    _, handler = replies(OK)
    caplog.set_level(logging.DEBUG, logger="dixa_client")
    with sync(handler, total_timeout=None) as client:
        client.send(GET)
    assert caplog.records[0].getMessage() == "GET /v1/things -> 200 in 2500 ms (retry 0)"


class _Clock:
    """`time` as _base_client sees it, with another perf_counter."""

    def __init__(self, perf_counter: Callable[[], float]) -> None:
        self.perf_counter = perf_counter
        self.monotonic = time.monotonic
        self.time = time.time


# --- the deadline of each attempt ------------------------------------------------------------------


def test_each_attempt_carries_its_deadline_and_none_after() -> None:
    seen: list[float | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(DEADLINE.get())
        return OK

    with sync(handler, total_timeout=30.0) as client:
        before = time.monotonic()
        client.send(GET)
        client.send(GET, options=RequestOptions(total_timeout=None))
        client.send(GET, options=RequestOptions(total_timeout=5.0))
        after = time.monotonic()
    assert seen[0] is not None and before + 30.0 <= seen[0] <= after + 30.0
    assert seen[1] is None
    assert seen[2] is not None and before + 5.0 <= seen[2] <= after + 5.0
    assert DEADLINE.get() is None


def test_the_deadline_is_reset_after_a_failed_attempt() -> None:
    _, handler = replies(httpx.ConnectError("refused"))
    with sync(handler, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.send(GET)
    assert DEADLINE.get() is None


def test_a_body_read_past_the_deadline_times_out() -> None:
    class Slow(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"a"
            time.sleep(0.06)
            yield b"b"

    _, handler = replies(httpx.Response(200, stream=Slow()))
    with sync(handler, total_timeout=0.03, max_retries=0) as client, pytest.raises(APITimeoutError):
        client.send(GET)


def test_the_limiter_is_asked_before_each_attempt() -> None:
    asked: list[int] = []
    received, handler = replies(unavailable(), OK)

    class Counting:
        def acquire(self) -> None:
            asked.append(len(received))

    with sync(handler) as client:
        client._limiter = Counting()  # type: ignore[assignment]
        client.send(GET)
    assert asked == [0, 1]


# --- the connection pool -----------------------------------------------------------------------------


def test_the_own_pool_is_built_on_first_use_with_the_timeout_and_the_deadline() -> None:
    client = bare(timeout=4.0)
    assert client._pool._http is None
    http = client._client
    assert http is client._client
    assert http.timeout == httpx.Timeout(4.0)
    assert isinstance(http._transport._pool._network_backend, _DeadlineBackend)  # type: ignore[attr-defined]
    client.close()
    assert http.is_closed


def test_a_given_transport_is_left_unwrapped() -> None:
    transport = httpx.HTTPTransport()
    client = SyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, transport=transport)
    assert client._client._transport is transport
    assert not isinstance(transport._pool._network_backend, _DeadlineBackend)
    client.close()


def test_a_given_http_client_is_used_and_stays_open() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: OK))
    with SyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, http_client=http) as client:
        assert client._client is http
        assert not client._owns_client
    assert not http.is_closed
    http.close()


def test_closing_an_unused_client_builds_no_pool() -> None:
    client = bare()
    client.close()
    assert client._pool._http is None


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(ValueError, match="not both"):
        SyncAPIClient(
            api_key=API_KEY,
            base_url=BASE,
            user_agent=USER_AGENT,
            http_client=httpx.Client(),
            transport=httpx.HTTPTransport(),
        )
    with pytest.raises(ValueError, match="not both"):
        AsyncAPIClient(
            api_key=API_KEY,
            base_url=BASE,
            user_agent=USER_AGENT,
            http_client=httpx.AsyncClient(),
            transport=httpx.AsyncHTTPTransport(),
        )


# --- the async client --------------------------------------------------------------------------------


async def test_async_sends_the_same_request_and_retries_the_same_way() -> None:
    sleep = AsyncRecordingSleep()
    received, handler = replies(unavailable(**{"Retry-After": "2"}), unavailable(), OK)
    async with asynchronous(handler, sleep, default_headers={"X-D": "d"}) as client:
        response = await client.send(
            {**GET, "params": {"a": "1"}}, options=RequestOptions(extra_query={"b": "2"}, extra_headers={"X-E": "e"})
        )
    assert response.status_code == 200
    assert sleep.calls == [2.0, 1.0]
    assert len(received) == 3
    first = received[0]
    assert str(first.url) == "https://dixa.example/v1/things?a=1&b=2"
    assert (first.headers["authorization"], first.headers["x-d"], first.headers["x-e"]) == (API_KEY, "d", "e")


async def test_async_retry_budget_and_final_errors() -> None:
    received, handler = replies(unavailable(), unavailable(), OK)
    async with asynchronous(handler, max_retries=1) as client:
        with pytest.raises(InternalServerError):
            await client.send(GET)
    assert len(received) == 2
    received, handler = replies(unavailable(), OK)
    async with asynchronous(handler) as client:
        with pytest.raises(InternalServerError):
            await client.send(POST)
        assert (await client.send(GET, options=RequestOptions(max_retries=0))).status_code == 200
    received, handler = replies(httpx.ConnectError("refused"))
    async with asynchronous(handler, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.send(GET)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


async def test_async_whole_attempt_is_bounded_by_the_total_timeout() -> None:
    import asyncio

    calls: list[int] = []

    async def stall(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            await asyncio.sleep(1.0)
        return httpx.Response(200)

    sleep = AsyncRecordingSleep()
    transport = httpx.MockTransport(stall)
    async with AsyncAPIClient(
        api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, transport=transport, rate_limit=None,
        total_timeout=0.05, _sleep=sleep, _random=no_jitter,
    ) as client:  # fmt: skip
        assert (await client.send(GET)).status_code == 200  # the stalled attempt timed out and was retried
        assert sleep.calls == [0.5]
        with pytest.raises(APITimeoutError):
            calls.clear()
            await client.send(POST)
        assert len(calls) == 1  # a timed-out POST is not sent again


class GzipStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A gzip body as a server streams it: not read until the client reads it."""

    def __init__(self, text: bytes) -> None:
        self.raw = gzip.compress(text)

    def __iter__(self) -> Iterator[bytes]:
        yield self.raw

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.raw


def gzipped(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=GzipStream(b'{"ok": true}'))


def test_the_body_is_streamed_then_held_decoded() -> None:
    with sync(gzipped) as client:
        response = client.send(GET)
    assert response.json() == {"ok": True}
    assert "content-encoding" not in response.headers  # read raw by the client itself, then decoded


async def test_async_body_is_streamed_then_held_decoded() -> None:
    async with asynchronous(gzipped) as client:
        response = await client.send(GET)
    assert response.json() == {"ok": True}
    assert "content-encoding" not in response.headers


async def test_async_limiter_is_asked_before_each_attempt() -> None:
    asked: list[int] = []
    received, handler = replies(unavailable(), OK)

    class Counting:
        async def acquire(self) -> None:
            asked.append(len(received))

    async with asynchronous(handler) as client:
        client._limiter = Counting()  # type: ignore[assignment]
        await client.send(GET)
    assert asked == [0, 1]


async def test_async_body_is_read_within_the_size_cap() -> None:
    _, handler = replies(httpx.Response(200, content=b"x" * 11))
    async with asynchronous(handler, max_response_size=10) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.send(GET)


async def test_async_own_pool_is_built_once_with_the_timeout_and_closed() -> None:
    client = AsyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, timeout=4.0)
    await client.aclose()
    assert client._pool._http is None  # nothing was built, nothing to close
    http = client._client
    assert http is client._client
    assert http.timeout == httpx.Timeout(4.0)
    copy = client.with_options()
    await copy.aclose()
    assert not http.is_closed
    async with client:
        pass
    assert http.is_closed


async def test_async_given_http_client_is_used_and_stays_open() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: OK))
    async with AsyncAPIClient(api_key=API_KEY, base_url=BASE, user_agent=USER_AGENT, http_client=http) as client:
        assert client._client is http
    assert not http.is_closed
    await http.aclose()


async def test_async_given_transport_is_used() -> None:
    received, handler = replies(OK)
    async with asynchronous(handler) as client:
        await client.send(GET)
        assert client._owns_client
    assert len(received) == 1
    assert client._client.is_closed
