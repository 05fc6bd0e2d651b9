"""`make changelog-webhooks`: what changed in the webhook document, with `make changelog`'s comparison.

The comparison (scripts/changelog.py) reads operations, so each webhook becomes one: `POST
/webhooks/<subscription name>` whose 200 response is the delivery body. Deliveries are received,
like responses: a field Dixa may stop sending is breaking, a new field or enum value is not.

Usage: python -m scripts.webhook_changelog [--old OLD] [--new NEW] [--if-changed]
  OLD defaults to openapi/webhooks.yaml as committed at HEAD, NEW to the file in the working tree;
  --if-changed (what `make changelog` runs after the REST comparison) prints nothing when those two
  defaults are the same bytes, or when there is no git history to compare with.
Exit status: that of scripts.changelog (0 nothing breaking, 1 something breaking, 2 bad input).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from overrides.spec._document import Document
from scripts.normalize import DocumentError, load_document
from scripts.webhook_models import DOCUMENT, ROOT


def as_operations(doc: Document) -> Document:
    """The webhook document as the REST comparison reads one: each delivery a 200 response."""
    paths: dict[str, Any] = {}
    for name, item in (doc.get("webhooks") or {}).items():
        post = item.get("post") or {}
        content = (post.get("requestBody") or {}).get("content") or {}
        paths[f"/webhooks/{name}"] = {
            "post": {
                "operationId": post.get("operationId", name),
                "summary": post.get("summary", name),
                "responses": {"200": {"description": "the delivery, as received", "content": content}},
            }
        }
    return {
        "openapi": doc.get("openapi", "3.1.0"),
        "info": doc.get("info", {"title": "webhooks", "version": "0"}),
        "paths": paths,
        "components": {"schemas": (doc.get("components") or {}).get("schemas", {})},
    }


def committed_document(revision: str = "HEAD") -> bytes:
    relative = DOCUMENT.relative_to(ROOT).as_posix()
    result = subprocess.run(["git", "show", f"{revision}:{relative}"], cwd=ROOT, capture_output=True)
    if result.returncode != 0:
        raise DocumentError(f"cannot read {relative} at {revision}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def changed_since_commit() -> bool:
    """Whether the working copy of the webhook document differs from HEAD's (False without history)."""
    try:
        return committed_document() != DOCUMENT.read_bytes()
    except (DocumentError, OSError):
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", help="the webhook document before (default: as committed at HEAD)")
    parser.add_argument("--new", help=f"the webhook document after (default: {DOCUMENT.relative_to(ROOT)})")
    parser.add_argument("--if-changed", action="store_true", help="say nothing when the document is as committed")
    args = parser.parse_args(argv)
    if args.if_changed and not args.old and not args.new and not changed_since_commit():
        return 0
    with tempfile.TemporaryDirectory(prefix="dixa-webhooks-changelog-") as scratch:
        converted = []
        try:
            for label, given in (("old", args.old), ("new", args.new)):
                source = Path(scratch) / f"{label}.yaml"
                if given:
                    source = Path(given)
                elif label == "old":
                    source.write_bytes(committed_document())
                else:
                    source = DOCUMENT
                target = Path(scratch) / f"{label}.json"
                target.write_text(json.dumps(as_operations(load_document(source))), encoding="utf-8")
                converted.append(str(target))
        except (DocumentError, OSError) as error:
            print(f"changelog-webhooks: error: {error}", file=sys.stderr)
            return 2
        return subprocess.run([sys.executable, "-m", "scripts.changelog", *converted], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
