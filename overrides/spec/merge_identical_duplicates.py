"""Schemas that share a title and a wire shape are one model: keep one, point every ref at it."""

from __future__ import annotations

from collections import defaultdict

from ._document import Document, Rule, rewrite_refs, schemas, shape, title_of

ALIASES_KEY = "x-dixa-aliases"


def _canonical(title: str, keys: list[str]) -> str:
    # The key spelled like the title wins; otherwise the shortest, then alphabetical: no dependence on key order.
    return min(keys, key=lambda k: (k != title, len(k), k))


def apply(doc: Document) -> int:
    merged = 0
    # Merging one pair can make its parents identical (Closed = Closed1 makes Status = Status1): repeat.
    while True:
        by_title_and_shape: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key, schema in schemas(doc).items():
            by_title_and_shape[(title_of(key, schema), shape(schema))].append(key)
        renamed: dict[str, str] = {}
        for (title, _), keys in sorted(by_title_and_shape.items()):
            if len(keys) > 1:
                keep = _canonical(title, keys)
                renamed.update({k: keep for k in keys if k != keep})
        if not renamed:
            return merged
        table = schemas(doc)
        for gone, keep in sorted(renamed.items()):
            aliases = table[keep].setdefault(ALIASES_KEY, [])
            aliases.extend([gone, *table[gone].get(ALIASES_KEY, [])])
            aliases.sort()
            del table[gone]
        rewrite_refs(doc, renamed)
        merged += len(renamed)


RULE = Rule(
    name="merge_identical_duplicates",
    reason="Same title and same wire shape under two keys: the generator would drop one; keep one model.",
    apply=apply,
)
