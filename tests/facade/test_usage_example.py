"""The typed usage example runs, and each way of passing a body sends the same wire shape.

The example is written for the client of README_VERSION (tests/facade/conftest.py): collected when that is the pin."""

from __future__ import annotations

import json
from typing import Any

import httpx

from dixa_client import AsyncDixa, Dixa
from tests.conftest import API_PREFIX
from tests.facade.usage_example import AGENT_ID, async_tour, tour

CREATED = "2021-12-01T12:46:36.581Z[GMT]"
AGENT = {"id": AGENT_ID, "createdAt": CREATED, "displayName": "Ada", "email": "ada@example.com"}
NOTE = {"id": AGENT_ID, "authorId": AGENT_ID, "message": "Called back", "createdAt": CREATED, "csid": 12345}
CONVERSATION = {"id": 12345, "requesterId": AGENT_ID, "channel": "Email", "createdAt": CREATED,
                "toEmail": "a@example.com", "fromEmail": "b@example.com", "integrationEmail": "a@example.com",
                "_type": "EmailConversation"}  # fmt: skip
MESSAGE = {"messageId": AGENT_ID, "direction": "Outbound", "authorId": AGENT_ID}


class Server:
    """A stand-in for Dixa that records what it was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body: Any = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        path = request.url.path
        if path == f"{API_PREFIX}/endusers":
            user = {"id": AGENT_ID, "createdAt": CREATED, "displayName": body["displayName"]}
            return httpx.Response(201, json={"data": user})
        if path.endswith("/notes/bulk"):
            return httpx.Response(200, json={"data": [{"_type": "BulkActionSuccess", "data": NOTE}]})
        if path.endswith("/messages"):
            return httpx.Response(200, json={"data": MESSAGE})
        if path == f"{API_PREFIX}/tags":
            return httpx.Response(200, json={"data": [{"id": AGENT_ID, "name": "vip", "state": "Active"}]})
        if path == f"{API_PREFIX}/conversations/12345":
            return httpx.Response(200, json={"data": CONVERSATION})
        if path == f"{API_PREFIX}/agents":
            page = int(request.url.params.get("pageKey", "0"))
            meta = {"next": f"{API_PREFIX}/agents?pageKey={page + 1}"} if page < 2 else {}
            return httpx.Response(200, json={"data": [{**AGENT, "displayName": f"page {page}"}], "meta": meta})
        if path == f"{API_PREFIX}/agents/{AGENT_ID}":
            return httpx.Response(200, json={"data": AGENT})
        return httpx.Response(404, json={"message": f"no {path}"})


def test_the_tour_runs_and_sends_the_wire_shape() -> None:
    server = Server()
    with Dixa("key", transport=httpx.MockTransport(server), rate_limit=None) as client:
        seen = tour(client)
    assert seen == [
        "Ada", "Grace", "Edsger", "1 note(s)", "1 tag(s)", "2021-12-01T12:46:36.581000+00:00",
        "page 1", "page 2", "200 Ada", "agent_id",
    ]  # fmt: skip
    bodies = [body for method, _, body in server.sent if method == "POST"]
    assert bodies[:3] == [
        {"displayName": "Ada", "email": "ada@example.com"},
        {"displayName": "Grace", "email": "grace@example.com"},
        {"displayName": "Edsger"},
    ]
    assert bodies[3] == {"data": [{"message": "Called back"}]}
    message = bodies[4]
    assert message["_type"] == "Outbound" and message["content"] == {"_type": "Text", "value": "Hi"}
    tags_request = next(r for r in server.sent if r[1] == f"{API_PREFIX}/tags")
    assert tags_request[0] == "GET"


async def test_the_async_tour_runs() -> None:
    async with AsyncDixa("key", transport=httpx.MockTransport(Server()), rate_limit=None) as client:
        assert await async_tour(client) == ["Ada", "page 0", "page 1", "page 2", "Ada", "200 ada@example.com"]
