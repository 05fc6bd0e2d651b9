"""A `oneOf` of empty objects is a bare string on the wire (the variant's title): an open string enum."""

from __future__ import annotations

from ._document import Document, Node, Rule, ref_key, schemas, title_of

OPEN_ENUM_KEY = "x-dixa-open-enum"


def _empty_object(node: Node) -> bool:
    return node.get("type", "object") == "object" and not node.get("properties") and "oneOf" not in node


def _variant_titles(union: Node, table: dict[str, Node]) -> list[str] | None:
    titles = []
    for member in union["oneOf"]:
        key = ref_key(member.get("$ref", "")) if isinstance(member, dict) else None
        target = table.get(key) if key else member
        if not isinstance(target, dict) or not _empty_object(target):
            return None
        titles.append(title_of(key or "", target))
    return titles if all(titles) else None


def apply(doc: Document) -> int:
    table = schemas(doc)
    changed = 0
    for node in [*table.values()]:
        if not isinstance(node.get("oneOf"), list) or not node["oneOf"]:
            continue
        titles = _variant_titles(node, table)
        if titles is None:
            continue
        del node["oneOf"]
        node.update({"type": "string", "enum": list(dict.fromkeys(titles)), OPEN_ENUM_KEY: True})
        changed += 1
    return changed


RULE = Rule(
    name="empty_unions_to_enums",
    reason="Unions of empty objects arrive as bare strings naming the variant: model them as open enums.",
    apply=apply,
)
