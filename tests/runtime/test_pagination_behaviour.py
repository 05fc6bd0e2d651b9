"""The pager's edges, on an in-memory transport: which next links are followed and how their request
is built, the page bound at its limit, and what the cursor reports around unusable links."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from dixa_client._base_client import AsyncAPIClient, SyncAPIClient
from dixa_client._decoding import DecodedResponse
from dixa_client._exceptions import TooManyPagesError, UnsafeNextPageError
from dixa_client._pagination import AsyncPager, SyncPager, next_page_link, next_page_request

BASE = httpx.URL("https://dev.dixa.io")
GET: dict[str, Any] = {"method": "get", "url": "/beta/things", "params": {"pageLimit": 2}}


def parse_page(response: DecodedResponse) -> list[str]:
    return [item["id"] for item in response.json()["data"]]


def items_of(page: list[str]) -> list[str]:
    return page


Handler = Callable[[httpx.Request], httpx.Response]


def pages(*bodies: tuple[list[str], object]) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering `bodies` in turn ((ids, meta.next) each), and the requests it received."""
    received: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        ids, link = bodies[len(received)]
        received.append(request)
        return httpx.Response(200, json={"data": [{"id": i} for i in ids], "meta": {"next": link}})

    return handler, received


@contextmanager
def client(handler: Handler, **settings: Any) -> Iterator[SyncAPIClient]:
    with SyncAPIClient(
        api_key="k",
        base_url=str(BASE),
        user_agent="t",
        rate_limit=None,
        transport=httpx.MockTransport(handler),
        **settings,
    ) as sync:
        yield sync


def async_client(handler: Handler) -> AsyncAPIClient:
    return AsyncAPIClient(
        api_key="k", base_url=str(BASE), user_agent="t", rate_limit=None, transport=httpx.MockTransport(handler)
    )


# --- next_page_link ----------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [{"meta": {"next": "  "}}, {"meta": {"next": ""}}, {"meta": "next"}, {"next": "/x"}])
def test_a_blank_or_misplaced_next_link_is_no_next_page(body: object) -> None:
    assert next_page_link(httpx.Response(200, json=body)) is None


def test_a_next_link_is_returned_as_given() -> None:
    assert next_page_link(httpx.Response(200, json={"meta": {"next": " /x?pageKey=2 "}})) == " /x?pageKey=2 "


# --- next_page_request: origins -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "link"),
    [
        ("https://dev.dixa.io", "https://dev.dixa.io:443/beta/things?pageKey=2"),
        ("http://dev.dixa.io", "http://dev.dixa.io:80/beta/things?pageKey=2"),
        ("https://dev.dixa.io:8443", "https://dev.dixa.io:8443/beta/things?pageKey=2"),
        ("https://dev.dixa.io", "  /beta/things?pageKey=2\n"),
    ],
)
def test_a_link_on_the_same_origin_is_followed(base: str, link: str) -> None:
    following = next_page_request(httpx.URL(base), GET, link)
    assert (following["url"], following["params"]) == ("/beta/things", {"pageLimit": 2, "pageKey": "2"})


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("https://dev.dixa.io:8443/beta/things?pageKey=2", "https://dev.dixa.io:8443"),
        ("http://dev.dixa.io/beta/things?pageKey=2", "http://dev.dixa.io"),
        ("https://evil.example/beta/things?pageKey=2", "https://evil.example"),
        ("//evil.example/beta/things?pageKey=2", "https://evil.example"),
        ("https://dev.dixa.io:444/beta/things?pageKey=2", "https://dev.dixa.io:444"),
        ("https://dev.dixa.io:442/beta/things?pageKey=2", "https://dev.dixa.io:442"),
    ],
)
def test_a_link_to_another_origin_is_refused_naming_both(link: str, target: str) -> None:
    message = f"refusing to follow a next-page link to {target}: it is not on https://dev.dixa.io"
    with pytest.raises(UnsafeNextPageError) as caught:
        next_page_request(BASE, GET, link)
    assert str(caught.value) == message


@pytest.mark.parametrize("port", [79, 81])
def test_a_link_to_another_port_of_a_plain_http_base_is_refused(port: int) -> None:
    with pytest.raises(UnsafeNextPageError, match=f"to http://dev.dixa.io:{port}: it is not on http://dev.dixa.io"):
        next_page_request(httpx.URL("http://dev.dixa.io"), GET, f"http://dev.dixa.io:{port}/beta/things?pageKey=2")


def test_an_unreadable_link_is_refused_naming_only_the_error_kind() -> None:
    with pytest.raises(UnsafeNextPageError, match=r"^unreadable next-page link \(InvalidURL\)$"):
        next_page_request(BASE, GET, "https://[::1/beta/things")


@pytest.mark.parametrize(
    "link", ["https://dev.dixa.io//evil.example/x?pageKey=2", "/beta\\things?pageKey=2", "/beta/things#a\\b"]
)
def test_a_path_that_could_name_another_host_is_refused(link: str) -> None:
    with pytest.raises(UnsafeNextPageError, match="could name another host"):
        next_page_request(BASE, GET, link)


def test_a_backslash_in_the_query_is_only_data() -> None:
    following = next_page_request(BASE, GET, "/beta/things?pageKey=a\\b")
    assert following["params"]["pageKey"] == "a\\b"


# --- next_page_request: the request built ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "link", "url"),
    [
        ("https://h.example/api/", "/api/beta/things?pageKey=2", "/beta/things"),
        ("https://h.example/api", "/api/beta/things?pageKey=2", "/beta/things"),
        ("https://h.example/api", "/apix/things?pageKey=2", "/apix/things"),
        ("https://h.example/api", "/other/things?pageKey=2", "/other/things"),
        ("https://h.example/", "/beta/things?pageKey=2", "/beta/things"),
    ],
)
def test_the_path_is_made_relative_to_the_base_url_s_own_path(base: str, link: str, url: str) -> None:
    assert next_page_request(httpx.URL(base), GET, link)["url"] == url


def test_the_current_cursor_is_dropped_and_the_link_s_query_wins() -> None:
    current = {"method": "get", "url": "/beta/things", "params": {"pageKey": "k1", "pageLimit": 2, "q": "x"}}
    following = next_page_request(BASE, current, "/beta/things?pageLimit=5&tag=a&tag=b")
    assert following["params"] == {"pageLimit": "5", "q": "x", "tag": ["a", "b"]}  # no pageKey: the first page
    assert current["params"] == {"pageKey": "k1", "pageLimit": 2, "q": "x"}


def test_a_request_without_params_gets_the_link_s() -> None:
    following = next_page_request(BASE, {"method": "get", "url": "/beta/things"}, "/beta/things?pageKey=2")
    assert following == {"method": "get", "url": "/beta/things", "params": {"pageKey": "2"}}


@pytest.mark.parametrize("body_key", ["json", "content", "data", "files"])
def test_a_request_with_a_body_keeps_its_path_and_needs_a_page_key(body_key: str) -> None:
    current = {"method": "post", "url": "/beta/search", body_key: {"q": 1}}
    following = next_page_request(BASE, current, "/elsewhere?pageKey=2")
    assert following == {**current, "params": {"pageKey": "2"}}
    with pytest.raises(UnsafeNextPageError, match="no pageKey"):
        next_page_request(BASE, current, "/beta/search?pageLimit=3")


def test_a_body_key_holding_none_is_no_body() -> None:
    current = {"method": "get", "url": "/beta/things", "json": None}
    assert next_page_request(BASE, current, "/beta/other")["url"] == "/beta/other"


def test_a_link_naming_the_same_page_in_another_order_is_refused() -> None:
    current = {"method": "get", "url": "/beta/things", "params": {"pageKey": "k1", "pageLimit": "2"}}
    with pytest.raises(UnsafeNextPageError, match="same page"):
        next_page_request(BASE, current, "/beta/things?pageLimit=2&pageKey=k1")


# --- pagers --------------------------------------------------------------------------------------------------


def test_a_walk_of_exactly_max_pages_pages_ends_without_error() -> None:
    handler, received = pages((["a"], "/beta/things?pageKey=2"), (["b"], "/beta/things?pageKey=3"), (["c"], None))
    with client(handler) as sync:
        assert list(SyncPager(sync, GET, parse_page, items_of, max_pages=3)) == ["a", "b", "c"]
    assert len(received) == 3


def test_one_page_at_most() -> None:
    handler, received = pages((["a"], "/beta/things?pageKey=2"))
    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of, max_pages=1)
        assert pager.next_page() == ["a"]
        with pytest.raises(TooManyPagesError, match=r"^stopped after 1 pages \(max_pages=1\)"):
            pager.next_page()
    assert len(received) == 1


def test_the_client_s_bound_is_read_when_the_pager_has_none() -> None:
    handler, _ = pages()
    with client(handler, max_pages=7) as sync:
        assert SyncPager(sync, GET, parse_page, items_of).max_pages == 7


def test_an_unusable_link_has_no_page_key_but_its_page_is_delivered() -> None:
    handler, received = pages((["a"], "https://evil.example/beta/things?pageKey=2"))
    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of)
        assert pager.next_page() == ["a"]
        assert pager.has_next_page() and pager.next_page_key is None
        with pytest.raises(UnsafeNextPageError):
            pager.next_page()
    assert len(received) == 1


def test_a_link_without_a_page_key_has_none_to_resume_with() -> None:
    handler, _ = pages((["a"], "/beta/things?pageLimit=9"))
    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of)
        pager.next_page()
        assert pager.has_next_page() and pager.next_page_key is None


def test_a_page_key_is_given_as_text() -> None:
    handler, _ = pages((["a"], "/beta/things?pageKey=17"))
    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of)
        pager.next_page()
        assert pager.next_page_key == "17"


def test_an_empty_page_ends_the_walk_and_the_repr_says_so() -> None:
    handler, received = pages(([], "/beta/things?pageKey=2"))
    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of)
        assert pager.next_page() == [] and not pager.has_next_page() and pager.next_page() is None
        assert repr(pager) == (
            "SyncPager(operation=None, route='GET /beta/things', pages_fetched=1, has_next_page=False, "
            "next_page_key=None)"
        )
    assert len(received) == 1


def test_each_iteration_of_pages_starts_a_walk_of_its_own_beside_the_cursor() -> None:
    received: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        received.append(request)
        second = request.url.params.get("pageKey") == "2"
        body = {
            "data": [{"id": "b" if second else "a"}],
            "meta": {"next": None if second else "/beta/things?pageKey=2"},
        }
        return httpx.Response(200, json=body)

    with client(handler) as sync:
        pager = SyncPager(sync, GET, parse_page, items_of)
        assert pager.next_page() == ["a"]
        assert list(pager.pages()) == [["a"], ["b"]]
        assert list(pager) == ["a", "b"]
        assert pager.next_page() == ["b"] and pager.next_page() is None
    assert len(received) == 6


@pytest.mark.parametrize("max_pages", [0, -1])
def test_a_bound_below_one_is_refused(max_pages: int) -> None:
    handler, _ = pages()
    with client(handler) as sync, pytest.raises(ValueError, match="at least 1"):
        SyncPager(sync, GET, parse_page, items_of, max_pages=max_pages)


async def test_the_async_pager_iterates_pages_and_items_and_steps() -> None:
    bodies = [(["a", "b"], "/beta/things?pageKey=2"), (["c"], None)]
    handler, received = pages(*bodies, *bodies, *bodies)
    async with async_client(handler) as session:
        pager = AsyncPager(session, GET, parse_page, items_of, max_pages=2)
        assert [item async for item in pager] == ["a", "b", "c"]
        assert [page async for page in pager.pages()] == [["a", "b"], ["c"]]
        assert await pager.next_page() == ["a", "b"] and pager.next_page_key == "2"
        assert await pager.next_page() == ["c"]
        assert not pager.has_next_page() and await pager.next_page() is None
    assert [r.url.params.get("pageKey") for r in received] == [None, "2"] * 3


async def test_the_async_pager_refuses_past_its_bound() -> None:
    handler, received = pages((["a"], "/beta/things?pageKey=2"), (["b"], "/beta/things?pageKey=3"))
    async with async_client(handler) as session:
        pager = AsyncPager(session, GET, parse_page, items_of, max_pages=2)
        assert await pager.next_page() == ["a"]
        assert await pager.next_page() == ["b"]
        with pytest.raises(TooManyPagesError):
            await pager.next_page()
    assert len(received) == 2
