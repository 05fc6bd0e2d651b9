"""The README's quick start runs as written (against a stand-in for Dixa's server).

The README documents the client of README_VERSION (tests/facade/conftest.py): collected when that is the pin."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

import dixa_client
from tests.conftest import API_PREFIX, ROOT

CONVERSATION = {
    "id": 12345,
    "requesterId": "00000000-0000-0000-0000-000000000001",
    "channel": "Email",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "toEmail": "a@example.com",
    "fromEmail": "b@example.com",
    "integrationEmail": "a@example.com",
    "_type": "EmailConversation",
}
NOTE = {
    "id": "00000000-0000-0000-0000-000000000002",
    "authorId": "00000000-0000-0000-0000-000000000003",
    "message": "Called back",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "csid": 12345,
}
AGENT = {"id": "00000000-0000-0000-0000-000000000001", "createdAt": "2021-12-01T12:46:36Z",
         "displayName": "Ada", "email": "ada@example.com"}  # fmt: skip


def dixa_server(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == f"{API_PREFIX}/conversations/12345":
        return httpx.Response(200, json={"data": CONVERSATION})
    if path == f"{API_PREFIX}/endusers" and request.method == "POST":
        sent = json.loads(request.content)
        user = {"id": AGENT["id"], "createdAt": AGENT["createdAt"], "displayName": sent["displayName"]}
        return httpx.Response(201, json={"data": user})
    if path == f"{API_PREFIX}/conversations/12345/notes/bulk":
        failure = {"_type": "BulkActionFailure", "error": {"_type": "ErrorResponse", "message": "too long"}}
        return httpx.Response(200, json={"data": [{"_type": "BulkActionSuccess", "data": NOTE}, failure]})
    if path == f"{API_PREFIX}/agents":
        page = int(request.url.params.get("pageKey", "0"))
        meta = {"next": f"{API_PREFIX}/agents?pageKey={page + 1}"} if page < 2 else {}
        return httpx.Response(200, json={"data": [AGENT], "meta": meta})
    return httpx.Response(429, json={"message": "Too many requests"}, headers={"Retry-After": "0"})


def quick_start() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Quick start") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_the_quick_start_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class LocalDixa(dixa_client.Dixa):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, transport=httpx.MockTransport(dixa_server), **kwargs)

    monkeypatch.setenv("DIXA_API_KEY", "readme-key")
    monkeypatch.setattr(dixa_client, "Dixa", LocalDixa)
    exec(compile(quick_start(), "README.md", "exec"), {})  # noqa: S102 - our own README
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "12345 2021-12-01 12:46:36.581000+00:00",
        "b@example.com",
        "Ada Grace",
        "note 1 failed: ErrorResponse: too long",
        "Ada",
        "Ada",
        "Ada",
        "still rate limited after retries: 429 Too many requests",
    ]
