"""A scripted HTTP/1.1 server on 127.0.0.1 for fault tests over real sockets.

Each request takes the next step of the script: a `Reply` (optionally late, dripping its headers or
body, or stalling between them) or a `Reset` (the connection is aborted with an RST, nothing
answered). Every request is recorded as `Received`.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: object = None  # bytes/str are sent as they are, anything else as JSON; None sends nothing
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    delay: float = 0.0  # seconds to wait before answering (cut short when the server stops)
    trickle: float = 0.0  # seconds between the body's bytes, sent one at a time (a slow drip)
    header_trickle: float = 0.0  # seconds between the bytes of the status line and headers
    stall: float = 0.0  # seconds to wait between the headers and the body

    def payload(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


@dataclass(frozen=True)
class Reset:
    """Read the request, then abort the connection (SO_LINGER 0 makes close() send an RST)."""


Step = Reply | Reset

UNSCRIPTED = Reply(418, {"message": "unscripted request"})


@dataclass(frozen=True)
class Received:
    method: str
    target: str  # path and query, as sent
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)

    def json(self) -> Any:
        return json.loads(self.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.steps: list[Step] = []
        self.received: list[Received] = []
        self.stopping = threading.Event()

    def take(self, received: Received) -> Step:
        with self.lock:
            self.received.append(received)
            return self.steps.pop(0) if self.steps else UNSCRIPTED

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (timeout) makes our late write fail: expected, not noise


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # a handler thread never outlives a stuck client by long
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

    @property
    def _scripted(self) -> _Server:
        return cast(_Server, self.server)

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        step = self._scripted.take(Received(self.command, self.path, headers, body))
        if isinstance(step, Reset):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if step.delay:
            self._scripted.stopping.wait(step.delay)
        payload = step.payload()
        head = _head(step, len(payload))
        if step.header_trickle:
            self._drip(head, step.header_trickle)
        else:
            self.wfile.write(head)
        if self.command == "HEAD":
            return
        if step.stall and self._scripted.stopping.wait(step.stall):
            return
        if not step.trickle:
            self.wfile.write(payload)
            return
        self._drip(payload, step.trickle)

    def _drip(self, data: bytes, interval: float) -> None:
        for index in range(len(data)):  # bounded by the data; each wait ends when the server stops
            if self._scripted.stopping.wait(interval):
                return
            self.wfile.write(data[index : index + 1])
            self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _head(step: Reply, length: int) -> bytes:
    """The status line and headers of a reply, as bytes (written at once or dripped)."""
    lines = [f"HTTP/1.1 {step.status} {_reason(step.status)}", f"Content-Type: {step.content_type}"]
    lines += [f"Content-Length: {length}", *(f"{name}: {value}" for name, value in step.headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class LoopbackServer:
    """Start with `start()`, script with `script(...)`, inspect `received`, then `stop()`."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def script(self, *steps: Step) -> None:
        with self._server.lock:
            self._server.steps = list(steps)

    @property
    def received(self) -> list[Received]:
        with self._server.lock:
            return list(self._server.received)

    @property
    def unanswered(self) -> int:
        """Scripted steps no request has taken."""
        with self._server.lock:
            return len(self._server.steps)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.stopping.set()  # releases handlers waiting to answer late
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def unused_port() -> int:
    """A port on 127.0.0.1 with nothing listening: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
