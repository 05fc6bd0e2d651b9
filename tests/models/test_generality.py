"""The rules are general: renaming every schema and reordering every union changes no result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from overrides.spec._document import SCHEMA_PREFIX, iter_dicts
from scripts.generate import generate
from tests.conftest import API_VERSION, ROOT


def renamed_and_reordered(document: dict[str, Any]) -> dict[str, Any]:
    """Every component key renamed (titles kept: they are the wire tags), every oneOf reversed."""
    table = document["components"]["schemas"]
    renamed = {key: f"Renamed{len(key):02d}{key[::-1]}" for key in table}
    for key, schema in table.items():
        schema.setdefault("title", key)
    document["components"]["schemas"] = {renamed[k]: v for k, v in reversed(list(table.items()))}
    for node in iter_dicts(document):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            node["$ref"] = SCHEMA_PREFIX + renamed[ref[len(SCHEMA_PREFIX) :]]
        if isinstance(node.get("oneOf"), list):
            node["oneOf"].reverse()
    return document


def fingerprint(package_parent: Path, document: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.models.fingerprint", str(package_parent), str(document)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def test_renamed_schemas_and_reordered_unions_resolve_the_same(pinned_document: Path, tmp_path: Path) -> None:
    document = yaml.safe_load(pinned_document.read_text(encoding="utf-8"))
    variant = tmp_path / "variant.json"
    variant.write_text(json.dumps(renamed_and_reordered(document)), encoding="utf-8")
    generate(variant, API_VERSION, tmp_path / "variant-generated")

    original = fingerprint(ROOT / "generated", pinned_document)
    changed = fingerprint(tmp_path / "variant-generated", variant)
    assert len(original) > 400  # every response example ran
    assert original.keys() == changed.keys()
    differing = [name for name in original if original[name] != changed[name]]
    assert not differing, f"{len(differing)} examples resolve differently, e.g. {differing[:5]}"
