"""Lazy iteration over Dixa's paginated operations.

Those take `pageLimit`/`pageKey` query parameters and answer `{"data": [...], "meta": {"next": ...}}`,
where `next` is a relative URL (path and query). A GET follows it; a POST (search, analytics) must
send the same body again with the new `pageKey`. Only the current page is held in memory.

Each page's body is decoded once (`DecodedResponse`): the parser's models and `meta.next` come from
the same document.

A walk over the pages refuses a link that leaves the API's origin, one that leads back to a page it
already fetched (A -> B -> A), and stops with TooManyPagesError after `max_pages` pages (10,000 by
default: a bound on a server that never stops, far above any real listing at Dixa's page sizes).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Final, Generic, TypeVar

import httpx

from ._base_client import DEFAULT_MAX_PAGES, AsyncAPIClient, RequestOptions, SyncAPIClient
from ._decoding import DecodedResponse
from ._decoding import member as _member
from ._exceptions import TooManyPagesError, UnsafeNextPageError

__all__ = ["DEFAULT_MAX_PAGES", "AsyncPager", "SyncPager", "next_page_link", "next_page_request"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

_BODY_KEYS: Final = ("json", "content", "data", "files")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
PAGE_KEY: Final = "pageKey"


def next_page_link(response: httpx.Response | DecodedResponse) -> str | None:
    """`meta.next` of a page's raw JSON, or None when there is no further page (or the body is no JSON)."""
    try:
        meta = response.member("meta") if isinstance(response, DecodedResponse) else _member(response.json(), "meta")
    except (ValueError, RecursionError):  # not JSON, undecodable, or nested too deep to read
        return None
    link = meta.get("next") if isinstance(meta, dict) else None
    return link if isinstance(link, str) and link.strip() else None


def next_page_request(base_url: httpx.URL, current: Mapping[str, Any], link: str) -> dict[str, Any]:
    """The request for the page `link` points to, built from the request of the current page.

    Raises UnsafeNextPageError if `link` cannot be read as a URL, leaves base_url's origin (the API
    key would follow it), has a path that could be read as another host (`//host`, backslashes), or
    would fetch the current page again.
    """
    link = link.strip()
    try:
        target = base_url.join(link)
        same_origin = _origin(target) == _origin(base_url)
    except Exception as error:  # httpx.InvalidURL, idna's errors, ValueError: any unreadable link
        raise UnsafeNextPageError(f"unreadable next-page link ({type(error).__name__})") from None
    if not same_origin:
        raise UnsafeNextPageError(
            f"refusing to follow a next-page link to {target.scheme}://{_netloc(target)}: "
            f"it is not on {base_url.scheme}://{_netloc(base_url)}"
        )
    path = _path_under(base_url, target)
    if path.startswith("//") or "\\" in path or "\\" in link.split("?", 1)[0]:
        raise UnsafeNextPageError("refusing a next-page link whose path could name another host")
    # The link's query wins over the current request's; the cursor is the link's alone (a link
    # without one names the first page, not the current one again).
    params = {key: value for key, value in (current.get("params") or {}).items() if key != PAGE_KEY}
    for key in target.params.keys():
        values = target.params.get_list(key)
        params[key] = values[0] if len(values) == 1 else values
    following = {**current, "params": params}
    if any(current.get(key) is not None for key in _BODY_KEYS):
        # A search: same path, same body, only the cursor moves.
        if PAGE_KEY not in target.params:
            raise UnsafeNextPageError("the next-page link of a request with a body has no pageKey to resend it with")
    else:
        following["url"] = path
    if _page_of(following) == _page_of(current):
        raise UnsafeNextPageError("the next-page link points back to the same page")
    return following


def _netloc(url: httpx.URL) -> str:
    return url.netloc.decode("ascii", "replace")


def _page_of(request: Mapping[str, Any]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What identifies a page among the requests of one walk: the path and the query (the body never moves)."""
    query = httpx.QueryParams(request.get("params") or {})
    return str(request["url"]), tuple(sorted(query.multi_items()))


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _path_under(base_url: httpx.URL, target: httpx.URL) -> str:
    """target's path relative to base_url, as `send()` expects (it prefixes base_url's own path)."""
    path = target.raw_path.split(b"?", 1)[0].decode("ascii")
    prefix = base_url.raw_path.rstrip(b"/").decode("ascii")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    return path


ClientT = TypeVar("ClientT", SyncAPIClient, AsyncAPIClient)


class _PageSet:
    """The pages of one walk, 8 bytes each (a 64-bit hash in a sorted array), so a long walk's memory
    stays flat; two pages sharing a hash (odds about n^2 / 2^65) would be taken for a cycle."""

    def __init__(self) -> None:
        self._hashes = array("q")

    def add(self, page: tuple[str, tuple[tuple[str, str], ...]]) -> bool:
        """Record `page`; False if it was already there."""
        digest = hash(page)
        at = bisect_left(self._hashes, digest)
        if at < len(self._hashes) and self._hashes[at] == digest:
            return False
        self._hashes.insert(at, digest)
        return True


class _Walk:
    """One pass over the pages: the page last fetched and its next link, the pages seen, the bound.

    A next link is resolved only when the next page is asked for, so a page is delivered even when
    its link turns out to be unusable.
    """

    def __init__(self, first: dict[str, Any], base_url: httpx.URL, max_pages: int) -> None:
        self.fetched = 0
        self._first = first
        self._current = first
        self._link: str | None = None
        self._base_url = base_url
        self._max_pages = max_pages
        self._seen = _PageSet()
        self._seen.add(_page_of(first))

    @property
    def finished(self) -> bool:
        return self.fetched > 0 and self._link is None

    def next_request(self) -> dict[str, Any]:
        """The request for the next page; raises on an unsafe link, a cycle, or a page past max_pages."""
        if self.fetched == 0:
            request = self._first
        else:
            assert self._link is not None, "next_request() after the last page"
            request = next_page_request(self._base_url, self._current, self._link)
            if not self._seen.add(_page_of(request)):  # A -> B -> A: a cycle longer than a self-link
                raise UnsafeNextPageError(
                    f"the next-page link of page {self.fetched} leads back to a page already read"
                )
        if self.fetched >= self._max_pages:
            raise TooManyPagesError(
                f"stopped after {self.fetched} pages (max_pages={self._max_pages}); "
                "pass a larger max_pages to the pager or the client to read further"
            )
        return request

    def record(self, request: dict[str, Any], link: str | None) -> None:
        """A page was fetched with `request`; `link` is its next link (None: it was the last page)."""
        self.fetched += 1
        self._current, self._link = request, link

    @property
    def next_page_key(self) -> str | None:
        if self._link is None:
            return None
        try:
            key = next_page_request(self._base_url, self._current, self._link)["params"].get(PAGE_KEY)
        except UnsafeNextPageError:
            return None
        return None if key is None else str(key)


class _Pager(Generic[ClientT, PageT, ItemT]):
    """What both pagers hold: the first request, how to read a page and its items, and a cursor for
    `next_page()` (iterating with `for`/`pages()` starts a walk of its own each time)."""

    def __init__(
        self,
        client: ClientT,
        request: Mapping[str, Any],
        parse_page: Callable[[DecodedResponse], PageT],
        items_of: Callable[[PageT], Sequence[ItemT]],
        options: RequestOptions | None = None,
        operation: str | None = None,
        *,
        max_pages: int | None = None,
    ) -> None:
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self._client: ClientT = client
        self._request = dict(request)
        self._parse_page = parse_page
        self._items_of = items_of
        self._options = options
        self._operation = operation
        self._max_pages = max_pages
        self._cursor: _Walk | None = None

    @property
    def max_pages(self) -> int:
        """The most pages one walk fetches: this pager's `max_pages`, else the client's."""
        if self._max_pages is not None:
            return self._max_pages
        return self._client.max_pages

    def _walk(self) -> _Walk:
        return _Walk(self._request, self._client.base_url, self.max_pages)

    def _read(self, response: httpx.Response) -> tuple[PageT, str | None]:
        """The page and its next link, both from one decoding of the body; an empty page ends the walk."""
        decoded = DecodedResponse(response)
        page = self._parse_page(decoded)
        return page, next_page_link(decoded) if self._items_of(page) else None

    def has_next_page(self) -> bool:
        """Whether `next_page()` would fetch a page: before the first call, or when the last page had a next link."""
        return self._cursor is None or not self._cursor.finished

    @property
    def next_page_key(self) -> str | None:
        """The `pageKey` `next_page()` will send (None before the first page and after the last):
        keep it to resume later, passing it as `page_key=` to the same call."""
        return None if self._cursor is None else self._cursor.next_page_key

    def __repr__(self) -> str:
        route = f"{str(self._request.get('method', '')).upper()} {self._request.get('url', '')}"
        fetched = 0 if self._cursor is None else self._cursor.fetched
        return (
            f"{type(self).__name__}(operation={self._operation!r}, route={route!r}, pages_fetched={fetched}, "
            f"has_next_page={self.has_next_page()}, next_page_key={self.next_page_key!r})"
        )


class SyncPager(_Pager[SyncAPIClient, PageT, ItemT]):
    """Iterate items (`for item in pager`) or pages (`pager.pages()`); each iteration starts over.
    Or step through pages with `next_page()` / `has_next_page()`."""

    def _fetch(self, walk: _Walk) -> PageT:
        request = walk.next_request()
        response = self._client.send(request, options=self._options, operation=self._operation)
        page, link = self._read(response)
        walk.record(request, link)
        return page  # the response goes out of scope here: at most the page being consumed is kept

    def pages(self) -> Iterator[PageT]:
        walk = self._walk()
        while not walk.finished:  # ends at the last page; an unsafe link, a cycle or too many pages raises
            page = self._fetch(walk)
            yield page
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items_of(page)

    def next_page(self) -> PageT | None:
        """The page after the one the previous call returned (the first page on the first call);
        None once the last page has been returned."""
        if self._cursor is None:
            self._cursor = self._walk()
        if self._cursor.finished:
            return None
        return self._fetch(self._cursor)


class AsyncPager(_Pager[AsyncAPIClient, PageT, ItemT]):
    """Iterate items (`async for item in pager`) or pages (`async for page in pager.pages()`).
    Or step through pages with `await next_page()` / `has_next_page()`."""

    async def _fetch(self, walk: _Walk) -> PageT:
        request = walk.next_request()
        response = await self._client.send(request, options=self._options, operation=self._operation)
        page, link = self._read(response)
        walk.record(request, link)
        return page

    async def pages(self) -> AsyncIterator[PageT]:
        walk = self._walk()
        while not walk.finished:
            page = await self._fetch(walk)
            yield page
            del page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items_of(page):
                yield item

    async def next_page(self) -> PageT | None:
        """The page after the one the previous call returned (the first page on the first call);
        None once the last page has been returned."""
        if self._cursor is None:
            self._cursor = self._walk()
        if self._cursor.finished:
            return None
        return await self._fetch(self._cursor)
