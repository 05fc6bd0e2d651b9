"""The deadline-carrying network backend over TLS, the path every real request takes (https).

The certificate is made for the test with the `openssl` command and trusted through SSL_CERT_FILE,
which httpx reads when it builds the client's TLS context.
"""

from __future__ import annotations

import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import pytest

from dixa_client._base_client import SyncAPIClient
from dixa_client._exceptions import APITimeoutError
from tests.runtime.support import API_KEY, USER_AGENT


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    stopping = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.path == "/stall":  # headers, then nothing until the client gives up
            self.wfile.flush()
            cast(_Server, self.server).stopping.wait(3.0)
            return
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_base_url(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    cert, key = certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    server = _Server(("127.0.0.1", 0), _Handler)
    server.stopping = threading.Event()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}"
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_requests_over_tls_work_and_keep_the_deadline(tls_base_url: str) -> None:
    client = SyncAPIClient(
        api_key=API_KEY, base_url=tls_base_url, user_agent=USER_AGENT, rate_limit=None, timeout=5.0,
        total_timeout=0.5, max_retries=0,
    )  # fmt: skip
    with client:
        assert client.send({"method": "get", "url": "/ok"}).json() == {"ok": True}
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.send({"method": "get", "url": "/stall"})
        assert time.monotonic() - started < 1.5
