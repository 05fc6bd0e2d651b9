"""The README's webhook receiver runs as written: a delivery signed as Dixa signs is accepted and
parsed, a tampered one refused."""

from __future__ import annotations

import http.client
import http.server
import re
import threading
import time
from typing import Any

import pytest

from tests.conftest import ROOT

from .deliveries import SECRET, delivery, encode, sign


def receiver_code() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Webhooks") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


class LoopbackServer(http.server.HTTPServer):
    """The README's server on a free loopback port, serving from a thread the test stops."""

    started: list[LoopbackServer] = []

    def __init__(self, address: Any, handler: Any) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        LoopbackServer.started.append(self)

    def serve_forever(self, poll_interval: float = 0.05) -> None:
        threading.Thread(target=super().serve_forever, args=(poll_interval,), daemon=True).start()


def post(port: int, body: bytes, headers: dict[str, str]) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/dixa", body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_readme_receiver_accepts_dixas_deliveries_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIXA_WEBHOOK_SECRET", SECRET)
    monkeypatch.setattr(http.server, "HTTPServer", LoopbackServer)
    monkeypatch.setattr(http.server.BaseHTTPRequestHandler, "log_message", lambda *args: None)
    exec(compile(receiver_code(), "README.md", "exec"), {})  # noqa: S102 - our own README
    server = LoopbackServer.started.pop()
    try:
        port = server.server_address[1]
        body = encode(delivery("CONVERSATION_CLOSED"))
        headers = sign(body, int(time.time() * 1000))
        assert post(port, body, headers) == 204
        assert post(port, body.replace(b"42", b"43"), headers) == 400
        assert post(port, body, {"Content-Type": "application/json"}) == 400
    finally:
        server.shutdown()
        server.server_close()
    assert capsys.readouterr().out == "closed: 3f0d6a0e-6f1b-4c39-9d64-2b8f3c1a7e55\n"
