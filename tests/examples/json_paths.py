"""JSON paths: walk a JSON value, look a path up, and print a path as `$.data[0]._type`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]
MISSING: Any = object()  # what node_at returns when a path leads nowhere


def format_path(parts: Path) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in parts)


def walk(value: object, parts: Path = ()) -> Iterator[tuple[Path, object]]:
    """Every node of a JSON value with its path, parents before children, in document order."""
    yield parts, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, (*parts, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from walk(child, (*parts, index))


def node_at(value: object, parts: Path) -> object:
    for part in parts:
        if isinstance(part, int) and isinstance(value, list) and part < len(value):
            value = value[part]
        elif isinstance(part, str) and isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return MISSING
    return value
