"""`make changelog`: what changed between two Dixa documents, for users of the generated client.

Both documents are normalized first (validated, external refs refused, titles made unique), then
compared by public identity: operations by (method, path), parameters by (in, name), and every
property, list item, map value and union variant by where it sits under an operation's parameters,
request body or JSON responses, following `$ref`s. So a schema renamed upstream with the same
shape and the same class name is no change, while a rename that changes a class name is reported
as a breaking rename of a public model.

The steps, one module each: scripts/changelog_surface.py (walk one operation's schemas),
scripts/changelog_classify.py (compare one operation), scripts/changelog_operations.py (pair
operations, document-level changes), scripts/changelog_report.py (Markdown);
scripts/changelog_facade.py names what user code can name (facade methods, model attributes).

With `--usage DIR`, the user's Python code under DIR is read statically (scripts/usage.py: nothing
is imported or run) and each breaking change lists the `file:line` places it touches
(scripts/changelog_usage.py).

Usage: python -m scripts.changelog OLD NEW [--usage DIR [--package NAME]]
       (OLD and NEW: each a path or an http(s)/file URL; re-pinning: scripts/spec_update.py)
Exit status: 0 nothing breaking (with --usage: no place of DIR touched), 1 something breaking
(with --usage: a place touched), 2 bad input.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from overrides.spec._document import Document
from scripts.changelog_classify import Change
from scripts.changelog_operations import compare
from scripts.changelog_report import describe, render
from scripts.changelog_usage import usage_report
from scripts.fetch_spec import FetchError, download
from scripts.normalize import DocumentError, load_document, normalize

DEFAULT_PACKAGES = frozenset({"dixa_client"})
__all__ = ["Change", "Review", "changelog", "compare", "describe", "load", "main", "parse", "render", "review"]


def load(source: str) -> tuple[Document, str]:
    """The normalized document at a path or URL, and the sha256 of its bytes."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        raw = download(source)
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as error:
            raise DocumentError(f"cannot read {source}: {error.strerror}") from None
    return parse(raw), hashlib.sha256(raw).hexdigest()


def parse(raw: bytes) -> Document:
    with tempfile.TemporaryDirectory(prefix="dixa-changelog-") as scratch:
        path = Path(scratch) / "document.yaml"
        path.write_bytes(raw)
        return normalize(load_document(path), log=io.StringIO())


@dataclass
class Review:
    """A changelog, and with a usage directory, the section on the places of that code it touches."""

    text: str
    breaking: bool
    usage: str = ""
    touched: bool = False


def review(
    old_source: str, new_source: str, usage: Path | None = None, packages: frozenset[str] = DEFAULT_PACKAGES
) -> Review:
    (old_doc, old_sha), (new_doc, new_sha) = load(old_source), load(new_source)
    changes = compare(old_doc, new_doc)
    text = render(changes, describe(old_source, old_sha), describe(new_source, new_sha))
    result = Review(text, any(c.breaking for c in changes))
    if usage is not None:
        result.usage, result.touched = usage_report(old_doc, changes, usage, packages)
    return result


def changelog(old_source: str, new_source: str) -> tuple[str, bool]:
    """The Markdown changelog, and whether anything in it is breaking."""
    result = review(old_source, new_source)
    return result.text, result.breaking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", help="the document before (path or URL)")
    parser.add_argument("new", help="the document after (path or URL)")
    parser.add_argument("--usage", type=Path, metavar="DIR", help="list the places of your code each change touches")
    parser.add_argument(
        "--package", action="append", default=[], metavar="NAME",
        help="an import name your code uses for the client, besides dixa_client (vendored copies are found)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        result = review(args.old, args.new, args.usage, DEFAULT_PACKAGES | frozenset(args.package))
    except (DocumentError, FetchError) as error:
        print(f"changelog: error: {error}", file=sys.stderr)
        return 2
    print(result.text + result.usage, end="")
    failed = result.touched if args.usage is not None else result.breaking
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
