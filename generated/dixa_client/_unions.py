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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import CodeType
from typing import Any

from ._exceptions import ResponseValidationError
from .types import Unset

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


class Resolver:
    """One union's variants, sorted once into what resolution needs (built on a site's first use)."""

    def __init__(self, variants: Sequence[Variant]) -> None:
        self.variants = tuple(variants)
        models = [v for v in variants if v.model is not None]
        self.fallback = next((v for v in models if getattr(v.model, "__dixa_fallback__", False)), None)
        self.models = [v for v in models if v is not self.fallback]
        self.by_tag: dict[str, Variant] = {}
        for variant in sorted(self.models, key=lambda v: v.name, reverse=True):  # equal tags: first name wins
            tag = _tag(variant.model) if variant.model else None
            if tag is not None:
                self.by_tag[tag] = variant
        # (required keys, known keys, variant), for telling untagged objects apart.
        self.shapes: list[tuple[frozenset[str], frozenset[str], Variant]] = [
            (getattr(v.model, "__dixa_required__", frozenset()), getattr(v.model, "__dixa_keys__", frozenset()), v)
            for v in self.models
        ]
        self.others = sorted((v for v in variants if v.model is None), key=lambda v: (v.plain, v.name))

    def resolve(self, data: object) -> Any:
        if isinstance(data, dict) and (self.models or self.fallback):
            return self._for_object(data).parse(data)
        accepting = [v for v in self.others if v.accepts(data)]
        if not accepting:
            names = ", ".join(sorted(v.name for v in self.variants))
            raise TypeError(f"expected one of {names}, got {type(data).__name__}")
        error: Exception | None = None
        for variant in accepting:
            try:
                return variant.parse(data)
            except (TypeError, ValueError, KeyError, ResponseValidationError) as failure:
                error = failure
        assert error is not None
        raise error

    def _for_object(self, data: dict[str, Any]) -> Variant:
        tag = data.get(TAG_KEY)
        if isinstance(tag, str):
            tagged = self.by_tag.get(tag)
            if tagged is not None:
                return tagged
            if self.fallback is not None:
                return self.fallback
        keys = data.keys()
        best: tuple[tuple[int, int, int, str], Variant] | None = None
        for required, known, variant in self.shapes:
            if required <= keys:
                score = (-len(required), -len(known & keys), len(known), variant.name)
                if best is None or score < best[0]:
                    best = (score, variant)
        if best is not None:
            return best[1]
        names = ", ".join(sorted(v.name for v in self.models))
        raise ValueError(f"no variant fits (tag {tag!r}, keys {sorted(keys)}); expected one of {names}")


_RESOLVERS: dict[CodeType, Resolver] = {}


def resolve(
    data: object, variants: Callable[[], Sequence[Variant]], *, unset_ok: bool = False, none_ok: bool = False
) -> Any:
    """Parse `data` as the variant it is. `variants` is the union site's factory: it runs once per
    site (keyed by its code object), not once per value. An absent optional value stays UNSET."""
    if unset_ok and isinstance(data, Unset) or none_ok and data is None:
        return data
    site = variants.__code__
    resolver = _RESOLVERS.get(site)
    if resolver is None:
        resolver = _RESOLVERS[site] = Resolver(variants())
    return resolver.resolve(data)


def tagged(member: object, encoded: dict[str, Any]) -> dict[str, Any]:
    """A union member as JSON, with the `_type` tag the server reads to tell variants apart."""
    tag = getattr(type(member), "__dixa_tag__", None)
    if tag is not None:
        encoded.setdefault(TAG_KEY, tag)  # in place: `encoded` is the member's fresh to_dict()
    return encoded


def is_mapping(value: object) -> bool:
    return isinstance(value, dict)


def accepts_anything(value: object) -> bool:
    return True


def identity(value: Any) -> Any:
    return value


def tag_decoders(*models: type) -> dict[Any, Callable[[Any], Any]]:
    """`_type` tag -> fast decoder of the union member it names, for a union of models (generated `_decode`).

    The same choice as Resolver.by_tag: the fallback model has no tag here (an unknown tag, or none,
    goes to careful resolution), and of two members with one tag the first by name wins."""
    table: dict[Any, Callable[[Any], Any]] = {}
    for model in sorted(models, key=lambda m: m.__name__, reverse=True):
        tag = _tag(model)
        if tag is not None and not getattr(model, "__dixa_fallback__", False):
            table[tag] = model.__dixa_decode__  # type: ignore[attr-defined]
    return table
