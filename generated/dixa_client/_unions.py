"""Choosing the variant of a `oneOf` union the way Dixa's wire format says.

Dixa tags union members with `_type` (the variant's schema title); the document declares no
discriminator. Resolution, independent of the order of variants in the document:
1. keep the variants whose JSON type fits the value;
2. a `_type` tag picks the model whose wire tag equals it; an unknown tag goes to the fallback
   model (raw data kept), never to another variant;
3. without a tag, the model whose required keys are all present and that knows the most of the
   value's keys wins (ties broken by class name, so the document's order never matters);
4. other values: the most specific parser that accepts the value (plain pass-through last).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._exceptions import ResponseValidationError

TAG_KEY = "_type"


@dataclass(frozen=True, slots=True)
class Variant:
    name: str  # the Python type, for error messages and a stable order
    accepts: Callable[[object], bool]  # does the JSON type fit?
    parse: Callable[[Any], Any]
    model: type | None = None  # set for generated models: carries __dixa_tag__ and friends
    plain: bool = False  # returns the value unchanged: the least specific choice


def _tag(model: type) -> str | None:
    tag: str | None = getattr(model, "__dixa_tag__", None)
    return tag


def _is_fallback(variant: Variant) -> bool:
    return variant.model is not None and bool(getattr(variant.model, "__dixa_fallback__", False))


def _fit(variant: Variant, keys: frozenset[str]) -> tuple[int, int, int, str] | None:
    """A sort key (smaller is better) for a model variant, or None when a required key is missing."""
    required: frozenset[str] = getattr(variant.model, "__dixa_required__", frozenset())
    if not required <= keys:
        return None
    known: frozenset[str] = getattr(variant.model, "__dixa_keys__", frozenset())
    return (-len(required), -len(known & keys), len(known), variant.name)


def _resolve_mapping(data: Mapping[str, Any], models: list[Variant]) -> Variant:
    tag = data.get(TAG_KEY)
    fallback = next((v for v in models if _is_fallback(v)), None)
    if isinstance(tag, str):
        tagged = [v for v in models if v.model is not None and _tag(v.model) == tag]
        if tagged:
            return min(tagged, key=lambda v: v.name)
        if fallback is not None:
            return fallback
    keys = frozenset(data)
    fits = [(key, v) for v in models if not _is_fallback(v) and (key := _fit(v, keys)) is not None]
    if fits:
        return min(fits, key=lambda pair: pair[0])[1]
    names = ", ".join(sorted(v.name for v in models if not _is_fallback(v)))
    raise ValueError(f"no variant fits (tag {tag!r}, keys {sorted(keys)}); expected one of {names}")


def resolve(data: object, variants: Sequence[Variant]) -> Any:
    accepting = [v for v in variants if v.accepts(data)]
    if not accepting:
        names = ", ".join(sorted(v.name for v in variants))
        raise TypeError(f"expected one of {names}, got {type(data).__name__}")
    models = [v for v in accepting if v.model is not None]
    if isinstance(data, Mapping) and models:
        return _resolve_mapping(data, models).parse(data)
    error: Exception | None = None
    for variant in sorted(accepting, key=lambda v: (v.plain, v.name)):
        try:
            return variant.parse(data)
        except (TypeError, ValueError, KeyError, ResponseValidationError) as failure:
            error = failure
    assert error is not None
    raise error


def tagged(member: object, encoded: dict[str, Any]) -> dict[str, Any]:
    """A union member as JSON, with the `_type` tag the server reads to tell variants apart."""
    tag = getattr(type(member), "__dixa_tag__", None)
    if tag is not None:
        encoded.setdefault(TAG_KEY, tag)  # in place: `encoded` is the member's fresh to_dict()
    return encoded


def is_mapping(value: object) -> bool:
    return isinstance(value, Mapping)


def accepts_anything(value: object) -> bool:
    return True


def identity(value: Any) -> Any:
    return value
