"""Model classes found through the pinned document's operations and wire tags, never by class name.

A class name is the document's choice (schema titles and keys differ between versions and documents);
what an operation returns or takes, and the `_type` tag a variant carries, are what the API is. The
behaviour tests reach the models they need this way, so `make test API_VERSION=<v>` runs them on
any pinned document (tests/derived.py renames every other schema to prove it):

    ListTagsOutput = returned(get_tags)                          # what GET /tags answers
    Conversation = union_member(returned(get_conversation), "data", "EmailConversation")
"""

from __future__ import annotations

import sys
import types
import typing
from types import ModuleType
from typing import Any

import dixa_client.models
from dixa_client.types import Unset


class _PackageNames(dict[str, Any]):
    """A module's names, then the models package's (imported on first use, as the models import them)."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(dixa_client.models, name)
        except AttributeError:
            raise KeyError(name) from None  # then the module's globals and builtins are asked


def _hints(target: Any, module: ModuleType) -> dict[str, Any]:
    return typing.get_type_hints(target, globalns=vars(module), localns=_PackageNames(vars(module)))


def _classes(annotation: Any) -> list[Any]:
    """The members of a `X | Y | Unset | None` annotation, without Unset and None; of a list, its items'."""
    members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    kept = [member for member in members if member not in (Unset, type(None))]
    if len(kept) == 1 and typing.get_origin(kept[0]) is list:
        return _classes(typing.get_args(kept[0])[0])
    return kept


def _one(found: list[Any], what: str) -> type[Any]:
    if len(found) != 1 or not isinstance(found[0], type):
        raise LookupError(f"{what}: expected one class, found {found}")
    return found[0]


def returned(endpoint: ModuleType) -> type[Any]:
    """The model a low-level endpoint module (`dixa_client.api.<tag>.<operation>`) answers success with."""
    return _one(_classes(_hints(endpoint._parse_success, endpoint)["return"]), f"{endpoint.__name__} returns")


def request_body(endpoint: ModuleType) -> type[Any]:
    """The model an endpoint module takes as its JSON body."""
    return _one(_classes(_hints(endpoint._get_kwargs, endpoint)["body"]), f"{endpoint.__name__} body")


def attribute_type(model: type[Any], attribute: str) -> type[Any]:
    """The class of a model's attribute: a model, an enum, or the item class of a list."""
    return _one(_classes(_hints(model, _module_of(model))[attribute]), f"{model.__name__}.{attribute}")


def union_member(model: type[Any], attribute: str, tag: str) -> type[Any]:
    """The variant of a model's union attribute (or list of unions) that the wire tag `tag` names."""
    return _tagged(_hints(model, _module_of(model))[attribute], tag, f"{model.__name__}.{attribute}")


def body_member(endpoint: ModuleType, tag: str) -> type[Any]:
    """The variant of an endpoint's union body that the wire tag `tag` names."""
    return _tagged(_hints(endpoint._get_kwargs, endpoint)["body"], tag, f"{endpoint.__name__} body")


def union_members(model: type[Any], attribute: str) -> set[type[Any]]:
    """Every variant of a model's union attribute, its fallback included."""
    return set(_classes(_hints(model, _module_of(model))[attribute]))


def _tagged(annotation: Any, tag: str, what: str) -> type[Any]:
    members = [member for member in _classes(annotation) if getattr(member, "__dixa_tag__", None) == tag]
    return _one(members, f"{what} tagged {tag!r}")


def fallback_member(model: type[Any], attribute: str) -> type[Any]:
    """The variant of a model's union attribute that keeps what no other variant's tag names."""
    annotation = _hints(model, _module_of(model))[attribute]
    members = [member for member in _classes(annotation) if getattr(member, "__dixa_fallback__", False)]
    return _one(members, f"{model.__name__}.{attribute} fallback")


def _module_of(model: type[Any]) -> ModuleType:
    return sys.modules[model.__module__]
