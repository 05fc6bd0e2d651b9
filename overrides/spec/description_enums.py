"""Enums written in descriptions (`values: [A, B, C]`) become shared, open string enum schemas.

Each distinct value list becomes one component schema named after the property that carries
it (`channel` -> `Channel`); when two different lists want one name (or a schema has it), a list
is prefixed with its owners' common stem (`ConversationChannel` for the channel of `ChatConversation`,
`EmailConversation`, ...), or with its first owner's title when they share none. The enum is open:
values Dixa adds later still parse.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ._document import Document, Node, Rule, ref_to, schemas, title_of
from ._stems import common_stem, name_key, run_frequency
from .empty_unions_to_enums import OPEN_ENUM_KEY

VALUES = re.compile(r"values:\s*\[([^\]]*)\]", re.IGNORECASE)
FROM_DESCRIPTION_KEY = "x-dixa-enum-from-description"


@dataclass
class _EnumSet:
    values: tuple[str, ...]
    sites: list[tuple[Node, str, str]] = field(default_factory=list)  # (node, property name, owner title)


def described_values(node: Node) -> tuple[str, ...] | None:
    description = node.get("description")
    match = VALUES.search(description) if isinstance(description, str) else None
    if match is None:
        return None
    values = tuple(dict.fromkeys(v.strip() for v in match.group(1).split(",") if v.strip()))
    return values or None


def _string_slot(node: Node) -> Node | None:
    """The string schema an enum list describes: the node itself, or an array's items."""
    if node.get("type") == "string" and "enum" not in node:
        return node
    items = node.get("items")
    if node.get("type") == "array" and isinstance(items, dict) and items.get("type") == "string":
        return items if "enum" not in items else None
    return None


def _collect(doc: Document) -> dict[tuple[str, ...], _EnumSet]:
    sets: dict[tuple[str, ...], _EnumSet] = {}

    def visit(node: Node, name: str, owner: str) -> None:
        values = described_values(node)
        slot = _string_slot(node) if values else None
        if values and slot is not None:
            sets.setdefault(values, _EnumSet(values)).sites.append((slot, name, owner))

    for key, schema in sorted(schemas(doc).items()):
        owner = title_of(key, schema)
        for prop_name, prop in sorted((schema.get("properties") or {}).items()):
            if not isinstance(prop, dict):
                continue
            # The list may describe the property, its items, or a member of a widened union.
            for candidate in [prop, prop.get("items"), *(prop.get("oneOf") or [])]:
                if isinstance(candidate, dict):
                    visit(candidate, prop_name, owner)
    for path, item in sorted(doc.get("paths", {}).items()):
        for _, operation in sorted(item.items()):
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                values = described_values(parameter) if isinstance(parameter, dict) else None
                slot = _string_slot(parameter.get("schema") or {}) if values else None
                if values and slot is not None:
                    site = (slot, parameter["name"], operation.get("operationId", path))
                    sets.setdefault(values, _EnumSet(values)).sites.append(site)
    return sets


def _pascal(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name))
    return "".join(w[:1].upper() + w[1:] for w in words) or "Value"


def _prefix(enum_set: _EnumSet, name: str, frequency: Counter[str]) -> str:
    owners = [_pascal(owner) for _, _, owner in enum_set.sites]
    return common_stem(owners, name, frequency) or min(owners)


def _names(
    sets: dict[tuple[str, ...], _EnumSet], taken: set[str], frequency: Counter[str]
) -> dict[tuple[str, ...], str]:
    wanted = {}
    for values, enum_set in sets.items():
        counts = Counter(_pascal(name) for _, name, _ in enum_set.sites)
        wanted[values] = min(counts, key=lambda n: (-counts[n], n))
    # A contested name goes to the list used in strictly the most places; the others get a prefix.
    rivals: dict[str, list[int]] = defaultdict(list)
    for values, name in wanted.items():
        rivals[name_key(name)].append(len(sets[values].sites))
    names = {}
    for values in sorted(sets, key=lambda v: (wanted[v], -len(sets[v].sites), v)):
        name = wanted[values]
        sites, competing = len(sets[values].sites), sorted(rivals[name_key(name)], reverse=True)
        wins = sites == competing[0] and (len(competing) == 1 or competing[1] < sites)
        if not wins or name_key(name) in taken:
            name = _prefix(sets[values], name, frequency) + name
        base, n = name, 2
        while name_key(name) in taken:
            name, n = f"{base}{n}", n + 1
        taken.add(name_key(name))
        names[values] = name
    return names


def apply(doc: Document) -> int:
    table = schemas(doc)
    sets = _collect(doc)
    taken = {name_key(title_of(k, s)) for k, s in table.items()} | {name_key(k) for k in table}
    names = _names(sets, taken, run_frequency(title_of(k, s) for k, s in table.items()))
    changed = 0
    for values, name in sorted(names.items(), key=lambda item: item[1]):
        table[name] = {"title": name, "type": "string", "enum": list(values), OPEN_ENUM_KEY: True,
                       FROM_DESCRIPTION_KEY: True}  # fmt: skip
        for slot, _, _ in sets[values].sites:
            slot.clear()
            slot["$ref"] = ref_to(name)
            changed += 1
    return changed


RULE = Rule(
    name="description_enums",
    reason="Enums hide in descriptions as `values: [A, B]`: give them types, kept open for values added later.",
    apply=apply,
)
