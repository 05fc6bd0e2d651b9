"""Record each union variant's `_type` tag: its title, without the generic suffix (`Foo_Bar_Baz` -> `Foo`)."""

from __future__ import annotations

from ._document import Document, Node, Rule, iter_dicts, ref_key, schemas, title_of

TAG_KEY = "x-dixa-tag"


def wire_tag(title: str) -> str:
    """Generic instances are titled `Name_Arg1_Arg2`; Dixa's tag is the generic's own name."""
    return title.split("_", 1)[0] or title


def apply(doc: Document) -> int:
    table = schemas(doc)
    changed = 0
    for union in iter_dicts(doc):
        for member in union.get("oneOf", []) if isinstance(union.get("oneOf"), list) else []:
            if not isinstance(member, dict):
                continue
            key = ref_key(member.get("$ref", ""))
            variant: Node | None = table.get(key) if key else member
            if variant is None or TAG_KEY in variant:
                continue
            if variant.get("type", "object") != "object" or "oneOf" in variant:
                continue
            title = title_of(key or "", variant)
            if title:
                variant[TAG_KEY] = wire_tag(title)
                changed += 1
    return changed


RULE = Rule(
    name="wire_tags",
    reason="The wire tags union members with `_type` = the variant's title; the document declares no discriminator.",
    apply=apply,
)
