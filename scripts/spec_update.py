"""`make spec-update`: download the current document, print its changelog against the pin, re-pin,
and add the changelog to CHANGELOG.md under the document's sha256 and the client versions it gives.

Usage: python -m scripts.spec_update [--api-version beta] [--url URL] [--usage DIR]
Exit status: 0 re-pinned, 1 the download failed, 2 the document was refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import re
import sys
import tempfile
from pathlib import Path

from scripts.changelog import review as review_change
from scripts.fetch_spec import FetchError, Lock, cached_path, fetch, lock_path, mismatch
from scripts.normalize import DocumentError, load_document, normalize
from scripts.versioning import ROOT, base_version, local_label

CHANGELOG = ROOT / "CHANGELOG.md"
ENTRIES_BELOW = "<!-- make spec-update inserts new entries below this line -->"


def entry(api_version: str, sha256: str, text: str) -> str:
    """A CHANGELOG.md entry: the document, the date and the client versions generated from it, then
    `text` one heading level down."""
    demoted = re.sub(r"^(#+) ", r"#\1 ", text.strip("\n"), flags=re.MULTILINE)
    versions = f"{base_version()}+{local_label(api_version, sha256)}.*"
    heading = f"## {api_version} document `{sha256[:12]}` ({dt.date.today().isoformat()})"
    return f"{heading}\n\nClients generated from it: version `{versions}`.\n\n{demoted}\n"


def add_entry(path: Path, text: str) -> None:
    """Insert `text` below the ENTRIES_BELOW line of `path` (newest first), creating what is missing."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n"
    if ENTRIES_BELOW not in current:
        title, _, rest = current.partition("\n")
        current = f"{title}\n\n{ENTRIES_BELOW}\n{rest}"
    head, tail = current.split(ENTRIES_BELOW, 1)
    updated = f"{head}{ENTRIES_BELOW}\n\n{text.rstrip()}\n{tail}"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(updated)
    os.replace(tmp, path)


def update(api_version: str, url: str | None, changelog_path: Path | None = None, usage: Path | None = None) -> None:
    """Download the current document, print its changelog (and the places of `usage` it breaks) against
    the pin, re-pin to it, record it."""
    lock = Lock.load(lock_path(api_version))
    cached = cached_path(api_version)
    pinned = cached if cached.exists() and mismatch(lock, cached.read_bytes()) is None else None
    reviewed: dict[str, str] = {}  # sha256 of the download -> its changelog

    def review(body: bytes) -> None:
        sha256 = hashlib.sha256(body).hexdigest()
        with tempfile.TemporaryDirectory(prefix="dixa-spec-update-") as scratch:
            download = Path(scratch) / f"{api_version}.yaml"
            download.write_bytes(body)
            if pinned is None:
                normalize(load_document(download), log=io.StringIO())  # refuses an invalid document
                print(f"spec-update: no pinned {api_version} document cached to compare with; pinning the download")
                reviewed[sha256] = f"First pin of the {api_version} document."
                return
            result = review_change(str(pinned), str(download), usage)  # refuses an invalid document

        def shown(text: str) -> str:
            return text.replace(str(download), url or lock.url).replace(str(pinned), f"openapi/{pinned.name}")

        print(shown(result.text), end="")
        if usage is not None:  # what the update breaks in the user's code, before it is pinned
            print(shown(result.usage), end="")
        reviewed[sha256] = shown(result.text)

    fetch(api_version, url, accept=True, review=review)
    target = changelog_path or CHANGELOG
    for sha256, text in reviewed.items():
        if sha256 == lock.sha256:
            print(f"spec-update: the download is the pinned document; {target.name} unchanged")
        else:
            add_entry(target, entry(api_version, sha256, text))
            print(f"spec-update: added the changes to {target.name}")
    print(f"spec-update: now run 'make generate API_VERSION={api_version}'; commit the lock, {target.name}, generated/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api-version", default="beta")
    parser.add_argument("--url", default=os.environ.get("DIXA_OPENAPI_URL") or None)
    parser.add_argument("--usage", type=Path, metavar="DIR", help="also list the places of your code it breaks")
    args = parser.parse_args(argv)
    try:
        update(args.api_version, args.url, usage=args.usage)
    except (DocumentError, FetchError) as error:
        print(f"spec-update: error: {error}", file=sys.stderr)
        print(
            f"spec-update: openapi/{args.api_version}.lock.json and its cached document are unchanged", file=sys.stderr
        )
        return 2 if isinstance(error, DocumentError) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
