"""The exported low-level `AuthenticatedClient` authenticates as Dixa expects and keeps the key out of reprs."""

from __future__ import annotations

from dixa_client import AuthenticatedClient
from dixa_client.api.tags import get_tags
from dixa_client.types import Unset
from tests.pinned_models import returned
from tests.runtime.loopback import LoopbackServer, Reply
from tests.runtime.support import API_KEY

ListTagsOutput = returned(get_tags)

TAGS = Reply(200, {"data": [{"id": "9c2a5c1e-4d55-4c1f-9a43-2b7f4a1e0d11", "name": "vip", "state": "Active"}]})


def test_a_low_level_call_sends_the_raw_key(server: LoopbackServer) -> None:
    server.script(TAGS)
    with AuthenticatedClient(base_url=server.base_url, token=API_KEY) as client:
        response = get_tags.sync_detailed(client=client)
        assert API_KEY not in repr(client)  # after use too: the header is not stored in a repr'd field
    assert [r.headers["authorization"] for r in server.received] == [API_KEY]
    assert isinstance(response.parsed, ListTagsOutput)
    assert not isinstance(response.parsed.data, Unset)
    assert [tag.name for tag in response.parsed.data] == ["vip"]


async def test_an_async_low_level_call_sends_the_raw_key(server: LoopbackServer) -> None:
    server.script(TAGS)
    async with AuthenticatedClient(base_url=server.base_url, token=API_KEY) as client:
        parsed = await get_tags.asyncio(client=client)
        assert API_KEY not in repr(client)
    assert [r.headers["authorization"] for r in server.received] == [API_KEY]
    assert isinstance(parsed, ListTagsOutput)


def test_a_prefix_can_still_be_asked_for(server: LoopbackServer) -> None:
    server.script(TAGS)
    with AuthenticatedClient(base_url=server.base_url, token=API_KEY, prefix="Token") as client:
        get_tags.sync_detailed(client=client)
    assert server.received[0].headers["authorization"] == f"Token {API_KEY}"
