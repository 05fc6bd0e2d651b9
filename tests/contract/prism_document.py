"""The copy of the document Prism validates requests against: the raw document, made exact where
its schemas cannot be satisfied at all, so that every violation Prism reports is the client's.

- A `oneOf` of structurally identical variants (Html = Markdown = Text) matches any payload more
  than once, so no request can pass "exactly one". On the wire the `_type` tag tells them apart;
  each tagged member (tags from overrides/spec/wire_tags.py) is made to require its own tag.
  This also checks that the client sends `_type`.
- A union whose examples show no tags (the analytics filters) is sent untagged: its overlapping members
  are made exclusive by the required keys that tell them apart.
- Where the document's own examples contradict its schemas (Preset.value shown as an object), the
  schema is widened as the client's normalization does (overrides/spec/widen_to_examples.py).
- Prism merges repeated multipart parts into one string, so a multipart array of files can never
  validate; such a field also accepts a single part.
"""

from __future__ import annotations

import copy
from typing import Any

from overrides.spec import widen_to_examples, wire_tags
from overrides.spec._document import Document, iter_dicts, ref_key, schemas


def _require_tags(doc: Document) -> int:
    table = schemas(doc)
    changed = 0
    for union in [node for node in iter_dicts(doc) if isinstance(node.get("oneOf"), list)]:
        for index, member in enumerate(union["oneOf"]):
            key = ref_key(member.get("$ref", "")) if isinstance(member, dict) else None
            tag = table.get(key, {}).get(wire_tags.TAG_KEY) if key else None
            if tag:
                own_tag = {"type": "object", "required": ["_type"], "properties": {"_type": {"enum": [tag]}}}
                union["oneOf"][index] = {"allOf": [member, own_tag]}
                changed += 1
    return changed


def _exclusive_untagged_members(doc: Document) -> int:
    """A union sent untagged (its examples show no tags, see wire_tags) whose members overlap: each member
    is made to refuse the required keys only the others have, as the server tells them apart."""
    table = schemas(doc)
    changed = 0
    for union in [node for node in iter_dicts(doc) if wire_tags.UNTAGGED_KEY in node]:
        members = [m for m in union["oneOf"] if isinstance(m, dict)]
        required = [set(table.get(ref_key(m.get("$ref", "")) or "", m).get("required") or []) for m in members]
        for index, member in enumerate(members):
            others = set().union(*(keys for i, keys in enumerate(required) if i != index)) - required[index]
            if others:
                refusals = [{"not": {"required": [key]}} for key in sorted(others)]
                union["oneOf"][union["oneOf"].index(member)] = {"allOf": [member, *refusals]}
                changed += 1
    return changed


def _multipart_file_arrays(doc: Document) -> int:
    changed = 0
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            content = (operation.get("requestBody") or {}).get("content", {}) if isinstance(operation, dict) else {}
            schema = (content.get("multipart/form-data") or {}).get("schema") or {}
            key = ref_key(schema.get("$ref", ""))
            schema = schemas(doc).get(key, {}) if key else schema
            for name, prop in list((schema.get("properties") or {}).items()):
                if prop.get("type") == "array" and (prop.get("items") or {}).get("format") == "binary":
                    schema["properties"][name] = {"anyOf": [prop, prop["items"]]}
                    changed += 1
    return changed


def prism_document(raw: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(raw)
    wire_tags.apply(doc)  # reads titles, writes x-dixa-tag on each union member
    widen_to_examples.apply(doc)  # where the document's own examples contradict it, they win
    _require_tags(doc)
    _exclusive_untagged_members(doc)
    _multipart_file_arrays(doc)
    return doc
