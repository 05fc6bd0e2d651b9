"""`make spec-update`: download the current document, print its changelog against the pin, re-pin.

Usage: python -m scripts.spec_update [--api-version beta] [--url URL] [--usage DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

from scripts.changelog import DEFAULT_PACKAGES, compare, describe, parse, render
from scripts.changelog_usage import usage_report
from scripts.fetch_spec import FetchError, Lock, cached_path, fetch, lock_path, mismatch
from scripts.normalize import DocumentError


def update(api_version: str, url: str | None, usage: Path | None = None) -> None:
    """Download the current document, print its changelog against the pin, then re-pin to it."""
    lock = Lock.load(lock_path(api_version))
    cached = cached_path(api_version)
    pinned = cached if cached.exists() and mismatch(lock, cached.read_bytes()) is None else None

    def review(body: bytes) -> None:
        new_doc = parse(body)  # refuses an invalid document before anything is written
        if pinned is None:
            print(f"spec-update: no pinned {api_version} document cached to compare with; pinning the download")
            return
        old_doc = parse(pinned.read_bytes())
        new_sha = hashlib.sha256(body).hexdigest()
        changes = compare(old_doc, new_doc)
        print(render(changes, describe(str(pinned), str(lock.sha256)), describe("download", new_sha)))
        if usage is not None:  # what the update breaks in the user's code, before it is pinned
            print(usage_report(old_doc, changes, usage, DEFAULT_PACKAGES)[0])

    fetch(api_version, url, accept=True, review=review)
    print(f"spec-update: now run 'make generate API_VERSION={api_version}' and commit the lock and generated/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api-version", default="beta")
    parser.add_argument("--url", default=os.environ.get("DIXA_OPENAPI_URL") or None)
    parser.add_argument("--usage", type=Path, metavar="DIR", help="also list the places of your code it breaks")
    args = parser.parse_args(argv)
    try:
        update(args.api_version, args.url, args.usage)
    except (DocumentError, FetchError) as error:
        print(f"spec-update: error: {error}", file=sys.stderr)
        print(
            f"spec-update: openapi/{args.api_version}.lock.json and its cached document are unchanged", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
