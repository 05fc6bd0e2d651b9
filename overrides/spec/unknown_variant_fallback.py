"""Every union of objects gets a fallback member, so a `_type` this client does not know yet still
parses (raw data kept) instead of crashing or being filed under another variant.

The fallback of a union whose variants share properties (same name, same wire shape) declares
them too, required where every variant requires them: an unknown conversation still has its
`created_at`, so `conversation.created_at` type-checks over the whole union. Unions that share
nothing share one plain fallback, `UnknownVariant`.
"""

from __future__ import annotations

import copy

from ._document import Document, Node, Rule, iter_dicts, ref_key, ref_to, schemas, shape, title_of
from ._stems import name_key

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


def shared_properties(variants: list[Node]) -> dict[str, Node]:
    """The properties every variant declares under the same name with the same wire shape."""
    shared = dict((variants[0].get("properties") or {}).items())
    for variant in variants[1:]:
        properties = variant.get("properties") or {}
        shared = {name: s for name, s in shared.items() if name in properties and shape(properties[name]) == shape(s)}
    return shared


def shared_fallback_schema(title: str, union_title: str, variants: list[Node]) -> Node:
    """The fallback declaring what all `variants` share, required where all of them require it."""
    shared = shared_properties(variants)
    required = set.intersection(*(set(v.get("required") or []) for v in variants)) & set(shared)
    return {
        "title": title,
        "type": "object",
        "description": f"A {union_title} whose `_type` this client does not know: what every {union_title} has "
        "is parsed; the rest of the raw data, `_type` included, is in `additional_properties` (also "
        "readable as `value['_type']`).",
        "properties": copy.deepcopy(shared),
        **({"required": sorted(required)} if required else {}),
        "additionalProperties": True,
        FALLBACK_KEY: True,
    }


def _object_variants(union: Node, table: dict[str, Node]) -> list[Node] | None:
    """The union's object members, or None when it is not a union of objects (or has a fallback)."""
    members = union.get("oneOf")
    if not isinstance(members, list) or not members:
        return None
    variants = []
    for member in members:
        key = ref_key(member.get("$ref", "")) if isinstance(member, dict) else None
        target = table.get(key) if key else member
        if not isinstance(target, dict) or target.get("type", "object") != "object" or "oneOf" in target:
            return None
        if target.get(FALLBACK_KEY):
            return None  # already has one
        variants.append(target)
    return variants


def _free_key(table: dict[str, Node], name: str) -> str:
    taken = {name_key(k) for k in table} | {name_key(title_of(k, s)) for k, s in table.items()}
    return next(k for k in (name, *(f"{name}{n}" for n in range(2, 100))) if name_key(k) not in taken)


def apply(doc: Document) -> int:
    table = schemas(doc)
    union_keys = {id(node): key for key, node in table.items()}
    unions = [(node, variants) for node in iter_dicts(doc) if (variants := _object_variants(node, table)) is not None]
    shared_key: str | None = None
    own: list[tuple[str, str, list[Node]]] = []  # (fallback key, union title, variants)
    for union, variants in unions:
        union_key = union_keys.get(id(union))
        if union_key is not None and shared_properties(variants):
            key = _free_key(table, f"Unknown{title_of(union_key, union)}")
            table[key] = {"title": key}  # reserved; written below
            own.append((key, title_of(union_key, union), variants))
        else:
            if shared_key is None:
                shared_key = _free_key(table, FALLBACK_NAME)
                table[shared_key] = fallback_schema()
            key = shared_key
        union["oneOf"].append({"$ref": ref_to(key)})
    # Copied once every union has its fallback, so a union among the shared properties has one too.
    for key, union_title, variants in own:
        table[key] = shared_fallback_schema(key, union_title, variants)
    return len(unions)


RULE = Rule(
    name="unknown_variant_fallback",
    reason="Dixa adds union members over time; an unknown `_type` must neither crash nor be mis-filed.",
    apply=apply,
)
