"""An untitled object inside a property's union is named by its owner, property and kind.

The generator would name it by position (`PresetValueType1`); `Preset.value` that may be a
string or an object gets `PresetValueObject`. Names already taken get a number.
"""

from __future__ import annotations

from ._document import Document, Node, Rule, schemas, title_of
from ._stems import name_key, words


def _untitled_objects(union: Node) -> list[Node]:
    members = union.get("oneOf")
    if not isinstance(members, list):
        return []
    return [
        member
        for member in members
        if isinstance(member, dict) and "$ref" not in member and "title" not in member
        and (member.get("type") == "object" or "properties" in member)
    ]  # fmt: skip


def apply(doc: Document) -> int:
    table = schemas(doc)
    taken = {name_key(title_of(key, schema)) for key, schema in table.items()} | {name_key(k) for k in table}
    changed = 0
    for key, schema in sorted(table.items()):
        for prop_name, prop in sorted((schema.get("properties") or {}).items()):
            if not isinstance(prop, dict):
                continue
            base = title_of(key, schema) + "".join(words(prop_name)) + "Object"
            for member in _untitled_objects(prop):
                name, n = base, 2
                while name_key(name) in taken:
                    name, n = f"{base}{n}", n + 1
                taken.add(name_key(name))
                member["title"] = name
                changed += 1
    return changed


RULE = Rule(
    name="inline_member_titles",
    reason="The generator names an inline union member by its position (PresetValueType1), not by what it is.",
    apply=apply,
)
