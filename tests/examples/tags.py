"""Does each `_type`-tagged object of an example land in the model variant its tag names?

The model instance at a JSON path is found without guessing attribute names: while the parsed
value is serialized, every generated `to_dict` records which instance produced which dict, and
the dict at the tagged object's path in that output names the instance.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import attrs

from tests.examples.json_paths import MISSING, Path, format_path, node_at, walk
from tests.examples.round_trip import serialize

TAG_KEY = "_type"
TAG_ATTRIBUTE = "__dixa_tag__"  # a variant's wire tag, emitted by the templates on each variant class


class Verdict(Enum):
    RIGHT = "right"
    WRONG = "wrong variant"
    UNMODELLED = "no model instance"  # kept as a raw dict (additional_properties), or absent from to_dict()
    DATA_FIELD = "declared `_type` field"  # the model's own attribute (ActivityLogEntry._type), not a variant tag


@dataclass(frozen=True)
class Landing:
    path: str
    tag: str
    landed_in: str
    verdict: Verdict

    def __str__(self) -> str:
        return f"{self.path}: _type {self.tag!r} -> {self.landed_in} ({self.verdict.value})"


@dataclass
class TagTally:
    """Landings over the whole run, for the terminal summary."""

    landings: dict[str, list[Landing]] = field(default_factory=dict)
    unparsed: dict[str, int] = field(default_factory=dict)  # test id -> tagged objects in an example that failed

    def count(self, verdict: Verdict) -> int:
        return sum(landing.verdict is verdict for found in self.landings.values() for landing in found)


def wire_tag(model: type) -> str:
    """The `_type` a class stands for: its `__dixa_tag__`, or (none emitted, or None) its name."""
    tag = getattr(model, TAG_ATTRIBUTE, None)
    return tag if isinstance(tag, str) else model.__name__


def describe(model: type) -> str:
    tag = getattr(model, TAG_ATTRIBUTE, None)
    return model.__name__ if tag is None else f"{model.__name__} ({TAG_ATTRIBUTE}={tag!r})"


def tagged_objects(value: object) -> Iterator[tuple[Path, str]]:
    """(path, tag) of every JSON object in `value` carrying a string `_type`."""
    for parts, node in walk(value):
        if isinstance(node, dict) and isinstance(node.get(TAG_KEY), str):
            yield parts, node[TAG_KEY]


def model_classes(value: object) -> set[type]:
    """Every attrs model class instantiated anywhere in a parsed value."""
    found: set[type] = set()
    pending = [value]
    while pending:
        node = pending.pop()
        model = type(node)
        if attrs.has(model):
            found.add(model)
            pending.extend(getattr(node, attribute.name) for attribute in attrs.fields(model))
        elif isinstance(node, dict):
            pending.extend(node.values())
        elif isinstance(node, list | tuple):
            pending.extend(node)
    return found


@contextlib.contextmanager
def recording_to_dict(classes: set[type]) -> Iterator[dict[int, tuple[object, object]]]:
    """While active, id(dict returned by to_dict) -> (that dict, the instance that returned it)."""
    produced: dict[int, tuple[object, object]] = {}

    def recorder(original: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def to_dict(self: Any) -> Any:
            result = original(self)
            produced[id(result)] = (result, self)  # holding `result` keeps its id unique
            return result

        return to_dict

    originals = {model: model.__dict__["to_dict"] for model in classes if "to_dict" in model.__dict__}
    try:
        for model, original in originals.items():
            setattr(model, "to_dict", recorder(original))  # noqa: B010 - patched on purpose, restored below
        yield produced
    finally:
        for model, original in originals.items():
            setattr(model, "to_dict", original)  # noqa: B010


def landing(parts: Path, tag: str, output: object, produced: dict[int, tuple[object, object]]) -> Landing:
    node = node_at(output, parts)
    if node is MISSING or id(node) not in produced:
        where = "absent from to_dict()" if node is MISSING else f"a raw {type(node).__name__}"
        return Landing(format_path(parts), tag, where, Verdict.UNMODELLED)
    instance = produced[id(node)][1]
    model = type(instance)
    if declares_tag_field(instance):
        verdict = Verdict.DATA_FIELD
    else:
        verdict = Verdict.RIGHT if wire_tag(model) == tag else Verdict.WRONG
    return Landing(format_path(parts), tag, describe(model), verdict)


def declares_tag_field(instance: object) -> bool:
    """`_type` is one of the model's own attributes: a class claiming no tag that did not leave `_type` over."""
    if isinstance(getattr(type(instance), TAG_ATTRIBUTE, None), str):
        return False
    extra = getattr(instance, "additional_properties", None)
    return isinstance(extra, dict) and TAG_KEY not in extra


def tag_landings(parsed: object, example: object) -> list[Landing]:
    """Where each tagged object of the example landed in the parsed value."""
    with recording_to_dict(model_classes(parsed)) as produced:
        output = serialize(parsed)
    return [landing(parts, tag, output, produced) for parts, tag in tagged_objects(example)]
