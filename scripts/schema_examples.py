"""A JSON value for a schema of the (normalized) document, every property set: what verify feeds the
generated readers. Plain values by type and format, the first enum value or union member, one item per
array; a reference cycle or a nesting deeper than MAX_DEPTH ends with the required properties only.
A file (`format: binary`) is FILE_CONTENT where the caller reads multipart bodies, else has no value."""

from __future__ import annotations

from typing import Any

from overrides.spec._document import Node, ref_key

MAX_DEPTH = 6
FORMATS = {
    "uuid": "00000000-0000-4000-8000-000000000001",
    "date-time": "2024-01-02T03:04:05.000Z",
    "date": "2024-01-02",
}
PLAIN: dict[str, Any] = {"string": "v", "integer": 1, "number": 1.5, "boolean": True}
FILE_CONTENT = b"v"


class NoExample(Exception):
    """The schema has a shape this module does not write (a file, a cycle through required properties)."""


def example(
    schema: Node, doc: dict[str, Any], depth: int = 0, seen: frozenset[str] = frozenset(), *, files: bool = False
) -> Any:
    if depth > MAX_DEPTH * 2:
        raise NoExample("nesting too deep")
    ref = schema.get("$ref")
    if isinstance(ref, str):
        key = ref_key(ref)
        target = doc.get("components", {}).get("schemas", {}).get(key) if key else None
        if key is None or not isinstance(target, dict):
            raise NoExample(f"unresolved {ref}")
        if key in seen and depth > MAX_DEPTH:
            raise NoExample(f"cycle through {key}")
        return example(target, doc, depth + 1, seen | {key}, files=files)
    if schema.get("enum"):
        return schema["enum"][0]
    for union in ("oneOf", "anyOf"):
        if schema.get(union):
            return example(schema[union][0], doc, depth + 1, seen, files=files)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, doc, depth + 1, seen, files=files)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if kind == "array":
        return [example(schema.get("items", {}), doc, depth + 1, seen, files=files)]
    if kind == "object" or "properties" in schema:
        return _object(schema, doc, depth, seen, files)
    if kind == "string" and schema.get("format") == "binary":
        if not files:
            raise NoExample("a file")
        return FILE_CONTENT
    if kind == "string":
        return FORMATS.get(schema.get("format", ""), PLAIN["string"])
    if kind in PLAIN:
        return PLAIN[kind]
    return PLAIN["string"]  # a schema without a type takes any JSON value


def _object(schema: Node, doc: dict[str, Any], depth: int, seen: frozenset[str], files: bool) -> dict[str, Any]:
    required = set(schema.get("required", []))
    value = {}
    for name, member in schema.get("properties", {}).items():
        if name not in required and depth > MAX_DEPTH:
            continue
        try:
            value[name] = example(member, doc, depth + 1, seen, files=files)
        except NoExample:
            if name in required:
                raise
    return value
