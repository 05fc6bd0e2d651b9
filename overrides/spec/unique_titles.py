"""Give every schema a class name of its own: colliding titles get their parent's name as prefix."""

from __future__ import annotations

import re
from collections import defaultdict

from ._document import Document, Rule, referenced_keys, schemas, title_of


def name_key(title: str) -> str:
    """Titles that become the same Python class name (case and punctuation ignored) collide."""
    return re.sub(r"[^0-9a-z]", "", title.lower())


def _referrers(doc: Document) -> dict[str, set[str]]:
    """Component key -> the component schemas (or "#paths") that refer to it."""
    result: dict[str, set[str]] = defaultdict(set)
    for key, schema in schemas(doc).items():
        for target in referenced_keys(schema):
            result[target].add(key)
    for target in referenced_keys(doc.get("paths", {})):
        result[target].add("#paths")
    return result


def apply(doc: Document) -> int:
    table = schemas(doc)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(table):
        groups[name_key(title_of(key, table[key]))].append(key)
    colliding = {key for keys in groups.values() if len(keys) > 1 for key in keys}
    if not colliding:
        return 0
    referrers = _referrers(doc)
    taken = {name_key(title_of(k, table[k])) for k in table if k not in colliding}
    final: dict[str, str] = {}

    def final_title(key: str, visiting: frozenset[str] = frozenset()) -> str:
        if key not in colliding:
            return title_of(key, table[key])
        if key in final:
            return final[key]
        if key in visiting:  # a cycle of colliding parents: the key is unique and stable
            return key
        title = title_of(key, table[key])
        parents = referrers.get(key, set())
        keeps_title = key == title
        if keeps_title:
            candidates = [title]
        elif len(parents) == 1 and "#paths" not in parents:
            (parent,) = parents
            prefix = final_title(parent, visiting | {key})
            # A parent named after its child (a map or list of it) adds nothing readable.
            contextual = prefix + title[0].upper() + title[1:]
            candidates = [key] if name_key(prefix).endswith(name_key(title)) else [contextual, key]
        else:
            candidates = [key]
        for candidate in candidates:
            if name_key(candidate) not in taken:
                break
        else:
            candidate = next(f"{key}_{n}" for n in range(2, 10_000) if name_key(f"{key}_{n}") not in taken)
        taken.add(name_key(candidate))
        final[key] = candidate
        return candidate

    # Keepers first, so a key spelled like its title always keeps it, whatever the order.
    for key in sorted(colliding, key=lambda k: (k != title_of(k, table[k]), k)):
        final_title(key)
    changed = 0
    for key, new_title in sorted(final.items()):
        if new_title != title_of(key, table[key]):
            table[key]["title"] = new_title
            changed += 1
    return changed


RULE = Rule(
    name="unique_titles",
    reason="The generator names classes by title and drops all but one schema per title.",
    apply=apply,
)
