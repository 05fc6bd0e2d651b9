"""Lazy iteration over Dixa's paginated operations.

Those take `pageLimit`/`pageKey` query parameters and answer `{"data": [...], "meta": {"next": ...}}`,
where `next` is a relative URL (path and query). A GET follows it; a POST (search, analytics) must
send the same body again with the new `pageKey`. Only the current page is held in memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient
from ._exceptions import UnsafeNextPageError

__all__ = ["AsyncPager", "SyncPager", "next_page_link", "next_page_request"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

_BODY_KEYS = ("json", "content", "data", "files")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def next_page_link(response: httpx.Response) -> str | None:
    """`meta.next` of a page's raw JSON, or None when there is no further page."""
    try:
        document = response.json()
    except ValueError:
        return None
    meta = document.get("meta") if isinstance(document, dict) else None
    link = meta.get("next") if isinstance(meta, dict) else None
    return link if isinstance(link, str) and link.strip() else None


def next_page_request(base_url: httpx.URL, current: Mapping[str, Any], link: str) -> dict[str, Any]:
    """The request for the page `link` points to, built from the request of the current page.

    Raises UnsafeNextPageError if `link` leaves base_url's origin (the API key would follow it) or
    would fetch the current page again.
    """
    target = base_url.join(link.strip())
    if _origin(target) != _origin(base_url):
        raise UnsafeNextPageError(
            f"refusing to follow a next-page link to {target.scheme}://{target.netloc.decode('ascii', 'replace')}: "
            f"it is not on {base_url.scheme}://{base_url.netloc.decode('ascii', 'replace')}"
        )
    params = dict(current.get("params") or {})
    for key in target.params.keys():  # the link's query wins over the first request's
        values = target.params.get_list(key)
        params[key] = values[0] if len(values) == 1 else values
    following = {**current, "params": params}
    if any(current.get(key) is not None for key in _BODY_KEYS):
        # A search: same path, same body, only the cursor moves.
        if "pageKey" not in target.params:
            raise UnsafeNextPageError("the next-page link of a request with a body has no pageKey to resend it with")
    else:
        following["url"] = _path_under(base_url, target)
    if following["url"] == current["url"] and httpx.QueryParams(params) == httpx.QueryParams(current.get("params")):
        raise UnsafeNextPageError("the next-page link points back to the same page")
    return following


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


class _Pager(Generic[ClientT, PageT, ItemT]):
    """What both pagers hold: the first request and how to read a page and its items."""

    def __init__(
        self,
        client: ClientT,
        request: Mapping[str, Any],
        parse_page: Callable[[httpx.Response], PageT],
        items_of: Callable[[PageT], Sequence[ItemT]],
        options: RequestOptions | None = None,
        operation: str | None = None,
    ) -> None:
        self._client: ClientT = client
        self._request = dict(request)
        self._parse_page = parse_page
        self._items_of = items_of
        self._options = options
        self._operation = operation


class SyncPager(_Pager[SyncAPIClient, PageT, ItemT]):
    """Iterate items (`for item in pager`) or pages (`pager.pages()`); each iteration starts over."""

    def pages(self) -> Iterator[PageT]:
        request: dict[str, Any] | None = self._request
        while request is not None:  # ends at the last page; a link that does not advance raises
            response = self._client.send(request, options=self._options, operation=self._operation)
            page = self._parse_page(response)
            link = next_page_link(response) if self._items_of(page) else None
            del response  # keep at most the page being consumed
            yield page
            del page
            request = None if link is None else next_page_request(self._client.base_url, request, link)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items_of(page)


class AsyncPager(_Pager[AsyncAPIClient, PageT, ItemT]):
    """Iterate items (`async for item in pager`) or pages (`async for page in pager.pages()`)."""

    async def pages(self) -> AsyncIterator[PageT]:
        request: dict[str, Any] | None = self._request
        while request is not None:  # ends at the last page; a link that does not advance raises
            response = await self._client.send(request, options=self._options, operation=self._operation)
            page = self._parse_page(response)
            link = next_page_link(response) if self._items_of(page) else None
            del response
            yield page
            del page
            request = None if link is None else next_page_request(self._client.base_url, request, link)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items_of(page):
                yield item
