"""Drive the generated client with an example: find the operation's module, then parse the example with it."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import types
import typing
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from dixa_client import Client
from dixa_client.types import Unset
from scripts.routes import Route, endpoint_module_names, route
from tests.examples.document_examples import Example
from tests.examples.tags import TAG_KEY, wire_tag

SERVER = "https://dev.dixa.io"


def example_client() -> Client:
    """A client that raises on a status the document does not list, instead of returning None."""
    return Client(base_url=SERVER, raise_on_unexpected_status=True)


@functools.cache
def module_names() -> dict[Route, str]:
    """Route -> module name of every generated endpoint; modules are imported only when used."""
    return endpoint_module_names(Path(importlib.import_module("dixa_client").__file__ or "").parent)


def endpoint_module(example: Example) -> types.ModuleType:
    name = module_names().get(route(example.method, example.path))
    if name is None:
        raise LookupError(f"no generated module requests {example.method.upper()} {example.path}")
    return importlib.import_module(name)


def parse_response(example: Example, client: Client) -> Any:
    """Run the example through the operation's generated `_parse_response`, as a real response would be."""
    assert example.status is not None, f"{example.label} is not a response"
    request = httpx.Request(example.method.upper(), SERVER + example.path)
    response = httpx.Response(example.status, json=example.value, request=request)
    return endpoint_module(example)._parse_response(client=client, response=response)


def union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def body_types(module: types.ModuleType) -> list[Any]:
    """The types `sync_detailed` accepts as `body` (without Unset/None): model classes or `list[Model]`."""
    annotation = typing.get_type_hints(module.sync_detailed).get("body")
    if annotation is None:
        raise LookupError(f"{module.__name__}.sync_detailed takes no body")
    return [member for member in union_members(annotation) if member not in (Unset, type(None))]


def unknown_keys(parsed: Any) -> int:
    extra = getattr(parsed, "additional_properties", None)
    return len(extra) if isinstance(extra, dict) else 0


def parse_model(candidates: list[Any], value: Any) -> Any:
    """Parse a body as the caller who built it meant it.

    One model: that one. A union: the variant the `_type` tag names, or else (untagged unions such
    as GetMetric*Input) the variant that parses with the fewest keys left over as additional properties.
    """
    models = [candidate for candidate in candidates if isinstance(candidate, type) and hasattr(candidate, "from_dict")]
    if not models:
        raise TypeError(f"no model among the body types {candidates}")
    tag = value.get(TAG_KEY) if isinstance(value, dict) else None
    named = [model for model in models if tag is not None and wire_tag(model) == tag]
    if len(models) == 1 or named:
        return (named or models)[0].from_dict(value)
    parsed, failures = [], []
    for model in models:
        try:
            parsed.append(model.from_dict(value))
        except Exception as error:  # noqa: BLE001 - each variant's failure is reported below
            failures.append(f"{model.__name__}: {type(error).__name__}: {error}")
    if not parsed:
        raise ValueError(f"no variant of the body union parses: {'; '.join(failures)}")
    return min(parsed, key=unknown_keys)


def parse_request_body(example: Example) -> Any:
    """Parse a request example into the model `sync_detailed` takes (each item, for a list body)."""
    candidates = body_types(endpoint_module(example))
    if not isinstance(example.value, list):
        return parse_model(candidates, example.value)
    item_types = [typing.get_args(member)[0] for member in candidates if typing.get_origin(member) is list]
    if not item_types:
        raise TypeError(f"the example is a list, but the body types are {candidates}")
    return [parse_model(list(union_members(item_types[0])), item) for item in example.value]


PLACEHOLDERS: dict[Any, Any] = {UUID: UUID(int=1), int: 1, str: "x"}


def serialize_request(example: Example, body: Any) -> Any:
    """The JSON the client would send for `body`: through `_get_kwargs`, as a real call builds it.

    Path parameters get placeholders: they shape the URL, never the body.
    """
    get_kwargs = endpoint_module(example)._get_kwargs
    hints = typing.get_type_hints(get_kwargs)
    path_arguments = {
        name: PLACEHOLDERS[hints[name]]
        for name, parameter in inspect.signature(get_kwargs).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and name != "body"
    }
    return get_kwargs(**path_arguments, body=body)["json"]


def parse_example(example: Example, client: Client) -> Any:
    return parse_response(example, client) if example.kind == "response" else parse_request_body(example)
