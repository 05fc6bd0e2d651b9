"""Small helpers every rule shares: walking a parsed OpenAPI document and its `$ref`s."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]
Node = dict[str, Any]

SCHEMA_PREFIX = "#/components/schemas/"

# Keys that say something about a schema to a reader but nothing about the wire shape.
PROSE_KEYS = frozenset({"description", "example", "examples", "summary"})


@dataclass(frozen=True)
class Rule:
    """A named, documented fix over the document's shapes; `apply` returns how many nodes changed."""

    name: str
    reason: str
    apply: Callable[[Document], int]


def schemas(doc: Document) -> dict[str, Node]:
    result: dict[str, Node] = doc.setdefault("components", {}).setdefault("schemas", {})
    return result


def ref_to(key: str) -> str:
    return SCHEMA_PREFIX + key


def ref_key(ref: str) -> str | None:
    """The component key a `#/components/schemas/...` ref points at, else None."""
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def iter_dicts(node: Any) -> Iterator[Node]:
    """Every mapping in the tree, parents before children."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def referenced_keys(node: Any) -> set[str]:
    """Component schema keys that `node` refers to directly or through nested inline schemas."""
    keys = set()
    for child in iter_dicts(node):
        ref = child.get("$ref")
        if isinstance(ref, str) and (key := ref_key(ref)) is not None:
            keys.add(key)
    return keys


def rewrite_refs(doc: Document, renamed: dict[str, str]) -> int:
    """Point every ref to a key in `renamed` at its new key; returns how many refs changed."""
    changed = 0
    for node in iter_dicts(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and (key := ref_key(ref)) in renamed:
            node["$ref"] = ref_to(renamed[key])
            changed += 1
    return changed


def shape(node: Any) -> str:
    """A canonical string of a schema's wire shape: prose dropped, keys sorted."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in PROSE_KEYS}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(node), sort_keys=True)


def title_of(key: str, schema: Node) -> str:
    title = schema.get("title")
    return title if isinstance(title, str) and title else key
