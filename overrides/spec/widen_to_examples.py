"""Where the document's own examples hold a JSON type its schema does not allow, the schema widens.

Examples are the best evidence of the wire format there is: a `string` field shown as an integer,
or a union of `{value: ...}` wrappers shown as bare values, is widened to a `oneOf` that also
accepts what the example shows (typed from the example), instead of failing on real data.
"""

from __future__ import annotations

import copy
from typing import Any

from ._document import Document, Node, Rule, ref_key, schemas
from .wire_tags import TAG_KEY

WIDENED_KEY = "x-dixa-widened-by-example"
JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def json_type(value: Any) -> str | None:
    return None if value is None else JSON_TYPES.get(type(value))


def schema_for(value: Any) -> Node:
    """The narrowest plain schema that accepts `value` (arrays typed by their items when uniform)."""
    kind = json_type(value)
    if kind == "array":
        item_schemas = {repr(schema_for(item)): schema_for(item) for item in value}
        return {"type": "array", "items": next(iter(item_schemas.values())) if len(item_schemas) == 1 else {}}
    if kind == "object":  # typed from the example's own keys, open to more
        properties = {key: schema_for(item) for key, item in value.items() if json_type(item)}
        return {"type": "object", "properties": properties, "additionalProperties": True}
    return {"type": kind} if kind else {}


def _accepts(schema: Node, kind: str) -> bool:
    declared = schema.get("type")
    if declared is None:
        return "properties" in schema and kind == "object" or "properties" not in schema and "items" not in schema
    return declared == kind or (declared == "number" and kind == "integer")


class _Walker:
    def __init__(self, doc: Document) -> None:
        self.table = schemas(doc)
        self.mismatches: dict[int, tuple[Node, list[Any]]] = {}

    def resolve(self, node: Node) -> Node:
        seen = 0
        while "$ref" in node and seen < 50:
            key = ref_key(node["$ref"])
            node, seen = (self.table.get(key, {}) if key else {}), seen + 1
        return node

    def record(self, node: Node, value: Any) -> None:
        self.mismatches.setdefault(id(node), (node, []))[1].append(value)

    def visit(self, node: Node, value: Any, depth: int = 0) -> None:
        node = self.resolve(node)
        kind = json_type(value)
        if kind is None or depth > 60 or not node:
            return
        if isinstance(node.get("oneOf"), list):
            self._visit_union(node, value, kind, depth)
        elif not _accepts(node, kind):
            self.record(node, value)
        elif kind == "object":
            properties = node.get("properties") or {}
            extra = node.get("additionalProperties")
            for key, item in value.items():
                if key in properties:
                    self.visit(properties[key], item, depth + 1)
                elif isinstance(extra, dict):
                    self.visit(extra, item, depth + 1)
        elif kind == "array" and isinstance(node.get("items"), dict):
            for item in value:
                self.visit(node["items"], item, depth + 1)

    def _visit_union(self, node: Node, value: Any, kind: str, depth: int) -> None:
        members = [self.resolve(m) for m in node["oneOf"] if isinstance(m, dict)]
        fitting = [m for m in members if _accepts(m, kind) and "oneOf" not in m] + [m for m in members if "oneOf" in m]
        if not fitting:
            self.record(node, value)
            return
        if kind == "object":
            tag = value.get("_type")
            tagged = [m for m in fitting if tag is not None and m.get(TAG_KEY) == tag]  # untagged members never match
            fitting = tagged or sorted(fitting, key=lambda m: _fit(m, value))
        self.visit(fitting[0], value, depth + 1)


def _fit(member: Node, value: dict[str, Any]) -> tuple[bool, int, int]:
    """Smaller is better: all required keys present, then most required, then most known keys."""
    required = set(member.get("required") or [])
    known = set(member.get("properties") or {})
    return (not required <= value.keys(), -len(required), -len(known & value.keys()))


def _examples(media: Node) -> list[Any]:
    found = [media["example"]] if "example" in media else []
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    return found


def _media_with_schemas(doc: Document) -> list[Node]:
    found = []
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [operation.get("requestBody") or {}, *(operation.get("responses") or {}).values()]
            for body in bodies:
                for media in ((body or {}).get("content") or {}).values():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        found.append(media)
    return found


def _widen(node: Node, values: list[Any]) -> None:
    additions = {repr(s): s for s in (schema_for(v) for v in values)}
    if isinstance(node.get("oneOf"), list):
        node["oneOf"].extend(additions.values())
    else:
        original = {k: v for k, v in node.items() if k != "title"}  # the description travels too
        for key in [k for k in original if k != "description"]:
            del node[key]
        node["oneOf"] = [copy.deepcopy(original), *additions.values()]
    node[WIDENED_KEY] = sorted({json_type(v) or "null" for v in values})


def apply(doc: Document) -> int:
    walker = _Walker(doc)
    for media in _media_with_schemas(doc):
        for example in _examples(media):
            walker.visit(media["schema"], example)
    for node, values in walker.mismatches.values():
        _widen(node, values)
    return len(walker.mismatches)


RULE = Rule(
    name="widen_to_examples",
    reason="Examples show JSON types their schemas forbid; the examples are what the server sends.",
    apply=apply,
)
