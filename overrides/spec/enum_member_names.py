"""String enum members are named by the words of their wire value: `WidgetChat` -> `WIDGET_CHAT`.

The generator only upper-cases a value (`WIDGETCHAT`); it takes member names from
`x-enum-varnames` when a schema has them. Names are UPPER_SNAKE words split at case changes,
letters and digits kept, anything else a separator; names that would collide (with each other
or with the open enum's `UNKNOWN` pseudo-member) get `_2`, `_3`... in document order, after the
value already spelled like its name. Wire values are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ._document import PROSE_KEYS, Document, Node, Rule

VARNAMES_KEY = "x-enum-varnames"
# Names the enum template gives itself (the pseudo-member of a value this client does not know).
RESERVED = frozenset({"UNKNOWN"})

# An acronym run (not followed by lower case), a capitalised or lower-case word, or digits;
# digits stay with the word before them (`V2`, `Http2`), a leading number with its suffix (`2xx`).
_WORD = re.compile(r"[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z]+[0-9]*|[0-9]+[a-z]*")


def member_name(value: str) -> str:
    """The UPPER_SNAKE name of a wire value; `VALUE_...` when it has no leading letter."""
    name = "_".join(word.upper() for word in _WORD.findall(value))
    return name if name[:1].isalpha() else f"VALUE_{name}".rstrip("_")


def member_names(values: list[str]) -> list[str]:
    """One distinct name per value, in the order of `values`."""
    wanted = [member_name(value) for value in values]
    taken = set(RESERVED)
    names: list[str | None] = [None] * len(values)
    # A value spelled exactly like its name (`SOME_VALUE`) keeps it; then first come, first served.
    order = sorted(range(len(values)), key=lambda i: (values[i] != wanted[i], i))
    for index in order:
        name, n = wanted[index], 2
        while name in taken:
            name, n = f"{wanted[index]}_{n}", n + 1
        taken.add(name)
        names[index] = name
    return [name for name in names if name is not None]


def _schema_dicts(node: Any) -> Iterator[Node]:
    """Every mapping outside examples and descriptions (an example may hold a key named `enum`)."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in PROSE_KEYS:
                yield from _schema_dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_dicts(value)


def apply(doc: Document) -> int:
    changed = 0
    for node in _schema_dicts(doc):
        enum = node.get("enum")
        if not isinstance(enum, list) or VARNAMES_KEY in node:
            continue
        values = [value for value in enum if value is not None]  # the generator drops null the same way
        if not values or not all(isinstance(value, str) for value in values):
            continue
        node[VARNAMES_KEY] = member_names(values)
        changed += 1
    return changed


RULE = Rule(
    name="enum_member_names",
    reason="The generator upper-cases enum values whole (WIDGETCHAT); Python names split words (WIDGET_CHAT).",
    apply=apply,
)
