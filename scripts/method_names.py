"""Readable, stable method names for the facade (`client.agents.get`), derived from each operation.

The rule, per tag: the operation's summary in snake_case, without filler words and without the
tag's singular noun after the first word (`Get agent` -> `get`, `List agents` -> `list_agents`, `Patch end user custom
attributes` on End Users -> `patch_custom_attributes`). Names that would collide within a tag fall
back to the operationId in snake_case. `overrides/method_names.yaml` fixes the few the rule gets wrong.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

OVERRIDES = Path(__file__).resolve().parent.parent / "overrides" / "method_names.yaml"
FILLER = frozenset({"a", "an", "the", "of", "for", "its"})


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    summary: str
    method: str
    path: str


def words(text: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", spaced)]


def snake(text: str) -> str:
    name = "_".join(words(text)) or "call"
    name = f"op_{name}" if name[0].isdigit() else name
    return f"{name}_" if keyword.iskeyword(name) else name


def _singular(tag: str) -> list[str]:
    tokens = words(tag)
    if tokens and tokens[-1].endswith("s") and len(tokens[-1]) > 3:
        tokens[-1] = tokens[-1][:-1]
    return tokens


def _without(tokens: list[str], phrase: list[str]) -> list[str]:
    """`tokens` with each whole occurrence of `phrase` removed."""
    result, i = [], 0
    while i < len(tokens):
        if phrase and tokens[i : i + len(phrase)] == phrase:
            i += len(phrase)
        else:
            result.append(tokens[i])
            i += 1
    return result


def derived_name(operation: Operation) -> str:
    tokens = [t for t in words(operation.summary) if t not in FILLER]
    kept = tokens[:1] + _without(tokens[1:], _singular(operation.tag))  # the verb stays ("Search ...")
    return snake(" ".join(kept or tokens or [operation.operation_id]))


def load_overrides(path: Path = OVERRIDES) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    return {str(k): str(v) for k, v in (data or {}).items()}


def method_names(operations: Iterable[Operation], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """operationId -> method name, unique within each tag."""
    overrides = load_overrides() if overrides is None else overrides
    operations = sorted(operations, key=lambda op: (op.tag, op.operation_id))
    names = {op.operation_id: overrides.get(op.operation_id) or derived_name(op) for op in operations}
    per_tag = Counter((op.tag, names[op.operation_id]) for op in operations)
    for op in operations:
        if per_tag[(op.tag, names[op.operation_id])] > 1 and op.operation_id not in overrides:
            names[op.operation_id] = snake(op.operation_id)
    clashes = Counter((op.tag, names[op.operation_id]) for op in operations)
    duplicated = sorted(f"{tag}.{name}" for (tag, name), n in clashes.items() if n > 1)
    if duplicated:
        raise ValueError(f"method names collide: {', '.join(duplicated)}; add entries to {OVERRIDES.name}")
    return names
