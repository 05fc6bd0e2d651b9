"""Step 2: read the untrusted document, refuse what is unsafe or invalid, apply overrides/spec rules.

Usage: python -m scripts.normalize INPUT.yaml OUTPUT.json   (exit status 2: the document is refused)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from overrides.spec import RULES
from overrides.spec._document import Document
from scripts import untrusted_yaml
from scripts.document_checks import CHECKS
from scripts.untrusted_yaml import UntrustedYAMLError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """The input is not a document we are willing to generate from."""


def load_document(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"cannot read {path}: {error.strerror}") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{path}: {len(raw)} bytes is larger than the {MAX_DOCUMENT_BYTES} we accept")
    try:
        doc = untrusted_yaml.load(raw)
    except UntrustedYAMLError as error:
        raise DocumentError(f"{path}: not YAML or JSON we accept: {error}") from None
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise DocumentError(f"{path}: not an OpenAPI 3.x document (no 'openapi: 3.x' at the top)")
    return doc


def check_document(doc: Document) -> None:
    """Refuse what a document may not do (scripts/document_checks.py), then validate it as OpenAPI."""
    for what, check in CHECKS:
        found = check(doc)
        if found:
            shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
            raise DocumentError(f"refusing {len(found)} {what}: {shown}")
    try:
        validate(doc)
    except OpenAPIValidationError as error:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise DocumentError(f"not a valid OpenAPI document at {where}: {' '.join(error.message.split())}") from None


def normalize(doc: Document, log: Any = sys.stderr) -> Document:
    check_document(doc)
    for rule in RULES:
        changed = rule.apply(doc)
        print(f"normalize: {rule.name:<32} {changed:>4} node(s)  # {rule.reason}", file=log)
    return doc


def write_json(doc: Document, path: Path) -> None:
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    try:
        doc = normalize(load_document(args.input))
    except DocumentError as error:
        print(f"normalize: error: {error}", file=sys.stderr)
        return 2
    write_json(doc, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
