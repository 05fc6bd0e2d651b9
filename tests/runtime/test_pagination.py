"""Pagers over a loopback server: relative next links, POST searches, stopping, and off-host links."""

from __future__ import annotations

import gc
import weakref
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from dixa_client._decoding import DecodedResponse
from dixa_client._exceptions import TooManyPagesError, UnsafeNextPageError
from dixa_client._pagination import DEFAULT_MAX_PAGES, AsyncPager, SyncPager, next_page_link, next_page_request
from tests.runtime.loopback import LoopbackServer, Reply
from tests.runtime.support import AsyncRecordingSleep, RecordingSleep, async_client, sync_client

LIST_AGENTS: dict[str, Any] = {"method": "get", "url": "/beta/agents", "params": {"pageLimit": 2}}
SEARCH: dict[str, Any] = {
    "method": "post",
    "url": "/beta/search/conversations",
    "params": {"pageLimit": 2},
    "json": {"query": {"value": "refund"}, "filters": {"strategy": "All", "conditions": []}},
    "headers": {"Content-Type": "application/json"},
}


@dataclass
class Page:
    items: list[str]


def parse_page(response: DecodedResponse) -> Page:
    return Page([item["id"] for item in response.json()["data"]])


def items_of(page: Page) -> list[str]:
    return page.items


def page(ids: list[str], next_link: str | None) -> Reply:
    return Reply(200, {"data": [{"id": i} for i in ids], "meta": {"next": next_link, "previous": None}})


THREE_PAGES = (
    page(["a1", "a2"], "/beta/agents?pageLimit=2&pageKey=k2"),
    page(["a3", "a4"], "/beta/agents?pageKey=k3&pageLimit=2"),
    page(["a5"], None),
)


def test_iterates_every_item_across_pages(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*THREE_PAGES)
    with sync_client(server.base_url, sleep) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of, operation="getAgents")
        assert server.received == []  # lazy: nothing is sent before iteration
        assert list(pager) == ["a1", "a2", "a3", "a4", "a5"]
    assert [(r.path, r.query) for r in server.received] == [
        ("/beta/agents", {"pageLimit": ["2"]}),
        ("/beta/agents", {"pageLimit": ["2"], "pageKey": ["k2"]}),
        ("/beta/agents", {"pageLimit": ["2"], "pageKey": ["k3"]}),
    ]


def test_pages_are_fetched_one_at_a_time(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*THREE_PAGES)
    with sync_client(server.base_url, sleep) as client:
        pages = SyncPager(client, LIST_AGENTS, parse_page, items_of).pages()
        assert next(pages) == Page(["a1", "a2"])
        assert len(server.received) == 1
        assert next(pages) == Page(["a3", "a4"])
        assert len(server.received) == 2
        assert list(pages) == [Page(["a5"])]
    assert len(server.received) == 3


def test_earlier_pages_are_not_kept(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*THREE_PAGES)
    seen: list[weakref.ref[Page]] = []

    def tracking_parse(response: DecodedResponse) -> Page:
        parsed = parse_page(response)
        seen.append(weakref.ref(parsed))
        return parsed

    with sync_client(server.base_url, sleep) as client:
        for item in SyncPager(client, LIST_AGENTS, tracking_parse, items_of):
            if item == "a5":
                gc.collect()
                assert seen[0]() is None  # page one is gone while page three is being read
    assert len(seen) == 3


def test_next_query_wins_and_other_params_are_kept(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a1"], "/beta/agents?pageKey=k2&pageLimit=50"), page(["a2"], None))
    request = {**LIST_AGENTS, "params": {"pageLimit": 2, "email": "a@example.com"}}
    with sync_client(server.base_url, sleep) as client:
        assert list(SyncPager(client, request, parse_page, items_of)) == ["a1", "a2"]
    assert server.received[1].query == {"pageLimit": ["50"], "email": ["a@example.com"], "pageKey": ["k2"]}


def test_absolute_next_on_the_same_origin_is_followed(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a1"], f"{server.base_url}/beta/agents?pageKey=k2"), page(["a2"], None))
    with sync_client(server.base_url, sleep) as client:
        assert list(SyncPager(client, LIST_AGENTS, parse_page, items_of)) == ["a1", "a2"]
    assert server.received[1].target == "/beta/agents?pageLimit=2&pageKey=k2"


@pytest.mark.parametrize(
    "link",
    [
        "http://evil.invalid/beta/agents?pageKey=x",
        "//evil.invalid/beta/agents?pageKey=x",
        "https://127.0.0.1/beta/agents?pageKey=x",
        "http://127.0.0.1:1/beta/agents?pageKey=x",
        "http://localhost/beta/agents?pageKey=x",
    ],
)
def test_off_origin_next_is_refused_before_any_request(
    server: LoopbackServer, sleep: RecordingSleep, link: str
) -> None:
    server.script(page(["a1", "a2"], link), page(["a3"], None))
    got: list[str] = []
    with sync_client(server.base_url, sleep) as client:
        with pytest.raises(UnsafeNextPageError):
            for item in SyncPager(client, LIST_AGENTS, parse_page, items_of):
                got.append(item)
    assert got == ["a1", "a2"]  # the first page is delivered; the link is refused only when followed
    assert len(server.received) == 1


def test_post_search_resends_the_same_body_with_the_new_page_key(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(
        page(["c1", "c2"], "/beta/search/conversations?pageKey=p2"),
        page(["c3", "c4"], "/beta/search/conversations?pageKey=p3"),
        page(["c5"], None),
    )
    with sync_client(server.base_url, sleep) as client:
        assert list(SyncPager(client, SEARCH, parse_page, items_of)) == ["c1", "c2", "c3", "c4", "c5"]
    assert [r.method for r in server.received] == ["POST"] * 3
    assert [r.path for r in server.received] == ["/beta/search/conversations"] * 3
    assert [r.query.get("pageKey") for r in server.received] == [None, ["p2"], ["p3"]]
    assert all(r.query["pageLimit"] == ["2"] for r in server.received)
    assert [r.json() for r in server.received] == [SEARCH["json"]] * 3
    assert len({r.body for r in server.received}) == 1  # byte for byte the same body


def test_post_next_without_page_key_is_refused(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["c1"], "/beta/search/conversations?cursor=zz"))
    with sync_client(server.base_url, sleep) as client, pytest.raises(UnsafeNextPageError, match="pageKey"):
        list(SyncPager(client, SEARCH, parse_page, items_of))
    assert len(server.received) == 1


def test_a_link_to_the_same_page_is_refused(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a1"], "/beta/agents?pageKey=k2"), page(["a2"], "/beta/agents?pageKey=k2"))
    with sync_client(server.base_url, sleep) as client, pytest.raises(UnsafeNextPageError, match="same page"):
        list(SyncPager(client, LIST_AGENTS, parse_page, items_of))
    assert len(server.received) == 2


def test_stops_on_an_empty_page_even_with_a_next_link(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a1"], "/beta/agents?pageKey=k2"), page([], "/beta/agents?pageKey=k3"), page(["zz"], None))
    with sync_client(server.base_url, sleep) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of)
        assert list(pager.pages()) == [Page(["a1"]), Page([])]
    assert len(server.received) == 2


@pytest.mark.parametrize(
    "body",
    [
        {"data": [{"id": "a1"}]},
        {"data": [{"id": "a1"}], "meta": None},
        {"data": [{"id": "a1"}], "meta": {}},
        {"data": [{"id": "a1"}], "meta": {"next": None}},
        {"data": [{"id": "a1"}], "meta": {"next": ""}},
        {"data": [{"id": "a1"}], "meta": {"next": "  "}},
    ],
    ids=["no-meta", "null-meta", "empty-meta", "null-next", "empty-next", "blank-next"],
)
def test_stops_without_a_next_link(server: LoopbackServer, sleep: RecordingSleep, body: dict[str, Any]) -> None:
    server.script(Reply(200, body), page(["never"], None))
    with sync_client(server.base_url, sleep) as client:
        assert list(SyncPager(client, LIST_AGENTS, parse_page, items_of)) == ["a1"]
    assert len(server.received) == 1


def test_each_iteration_starts_over(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a1"], None), page(["b1"], None))
    with sync_client(server.base_url, sleep) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of)
        assert list(pager) == ["a1"]
        assert list(pager) == ["b1"]
    assert [r.target for r in server.received] == ["/beta/agents?pageLimit=2"] * 2


def test_base_url_path_prefix_survives_pagination(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(
        page(["a1"], "/beta/agents?pageKey=k2"), page(["a2"], "/proxy/beta/agents?pageKey=k3"), page([], None)
    )
    with sync_client(server.base_url + "/proxy", sleep) as client:
        assert list(SyncPager(client, LIST_AGENTS, parse_page, items_of)) == ["a1", "a2"]
    assert [r.path for r in server.received] == ["/proxy/beta/agents"] * 3


# --- async ---------------------------------------------------------------------------------------


async def test_async_iterates_every_item(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(*THREE_PAGES)
    async with async_client(server.base_url, async_sleep) as client:
        pager = AsyncPager(client, LIST_AGENTS, parse_page, items_of)
        assert [item async for item in pager] == ["a1", "a2", "a3", "a4", "a5"]
    assert [r.query.get("pageKey") for r in server.received] == [None, ["k2"], ["k3"]]


async def test_async_pages(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(*THREE_PAGES)
    async with async_client(server.base_url, async_sleep) as client:
        pages = [p async for p in AsyncPager(client, LIST_AGENTS, parse_page, items_of).pages()]
    assert pages == [Page(["a1", "a2"]), Page(["a3", "a4"]), Page(["a5"])]


async def test_async_post_search(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(page(["c1"], "/beta/search/conversations?pageKey=p2"), page(["c2"], None))
    async with async_client(server.base_url, async_sleep) as client:
        assert [i async for i in AsyncPager(client, SEARCH, parse_page, items_of)] == ["c1", "c2"]
    assert [r.json() for r in server.received] == [SEARCH["json"]] * 2
    assert server.received[1].query == {"pageLimit": ["2"], "pageKey": ["p2"]}


async def test_async_off_origin_next_is_refused(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(page(["a1"], "//evil.invalid/beta/agents?pageKey=x"), page(["a2"], None))
    async with async_client(server.base_url, async_sleep) as client:
        with pytest.raises(UnsafeNextPageError):
            [item async for item in AsyncPager(client, LIST_AGENTS, parse_page, items_of)]
    assert len(server.received) == 1


async def test_async_stops_on_empty_page(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(page([], "/beta/agents?pageKey=k2"), page(["zz"], None))
    async with async_client(server.base_url, async_sleep) as client:
        assert [i async for i in AsyncPager(client, LIST_AGENTS, parse_page, items_of)] == []
    assert len(server.received) == 1


# --- the pure helpers ----------------------------------------------------------------------------

BASE = httpx.URL("https://dev.dixa.io")


def test_next_page_link_reads_meta_next() -> None:
    assert next_page_link(httpx.Response(200, json={"meta": {"next": "/beta/x?pageKey=1"}})) == "/beta/x?pageKey=1"
    assert next_page_link(httpx.Response(200, json={"meta": {"next": 3}})) is None
    assert next_page_link(httpx.Response(200, json=[1, 2])) is None
    assert next_page_link(httpx.Response(200, content=b"{broken")) is None


def test_next_page_request_for_get_and_post() -> None:
    get = next_page_request(BASE, LIST_AGENTS, "/beta/agents?pageKey=k2&tag=a&tag=b")
    assert get == {
        "method": "get",
        "url": "/beta/agents",
        "params": {"pageLimit": 2, "pageKey": "k2", "tag": ["a", "b"]},
    }
    post = next_page_request(BASE, SEARCH, "/beta/search/conversations?pageKey=p2")
    assert post == {**SEARCH, "params": {"pageLimit": 2, "pageKey": "p2"}}
    assert post["json"] is SEARCH["json"]
    assert SEARCH["params"] == {"pageLimit": 2}  # the first request is not modified


# --- cycles, the page bound, stepping, resuming ----------------------------------------------------


def test_a_cycle_through_two_pages_is_refused(server: LoopbackServer, sleep: RecordingSleep) -> None:
    # A -> B -> A: each link advances, yet the walk would never end.
    page_a = page(["a1"], "/beta/agents?pageLimit=2&pageKey=B")
    page_b = page(["b1"], "/beta/agents?pageKey=A&pageLimit=2")
    server.script(page_a, page_b, page_a, page_b)
    request = {**LIST_AGENTS, "params": {"pageLimit": 2, "pageKey": "A"}}
    got: list[str] = []
    with sync_client(server.base_url, sleep) as client, pytest.raises(UnsafeNextPageError, match="already read"):
        for item in SyncPager(client, request, parse_page, items_of):
            got.append(item)
    assert got == ["a1", "b1"]
    assert len(server.received) == 2


def test_a_longer_cycle_back_to_the_first_page_is_refused(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(
        page(["a1"], "/beta/agents?pageKey=k2"), page(["a2"], "/beta/agents?pageKey=k3"), page(["a3"], "/beta/agents")
    )
    request = {"method": "get", "url": "/beta/agents"}
    with sync_client(server.base_url, sleep) as client, pytest.raises(UnsafeNextPageError, match="already read"):
        list(SyncPager(client, request, parse_page, items_of))
    assert len(server.received) == 3


def endless(count: int) -> list[Reply]:
    return [page([f"i{n}"], f"/beta/agents?pageKey=k{n + 1}") for n in range(count)]


def test_pages_are_bounded_by_the_client_option(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*endless(10))
    with sync_client(server.base_url, sleep, max_pages=3) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of)
        got: list[str] = []
        with pytest.raises(TooManyPagesError, match="max_pages=3"):
            got.extend(pager)
    assert got == ["i0", "i1", "i2"]
    assert len(server.received) == 3


def test_the_pager_argument_wins_over_the_client_option(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*endless(10))
    with sync_client(server.base_url, sleep, max_pages=3) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of, max_pages=5)
        assert pager.max_pages == 5
        with pytest.raises(TooManyPagesError):
            list(pager)
    assert len(server.received) == 5


def test_the_default_bound_is_documented(sleep: RecordingSleep) -> None:
    with sync_client("http://127.0.0.1:9", sleep) as client:
        assert client.max_pages == DEFAULT_MAX_PAGES == 10_000
        assert SyncPager(client, LIST_AGENTS, parse_page, items_of).max_pages == DEFAULT_MAX_PAGES
        with pytest.raises(ValueError):
            SyncPager(client, LIST_AGENTS, parse_page, items_of, max_pages=0)


def test_a_first_request_carrying_a_page_key_resumes_there(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(page(["a3", "a4"], "/beta/agents?pageKey=k3&pageLimit=2"), page(["a5"], None))
    resumed = {**LIST_AGENTS, "params": {"pageLimit": 2, "pageKey": "k2"}}
    with sync_client(server.base_url, sleep) as client:
        assert list(SyncPager(client, resumed, parse_page, items_of)) == ["a3", "a4", "a5"]
    assert [r.query.get("pageKey") for r in server.received] == [["k2"], ["k3"]]


def test_next_page_steps_through_the_pages(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*THREE_PAGES)
    with sync_client(server.base_url, sleep) as client:
        pager = SyncPager(client, LIST_AGENTS, parse_page, items_of, operation="getAgents")
        assert pager.has_next_page() and pager.next_page_key is None
        assert server.received == []
        assert pager.next_page() == Page(["a1", "a2"])
        assert pager.has_next_page() and pager.next_page_key == "k2"
        assert "pages_fetched=1" in repr(pager) and "next_page_key='k2'" in repr(pager)
        assert pager.next_page() == Page(["a3", "a4"])
        assert pager.next_page_key == "k3"
        assert pager.next_page() == Page(["a5"])
        assert not pager.has_next_page() and pager.next_page_key is None
        assert pager.next_page() is None
    assert len(server.received) == 3


def test_a_saved_page_key_resumes_a_later_walk(server: LoopbackServer, sleep: RecordingSleep) -> None:
    server.script(*THREE_PAGES[:1], *THREE_PAGES[1:])
    with sync_client(server.base_url, sleep) as client:
        first = SyncPager(client, LIST_AGENTS, parse_page, items_of)
        assert first.next_page() == Page(["a1", "a2"])
        saved = first.next_page_key
        later = SyncPager(client, {**LIST_AGENTS, "params": {"pageLimit": 2, "pageKey": saved}}, parse_page, items_of)
        assert list(later) == ["a3", "a4", "a5"]
    assert [r.query.get("pageKey") for r in server.received] == [None, ["k2"], ["k3"]]


def test_the_repr_names_the_operation_and_route_but_no_query(sleep: RecordingSleep) -> None:
    request = {**LIST_AGENTS, "params": {"email": "private@example.com"}}
    with sync_client("http://127.0.0.1:9", sleep) as client:
        text = repr(SyncPager(client, request, parse_page, items_of, operation="getAgents"))
    assert text == (
        "SyncPager(operation='getAgents', route='GET /beta/agents', pages_fetched=0, "
        "has_next_page=True, next_page_key=None)"
    )


async def test_async_next_page_and_cycles(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(page(["a1"], "/beta/agents?pageKey=B"), page(["b1"], "/beta/agents?pageLimit=2"))
    async with async_client(server.base_url, async_sleep) as client:
        pager = AsyncPager(client, LIST_AGENTS, parse_page, items_of)
        assert await pager.next_page() == Page(["a1"])
        assert pager.next_page_key == "B"
        assert await pager.next_page() == Page(["b1"])
        with pytest.raises(UnsafeNextPageError, match="already read"):
            await pager.next_page()


async def test_async_pages_are_bounded(server: LoopbackServer, async_sleep: AsyncRecordingSleep) -> None:
    server.script(*endless(5))
    async with async_client(server.base_url, async_sleep) as client:
        with pytest.raises(TooManyPagesError):
            [item async for item in AsyncPager(client, LIST_AGENTS, parse_page, items_of, max_pages=2)]
    assert len(server.received) == 2


def test_next_page_link_survives_deep_nesting() -> None:
    assert next_page_link(httpx.Response(200, content=b"[" * 100_000)) is None


def test_the_page_set_finds_every_repeat_in_a_long_walk() -> None:
    from dixa_client._pagination import _PageSet

    pages = _PageSet()
    keys = [("/beta/agents", (("pageKey", f"k{n}"),)) for n in range(20_000)]
    assert all(pages.add(key) for key in keys)
    assert not any(pages.add(key) for key in keys[::997])
    assert pages._hashes.itemsize == 8 and len(pages._hashes) == 20_000  # 8 bytes a page: memory stays flat
