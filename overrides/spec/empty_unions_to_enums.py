"""A `oneOf` of empty objects is a bare string on the wire (the variant's title): an open string enum.

The empty variants nothing else refers to then describe nothing that is sent: they are dropped, so
the client exports no empty classes (`Regular1`, `Exception_`) that no value is ever read into.
"""

from __future__ import annotations

from ._document import Document, Node, Rule, ref_key, referenced_keys, schemas, title_of
from .merge_identical_duplicates import ALIASES_KEY

OPEN_ENUM_KEY = "x-dixa-open-enum"
# On the enum: the variants dropped with it (and the duplicates merged into them), so that every schema
# of the document is still accounted for (scripts/verify.py).
DROPPED_VARIANTS_KEY = "x-dixa-dropped-variants"


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
    variants: dict[str, Node] = {}  # variant key -> the first enum made of it
    for node in [*table.values()]:
        if not isinstance(node.get("oneOf"), list) or not node["oneOf"]:
            continue
        titles = _variant_titles(node, table)
        if titles is None:
            continue
        for key in sorted(referenced_keys(node["oneOf"])):
            variants.setdefault(key, node)
        del node["oneOf"]
        node.update({"type": "string", "enum": list(dict.fromkeys(titles)), OPEN_ENUM_KEY: True})
        changed += 1
    for key in sorted(set(variants) - referenced_keys(doc)):
        dropped = table.pop(key)
        variants[key].setdefault(DROPPED_VARIANTS_KEY, []).extend([key, *dropped.get(ALIASES_KEY, [])])
        changed += 1
    return changed


RULE = Rule(
    name="empty_unions_to_enums",
    reason="Unions of empty objects arrive as bare strings naming the variant: open enums, the variants dropped.",
    apply=apply,
)
