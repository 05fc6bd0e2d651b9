"""The stem several owners share: `ChatConversation`, `EmailConversation` -> `Conversation`.

A schema used by several owners is named by what it is: their common stem and its own name
(`ConversationChannel`), rather than after whichever owner sorts first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def name_key(title: str) -> str:
    """Titles that become the same Python class name (case and punctuation ignored) collide."""
    return re.sub(r"[^0-9a-z]", "", title.lower())


def words(name: str) -> list[str]:
    """The words of a PascalCase, camelCase or snake_case name, capitalised."""
    return [word[:1].upper() + word[1:] for word in _WORD.findall(name)]


def _runs(name: str) -> set[str]:
    parts = words(name)
    return {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}


def run_frequency(names: Iterable[str]) -> Counter[str]:
    """How many of `names` hold each run of words: how common a concept is in a document."""
    counts: Counter[str] = Counter()
    for name in set(names):
        counts.update(_runs(name))
    return counts


def common_stem(owners: Iterable[str], own_name: str, frequency: Counter[str] | None = None) -> str | None:
    """The run of words the most owners share (at least two), else None.

    Runs made only of `own_name`'s words, or holding a number (an invented suffix), are skipped. Ties go to the
    longer run, then to the run more common in the document (`frequency`), then alphabetically.
    """
    own = {word.lower() for word in words(own_name)}
    shared: Counter[str] = Counter()
    for owner in set(owners):
        shared.update(_runs(owner))
    candidates = [
        run
        for run, count in shared.items()
        if count >= 2 and not any(w.isdigit() for w in words(run)) and not {w.lower() for w in words(run)} <= own
    ]
    if not candidates:
        return None
    frequency = frequency or Counter()
    return min(candidates, key=lambda run: (-shared[run], -len(words(run)), -frequency[run], run))
