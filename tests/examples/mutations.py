"""Mutations of a document example, and what the schema says each one must give.

Where each value of an example sits in the schema is read from the example's own parse: the model
instance holding a key knows the key's annotation (`str`, `int | Unset`, `list[Tag]`, a union of
models, ...), which names the JSON types the value may have. A mutation replaces one value by one of
another JSON type (each scalar by each other scalar type, an object by an array, an array by an object,
a required value by `null`); when the annotation refuses that type, parsing must fail at that path.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import attrs

from dixa_client._exceptions import ResponseValidationError
from tests.examples.json_paths import Path

ANY: frozenset[str] = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
TAG_KEY = "_type"

# One value of each JSON type, for replacing a value by one of another type.
REPLACEMENTS: dict[str, Any] = {"string": "x", "integer": 7, "number": 2.5, "boolean": True}
SCALAR_TYPES = frozenset(REPLACEMENTS)


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def is_unset(annotation: Any) -> bool:
    return getattr(annotation, "__name__", "") == "Unset"


def json_types(annotation: Any) -> frozenset[str]:
    """The JSON types a value read into `annotation` may have on the wire."""
    found: set[str] = set()
    for member in union_members(annotation):
        origin = typing.get_origin(member) or member
        if member is Any:
            return ANY
        if is_unset(member):
            continue
        if member is type(None):
            found.add("null")
        elif origin is bool:
            found.add("boolean")
        elif origin is int or isinstance(origin, type) and issubclass(origin, enum.IntEnum):
            found.add("integer")
        elif origin is float:
            found |= {"integer", "number"}
        elif origin in (str, UUID, dt.datetime, dt.date) or isinstance(origin, type) and issubclass(origin, enum.Enum):
            found.add("string")
        elif origin is list:
            found.add("array")
        elif origin is dict or attrs.has(origin):
            found.add("object")
        else:
            return ANY  # a form not modelled here: assume nothing
    return frozenset(found)


@dataclass(frozen=True)
class Slot:
    """One value of an example: where it is, and what the schema lets it be."""

    path: Path
    value: object
    allowed: frozenset[str]  # JSON types the annotation accepts
    required: bool


def model_hints(cls: type) -> dict[str, Any]:
    """A generated model's annotations, resolved in its module (whose lazy imports its parse has loaded)."""
    return typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))


def slots(raw: object, parsed: object, path: Path = ()) -> Iterator[Slot]:
    """Every value under `raw` whose annotation is known from `parsed`, its parse (children first)."""
    if attrs.has(type(parsed)) and isinstance(raw, dict):
        cls = type(parsed)
        keys: dict[str, str] = getattr(cls, "__dixa_json_keys__", {})
        by_key = {key: attribute for attribute, key in keys.items()}
        required: frozenset[str] = getattr(cls, "__dixa_required__", frozenset())
        hints = model_hints(cls)
        extra = typing.get_args(hints.get("additional_properties", dict[str, Any]))
        extra_annotation = extra[1] if len(extra) == 2 else Any
        for key, value in raw.items():
            attribute = by_key.get(key)
            if attribute is not None:
                annotation, child = hints[attribute], getattr(parsed, attribute)
            elif key == TAG_KEY or extra_annotation is Any:
                continue  # the consumed tag, or an unknown key: tolerated whatever it holds
            else:
                annotation, child = extra_annotation, parsed.additional_properties[key]  # type: ignore[attr-defined]
            yield from _slot(value, child, annotation, (*path, key), key in required)
    elif isinstance(parsed, list) and isinstance(raw, list):
        for index, (value, child) in enumerate(zip(raw, parsed, strict=True)):
            yield from slots(value, child, (*path, index))


def _slot(raw: object, parsed: object, annotation: Any, path: Path, required: bool) -> Iterator[Slot]:
    allowed = json_types(annotation)
    yield Slot(path, raw, allowed, required)
    if allowed == ANY:
        return
    members = [m for m in union_members(annotation) if not is_unset(m) and m is not type(None)]
    if isinstance(raw, list) and isinstance(parsed, list):
        lists = [m for m in members if typing.get_origin(m) is list]
        if len(lists) == 1:
            (item,) = typing.get_args(lists[0])
            for index, (value, child) in enumerate(zip(raw, parsed, strict=True)):
                yield from _slot(value, child, item, (*path, index), True)
    elif isinstance(raw, dict) and attrs.has(type(parsed)):
        yield from slots(raw, parsed, path)
    elif isinstance(raw, dict) and isinstance(parsed, dict):
        maps = [m for m in members if typing.get_origin(m) is dict]
        if len(maps) == 1:
            _, item = typing.get_args(maps[0])
            for key, value in raw.items():
                yield from _slot(value, parsed[key], item, (*path, key), True)


def replacements(slot: Slot) -> Iterator[object]:
    """The values of other JSON types that replace `slot.value` in its mutations."""
    kind = json_type(slot.value)
    if kind in SCALAR_TYPES:
        yield from (value for other, value in REPLACEMENTS.items() if other != kind)
    elif kind == "object":
        yield []
    elif kind == "array":
        yield {}
    if slot.required and kind != "null":
        yield None


def replaced(value: Any, path: Path, new: object) -> Any:
    """A copy of `value` with the node at `path` replaced by `new` (only the nodes on the way are copied)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        copy: Any = list(value)
    else:
        copy = dict(value)
    copy[head] = replaced(value[head], rest, new)
    return copy


def rendered(path: Path) -> str:
    """A path as ResponseValidationError renders it (`data[3].createdAt`)."""
    return ResponseValidationError("", segments=path).path


@dataclass(frozen=True)
class Mutation:
    path: Path
    new: object
    refused: bool  # does the schema refuse it?

    def __str__(self) -> str:
        return f"{rendered(self.path)} := {self.new!r}"

    def apply(self, value: object) -> object:
        return replaced(value, self.path, self.new)


def mutations(raw: object, parsed: object) -> Iterator[Mutation]:
    for slot in slots(raw, parsed):
        for new in replacements(slot):
            yield Mutation(slot.path, new, json_type(new) not in slot.allowed)
