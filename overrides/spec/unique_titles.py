"""Give every schema a class name of its own, by what it is, when titles collide.

Of the schemas sharing a title, the one endpoints use whole (referred to only from operations,
directly or through `{data, meta}` envelopes) keeps the title; the others are named by their owners:
the owner's title as prefix when there is one (`DurationOperatorBetween`), the owners' common
stem when there are several (`ConversationQueue` for the `queue` of every `...Conversation`).
Without any of these, a key spelled like the title keeps it, and the rest keep their unique keys.
"""

from __future__ import annotations

from collections import defaultdict

from ._document import Document, Node, Rule, referenced_keys, schemas, title_of
from ._stems import common_stem, run_frequency, words
from ._stems import name_key as name_key  # re-exported: other rules and scripts have imported it from here
from .unknown_variant_fallback import FALLBACK_KEY

# The envelope every resource comes in (`{"data": ..., "meta": {...}}`): it wraps, it does not own.
ENVELOPE_KEYS = frozenset({"data", "meta"})


def _referrers(doc: Document) -> dict[str, set[str]]:
    """Component key -> the component schemas (or "#paths") that refer to it."""
    result: dict[str, set[str]] = defaultdict(set)
    for key, schema in schemas(doc).items():
        for target in referenced_keys(schema):
            result[target].add(key)
    for target in referenced_keys(doc.get("paths", {})):
        result[target].add("#paths")
    return result


def is_envelope(schema: Node) -> bool:
    properties = schema.get("properties")
    return isinstance(properties, dict) and "data" in properties and set(properties) <= ENVELOPE_KEYS


def apply(doc: Document) -> int:
    table = schemas(doc)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(table):
        groups[name_key(title_of(key, table[key]))].append(key)
    colliding = {key for keys in groups.values() if len(keys) > 1 for key in keys}
    if not colliding:
        return 0
    referrers = _referrers(doc)
    # Envelopes wrap and fallbacks repeat what their variants share: neither is an owner to be named by.
    not_owners = {k for k, schema in table.items() if is_envelope(schema) or schema.get(FALLBACK_KEY)}
    owners = {key: parents - not_owners - {"#paths"} for key, parents in referrers.items()}
    taken = {name_key(title_of(k, table[k])) for k in table if k not in colliding}
    frequency = run_frequency(title_of(k, s) for k, s in table.items())
    envelope_titles = [title_of(k, table[k]) for k in sorted(not_owners) if is_envelope(table[k])]
    envelope_word = common_stem(envelope_titles, "") or ""  # what all envelopes are called (`...Output`)
    final: dict[str, str] = {}

    def context(parent: str, title: str, visiting: frozenset[str]) -> str:
        """A parent's name as a prefix; an envelope's without its envelope word and the title's words."""
        prefix = final_title(parent, visiting)
        if parent not in not_owners:
            return prefix
        own = {w.lower() for w in words(title)} | {w.lower() + "s" for w in words(title)}
        return "".join(w for w in words(prefix) if w != envelope_word and w.lower() not in own)

    def returned_whole(key: str) -> bool:
        return bool(referrers.get(key)) and not owners.get(key)

    def final_title(key: str, visiting: frozenset[str] = frozenset()) -> str:
        if key not in colliding:
            return title_of(key, table[key])
        if key in final:
            return final[key]
        if key in visiting:  # a cycle of colliding parents: the key is unique and stable
            return key
        title = title_of(key, table[key])
        parents = referrers.get(key, set())
        named_by = owners.get(key, set()) or {p for p in parents if p != "#paths" and not table[p].get(FALLBACK_KEY)}
        candidates = [title] if returned_whole(key) or key == title and not rivals_returned_whole(key) else []
        if len(named_by) == 1:
            (parent,) = named_by
            prefix = context(parent, title, visiting | {key})
            # A parent named after its child (a map or list of it) adds nothing readable.
            if prefix and not name_key(prefix).endswith(name_key(title)):
                candidates.append(prefix + title[0].upper() + title[1:])
        elif len(named_by) > 1:
            stem = common_stem([final_title(p, visiting | {key}) for p in sorted(named_by)], title, frequency)
            candidates += [stem + title[0].upper() + title[1:]] if stem else []
        candidates.append(key)
        for candidate in candidates:
            if name_key(candidate) not in taken:
                break
        else:
            candidate = next(f"{key}_{n}" for n in range(2, 10_000) if name_key(f"{key}_{n}") not in taken)
        taken.add(name_key(candidate))
        final[key] = candidate
        return candidate

    def rivals_returned_whole(key: str) -> bool:
        return any(returned_whole(k) for k in groups[name_key(title_of(key, table[key]))] if k != key)

    # What endpoints use whole first (the most used first), then keys spelled like their
    # title, so the choice never depends on the order of the keys.
    for key in sorted(colliding, key=lambda k: (not returned_whole(k), -len(referrers.get(k, ())),
                                                k != title_of(k, table[k]), k)):  # fmt: skip
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
