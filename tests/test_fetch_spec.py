"""`make spec`: a document that does not match its lock is refused, and nothing is replaced."""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import fetch_spec
from scripts.fetch_spec import FetchError, Lock, fetch

GOOD = b"openapi: 3.0.3\ninfo: {title: t, version: beta}\npaths: {}\n"


@pytest.fixture
def openapi_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path)
    source = tmp_path / "upstream.yaml"
    source.write_bytes(GOOD)
    lock = Lock("beta", source.as_uri(), hashlib.sha256(GOOD).hexdigest(), len(GOOD), "2026-01-01")
    lock.save(tmp_path / "beta.lock.json")
    return tmp_path


def test_a_matching_download_is_cached(openapi_dir: Path) -> None:
    assert fetch("beta").read_bytes() == GOOD


def test_a_tampered_document_is_refused_and_cache_and_lock_are_kept(openapi_dir: Path) -> None:
    fetch("beta")
    lock_before = (openapi_dir / "beta.lock.json").read_bytes()
    tampered = openapi_dir / "tampered.yaml"
    tampered.write_bytes(GOOD.replace(b"beta", b"evil"))
    (openapi_dir / "beta.yaml").write_bytes(b"locally edited")  # forces a download
    with pytest.raises(FetchError) as refused:
        fetch("beta", tampered.as_uri())
    message = str(refused.value)
    assert "sha256" in message and hashlib.sha256(tampered.read_bytes()).hexdigest() in message
    assert "make spec-update" in message  # says how to accept the change
    assert (openapi_dir / "beta.yaml").read_bytes() == b"locally edited"
    assert (openapi_dir / "beta.lock.json").read_bytes() == lock_before


def test_a_size_change_is_named(openapi_dir: Path) -> None:
    longer = openapi_dir / "longer.yaml"
    longer.write_bytes(GOOD + b"# more\n")
    with pytest.raises(FetchError, match=f"size {len(GOOD) + 7} bytes, lock says {len(GOOD)}"):
        fetch("beta", longer.as_uri())


def test_accept_re_pins_the_lock(openapi_dir: Path) -> None:
    newer = openapi_dir / "newer.yaml"
    newer.write_bytes(GOOD + b"# v2\n")
    fetch("beta", newer.as_uri(), accept=True)
    lock = json.loads((openapi_dir / "beta.lock.json").read_text())
    assert lock["sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()
    assert lock["size"] == len(newer.read_bytes())
    assert (openapi_dir / "beta.yaml").read_bytes() == newer.read_bytes()


def test_a_version_without_a_pin_is_refused(openapi_dir: Path) -> None:
    Lock("v1", (openapi_dir / "upstream.yaml").as_uri(), None, None, None).save(openapi_dir / "v1.lock.json")
    with pytest.raises(FetchError, match="pins no document yet"):
        fetch("v1")


@pytest.mark.parametrize("url", ["ftp://example.invalid/x.yaml", "data:text/plain,openapi"])
def test_other_url_schemes_are_refused(openapi_dir: Path, url: str) -> None:
    with pytest.raises(FetchError, match="only http"):
        fetch("beta", url)


def test_an_unknown_version_names_the_known_ones(openapi_dir: Path) -> None:
    with pytest.raises(FetchError, match="known versions are beta"):
        fetch("v9")


def test_the_repository_locks_pin_beta_and_v1() -> None:
    beta = Lock.load(Path(__file__).parent.parent / "openapi" / "beta.lock.json")
    v1 = Lock.load(Path(__file__).parent.parent / "openapi" / "v1.lock.json")
    assert beta.url.endswith("/@beta/beta.yaml") and v1.url.endswith("/@v1/v1.yaml")
    assert beta.sha256 is not None and len(beta.sha256) == 64


# --- The download's total deadline, on a loopback server that drips ------------------------------------

DRIP_RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\n" + b"#" * 1000


@contextlib.contextmanager
def dripping_server(interval: float, headers_too: bool) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 sending its answer one byte every `interval` s (after the headers,
    or from the first header byte); yields its URL."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve() -> None:
        with contextlib.suppress(OSError), listener.accept()[0] as conn:
            conn.recv(65536)
            start = 0 if headers_too else DRIP_RESPONSE.index(b"\r\n\r\n") + 4
            conn.sendall(DRIP_RESPONSE[:start])
            for byte in DRIP_RESPONSE[start:]:
                if stop.wait(interval):
                    return
                conn.sendall(bytes([byte]))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/beta.yaml"
    finally:
        stop.set()
        listener.close()
        thread.join(5)


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers"])
def test_a_dripping_server_is_cut_off_at_the_deadline(headers_too: bool) -> None:
    with dripping_server(interval=0.2, headers_too=headers_too) as url:
        started = time.monotonic()
        with pytest.raises(FetchError, match="within 1 s .*DIXA_SPEC_DEADLINE"):
            fetch_spec.download(url, deadline_seconds=1)
        elapsed = time.monotonic() - started
    assert 0.9 < elapsed < 2.0  # the deadline, not a per-read timeout (each byte comes within 0.2 s)


def test_the_deadline_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_SPEC_DEADLINE", "0.5")
    with dripping_server(interval=0.1, headers_too=False) as url, pytest.raises(FetchError, match="within 0.5 s"):
        fetch_spec.download(url)
    monkeypatch.setenv("DIXA_SPEC_DEADLINE", "soon")
    with pytest.raises(FetchError, match="not a positive number"):
        fetch_spec.download("file:///nonexistent")
    monkeypatch.delenv("DIXA_SPEC_DEADLINE")
    assert fetch_spec.deadline_from_environment() == 60


def test_an_unreachable_host_says_how_to_use_a_local_copy() -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    with pytest.raises(FetchError, match="DIXA_OPENAPI_URL=file:///"):
        fetch_spec.download(f"http://127.0.0.1:{port}/beta.yaml", deadline_seconds=5)


@pytest.mark.parametrize("name", ["../beta", "beta/../../x", "-h", ""])
def test_an_api_version_is_a_name_not_a_path(openapi_dir: Path, name: str) -> None:
    with pytest.raises(FetchError, match="not an API version name"):
        fetch(name)
