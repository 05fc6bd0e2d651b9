"""`make spec` failures: a server that answers with an error gets no offline hint; a failed write leaves
the old file and no temporary file behind."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scripts import fetch_spec
from scripts.fetch_spec import OFFLINE_HINT, FetchError, Lock


class NotFound(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_error(404, "no such document")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's signature)
        pass  # keep the test output clean


@contextlib.contextmanager
def not_found_server() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 answering every request with 404; yields a URL on it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/beta.yaml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_an_http_error_names_the_status_without_the_offline_hint() -> None:
    # The host answered: network access is fine, so pointing at a local copy is not the advice.
    with not_found_server() as url, pytest.raises(FetchError) as raised:
        fetch_spec.download(url, deadline_seconds=5)
    message = str(raised.value)
    assert message.startswith(f"could not download {url}: HTTP Error 404")
    assert OFFLINE_HINT not in message


def test_an_unreachable_host_gets_the_hint_in_parentheses_after_the_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:  # closed again: nothing listens on its port
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/beta.yaml"
    with pytest.raises(FetchError) as raised:
        fetch_spec.download(url, deadline_seconds=5)
    message = str(raised.value)
    assert message.startswith(f"could not download {url}: <urlopen error")
    assert message.endswith(f" ({OFFLINE_HINT})")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "beta.lock.json"
    old = Lock("beta", "https://docs.example/beta.yaml", "0" * 64, 1, "2026-01-01")
    old.save(path)
    before = path.read_bytes()

    def failing_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)  # what fetch_spec calls to put the file in place
    with pytest.raises(OSError, match="disk full"):
        Lock("beta", "https://docs.example/beta.yaml", "1" * 64, 2, "2026-02-02").save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_an_interrupted_write_also_removes_its_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Not only errors: Ctrl-C during the write must not leave a `.beta.yaml.*` file in openapi/.
    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Lock("beta", "https://docs.example/beta.yaml", None, None, None).save(tmp_path / "beta.lock.json")
    assert list(tmp_path.iterdir()) == []


class Document(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(b"doc\n")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's signature)
        pass


def test_a_finished_download_leaves_no_deadline_timer_running() -> None:
    # Each download watches its sockets with a timer; a long-lived process must not collect them.
    server = ThreadingHTTPServer(("127.0.0.1", 0), Document)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert (
            fetch_spec.download(f"http://127.0.0.1:{server.server_address[1]}/beta.yaml", deadline_seconds=30)
            == b"doc\n"
        )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    timers = [t for t in threading.enumerate() if isinstance(t, threading.Timer)]
    for timer in timers:
        timer.join(2)
    assert not any(timer.is_alive() for timer in timers)


def test_a_deadline_already_spent_is_a_timeout_not_an_invalid_value() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts connections, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/beta.yaml"
        started = time.monotonic()
        with pytest.raises(FetchError, match="timed out|within") as raised:
            fetch_spec.download(url, deadline_seconds=1e-9)
        assert time.monotonic() - started < 0.5  # a spent deadline waits for nothing
    assert "range" not in str(raised.value) and "negative" not in str(raised.value)


def test_cutting_a_socket_already_closed_is_harmless() -> None:
    sock = socket.socket()
    sock.close()
    deadline = fetch_spec._Deadline(5)
    deadline._cut(sock)  # the timer may fire just as the download closes its socket
    assert deadline.expired
