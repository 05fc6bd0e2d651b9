"""Step 1: download Dixa's document for one API version and verify it against its lock.

The lock (openapi/<version>.lock.json) is the only place a source URL lives. The cached copy
(openapi/<version>.yaml) is git-ignored and replaced only by a download that matches the lock,
or, with --accept, by a new download that then becomes the pin.

Usage: python -m scripts.fetch_spec [--api-version beta] [--url URL] [--accept]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

OPENAPI_DIR = Path(__file__).resolve().parent.parent / "openapi"
DOWNLOAD_TIMEOUT_SECONDS = 60
MAX_BYTES = 50 * 1024 * 1024


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
    return OPENAPI_DIR / f"{api_version}.lock.json"


def cached_path(api_version: str) -> Path:
    return OPENAPI_DIR / f"{api_version}.yaml"


def download(url: str) -> bytes:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("https", "http", "file"):
        raise FetchError(f"refusing {url!r}: only http(s):// and file:// URLs are supported")
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:  # noqa: S310 - scheme checked
            body: bytes = response.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:
        raise FetchError(f"could not download {url}: {error}") from None
    if len(body) > MAX_BYTES:
        raise FetchError(f"{url} is larger than {MAX_BYTES} bytes")
    return body


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
    api_version: str, url: str | None = None, accept: bool = False, review: Callable[[bytes], None] | None = None
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
    body = download(source)
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
    args = parser.parse_args(argv)
    try:
        fetch(args.api_version, args.url, args.accept)
    except FetchError as error:
        print(f"spec: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
