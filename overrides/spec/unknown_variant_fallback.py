"""Every union of objects gets a fallback member, so a `_type` this client does not know yet still
parses (raw data kept) instead of crashing or being filed under another variant."""

from __future__ import annotations

from ._document import Document, Node, Rule, iter_dicts, ref_key, ref_to, schemas

FALLBACK_KEY = "x-dixa-fallback"
FALLBACK_NAME = "UnknownVariant"


def fallback_schema() -> Node:
    return {
        "title": FALLBACK_NAME,
        "type": "object",
        "description": "A union member whose `_type` this client does not know; the raw data, `_type` "
        "included, is in `additional_properties` (also readable as `value['_type']`).",
        "properties": {},
        "additionalProperties": True,
        FALLBACK_KEY: True,
    }


def _is_object_union(union: Node, table: dict[str, Node]) -> bool:
    members = union.get("oneOf")
    if not isinstance(members, list) or not members:
        return False
    for member in members:
        key = ref_key(member.get("$ref", "")) if isinstance(member, dict) else None
        target = table.get(key) if key else member
        if not isinstance(target, dict) or target.get("type", "object") != "object" or "oneOf" in target:
            return False
        if target.get(FALLBACK_KEY):
            return False  # already has one
    return True


def apply(doc: Document) -> int:
    table = schemas(doc)
    unions = [node for node in iter_dicts(doc) if _is_object_union(node, table)]
    if not unions:
        return 0
    key = next(k for k in (FALLBACK_NAME, *(f"{FALLBACK_NAME}{n}" for n in range(2, 100))) if k not in table)
    table[key] = fallback_schema()
    for union in unions:
        union["oneOf"].append({"$ref": ref_to(key)})
    return len(unions)


RULE = Rule(
    name="unknown_variant_fallback",
    reason="Dixa adds union members over time; an unknown `_type` must neither crash nor be mis-filed.",
    apply=apply,
)
