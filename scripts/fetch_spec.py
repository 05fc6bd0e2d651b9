"""Step 1: download Dixa's document for one API version and verify it against its lock.

The lock (openapi/<version>.lock.json) is the only place a source URL lives. The cached copy
(openapi/<version>.yaml) is git-ignored and replaced only by a download that matches the lock,
or, with --accept, by a new download that then becomes the pin.

The whole download must finish within a deadline (DIXA_SPEC_DEADLINE seconds, 60 by default):
a server that stalls or drips bytes is cut off there, headers included.

Usage: python -m scripts.fetch_spec [--api-version beta] [--url URL] [--accept] [--deadline SECONDS]
Needs only the standard library, so `make spec` runs (and fails fast) before anything is installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import os
import re
import socket
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

OPENAPI_DIR = Path(__file__).resolve().parent.parent / "openapi"
DEFAULT_DEADLINE_SECONDS = 60.0
MAX_BYTES = 50 * 1024 * 1024
API_VERSION = re.compile(r"^[a-z0-9][a-z0-9._-]*$")  # a file name under openapi/, never a path
OFFLINE_HINT = (
    "no network, or no access to that host? Point DIXA_OPENAPI_URL at a copy you trust, e.g. "
    "DIXA_OPENAPI_URL=file:///absolute/path/to/dixa-api-beta.yaml make spec (the lock's sha256 still applies)"
)


class FetchError(Exception):
    """The document could not be fetched, or is not the one the lock pins."""


@dataclass
class Lock:
    api_version: str
    url: str
    sha256: str | None
    size: int | None
    retrieved: str | None

    @classmethod
    def load(cls, path: Path) -> Lock:
        if not path.exists():
            raise FetchError(f"no lock {path}: known versions are {', '.join(known_versions())}")
        return cls(**json.loads(path.read_text()))

    def save(self, path: Path) -> None:
        _write_atomically(path, (json.dumps(asdict(self), indent=2) + "\n").encode())


def known_versions() -> list[str]:
    return sorted(p.name.removesuffix(".lock.json") for p in OPENAPI_DIR.glob("*.lock.json"))


def lock_path(api_version: str) -> Path:
    if not API_VERSION.match(api_version):
        raise FetchError(
            f"{api_version!r} is not an API version name: known versions are {', '.join(known_versions())}"
        )
    return OPENAPI_DIR / f"{api_version}.lock.json"


def cached_path(api_version: str) -> Path:
    return OPENAPI_DIR / f"{api_version}.yaml"


@dataclass
class _Deadline:
    """Shuts down every socket of one download when its time is up: a blocked read then returns."""

    seconds: float
    expires: float = 0.0
    expired: bool = False
    timers: list[threading.Timer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.expires = time.monotonic() + self.seconds

    def remaining(self) -> float:
        return max(self.expires - time.monotonic(), 0.001)

    def watch(self, sock: socket.socket) -> None:
        timer = threading.Timer(self.remaining(), self._cut, (sock,))
        timer.daemon = True
        timer.start()
        self.timers.append(timer)

    def _cut(self, sock: socket.socket) -> None:
        self.expired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: nothing left to cut

    def cancel(self) -> None:
        for timer in self.timers:
            timer.cancel()


def _watched_opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    """urllib's opener, with each connection's socket handed to `deadline` as soon as it connects."""

    class Watched:
        def do_open(self, http_class: Any, request: Any, **kwargs: Any) -> Any:
            def connection(*args: Any, **kw: Any) -> Any:
                conn = http_class(*args, **kw)
                connect = conn.connect

                def connect_and_watch() -> None:
                    connect()
                    deadline.watch(conn.sock)

                conn.connect = connect_and_watch
                return conn

            return super().do_open(connection, request, **kwargs)  # type: ignore[misc]

    # typeshed's do_open takes a private protocol type; ours accepts any connection class.
    class HTTP(Watched, urllib.request.HTTPHandler):  # type: ignore[misc]
        pass

    class HTTPS(Watched, urllib.request.HTTPSHandler):  # type: ignore[misc]
        pass

    return urllib.request.build_opener(HTTP, HTTPS)


def deadline_from_environment() -> float:
    """DIXA_SPEC_DEADLINE in seconds, or 60."""
    text = os.environ.get("DIXA_SPEC_DEADLINE") or str(DEFAULT_DEADLINE_SECONDS)
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1
    if not 0 < seconds < float("inf"):
        raise FetchError(f"DIXA_SPEC_DEADLINE={text!r} is not a positive number of seconds")
    return seconds


def download(url: str, deadline_seconds: float | None = None) -> bytes:
    """The bytes at `url`, read within a total deadline (DIXA_SPEC_DEADLINE, 60 s by default)."""
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("https", "http", "file"):
        raise FetchError(f"refusing {url!r}: only http(s):// and file:// URLs are supported")
    deadline = _Deadline(deadline_from_environment() if deadline_seconds is None else deadline_seconds)
    chunks, size = [], 0
    try:
        with _watched_opener(deadline).open(url, timeout=deadline.remaining()) as response:
            while chunk := response.read1(1 << 16):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError(f"{url} is larger than {MAX_BYTES} bytes")
                chunks.append(chunk)
    except (OSError, ValueError, http.client.HTTPException) as error:
        if not deadline.expired:
            unreachable = isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError)
            hint = f" ({OFFLINE_HINT})" if scheme != "file" and unreachable else ""
            raise FetchError(f"could not download {url}: {error}{hint}") from None
    finally:
        deadline.cancel()
    if deadline.expired:
        raise FetchError(
            f"could not download {url} within {deadline.seconds:g} s (the whole download's deadline; "
            f"set DIXA_SPEC_DEADLINE=<seconds> to allow more)"
        )
    return b"".join(chunks)


def mismatch(lock: Lock, body: bytes) -> str | None:
    """What differs between the lock and `body`, or None when they match."""
    if lock.sha256 is None:
        return f"the {lock.api_version} lock pins no document yet"
    digest = hashlib.sha256(body).hexdigest()
    problems = []
    if lock.size is not None and len(body) != lock.size:
        problems.append(f"size {len(body)} bytes, lock says {lock.size}")
    if digest != lock.sha256:
        problems.append(f"sha256 {digest}, lock says {lock.sha256}")
    return "; ".join(problems) or None


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fetch(
    api_version: str,
    url: str | None = None,
    accept: bool = False,
    review: Callable[[bytes], None] | None = None,
    deadline_seconds: float | None = None,
) -> Path:
    """Make openapi/<version>.yaml the pinned document; with `accept`, re-pin to what `url` serves.

    `review` sees a download before anything is written (make spec-update prints its changelog);
    an exception from it leaves the cache and the lock as they were.
    """
    lock = Lock.load(lock_path(api_version))
    if lock.sha256 is None and not accept:
        raise FetchError(
            f"the {api_version} lock pins no document yet: review and pin one with "
            f"'make spec-update API_VERSION={api_version}' (DIXA_OPENAPI_URL=file://... pins a copy you trust)"
        )
    cached = cached_path(api_version)
    if not accept and cached.exists() and mismatch(lock, cached.read_bytes()) is None:
        print(f"spec: {cached.relative_to(OPENAPI_DIR.parent)} matches the {api_version} lock")
        return cached
    source = url or lock.url
    body = download(source, deadline_seconds)
    problem = mismatch(lock, body)
    if problem and not accept:
        raise FetchError(
            f"{source} does not match openapi/{api_version}.lock.json: {problem}.\n"
            f"Kept the previous document. If the change is expected, review it with "
            f"'make changelog' and accept it with 'make spec-update API_VERSION={api_version}'."
        )
    if review is not None:
        review(body)
    _write_atomically(cached, body)
    if accept and problem:
        if urllib.parse.urlsplit(source).scheme != "file":  # a file:// copy is not a source to record
            lock.url = source
        lock.sha256 = hashlib.sha256(body).hexdigest()
        lock.size = len(body)
        lock.retrieved = dt.date.today().isoformat()
        lock.save(lock_path(api_version))
        print(f"spec: pinned {api_version} to sha256 {lock.sha256} ({lock.size} bytes)")
    print(f"spec: {cached.relative_to(OPENAPI_DIR.parent)} verified ({len(body)} bytes)")
    return cached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api-version", default="beta")
    parser.add_argument("--url", default=os.environ.get("DIXA_OPENAPI_URL") or None)
    parser.add_argument("--accept", action="store_true", help="re-pin the lock to what the URL serves now")
    parser.add_argument("--deadline", type=float, default=None, help="seconds for the whole download")
    args = parser.parse_args(argv)
    try:
        fetch(args.api_version, args.url, args.accept, deadline_seconds=args.deadline)
    except FetchError as error:
        print(f"spec: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
