"""verify, second half: call the generated code, so a name the document chose that breaks it cannot pass.

- Every operation, sync and async, through an in-process mock transport: a value for every path, query
  and header parameter of a plain type (str, int, float, bool, UUID, datetime, an enum) and a request body
  read from the document's schema (scripts/schema_examples.py; files for multipart bodies). An operation
  needing a value neither can write is counted as not called. The mock answers an undocumented status, so the
  request is built and sent and the response is handled; the reading of bodies is checked per model:
- every model reads a value with every property set through both its readers: the careful one must read
  whatever the fast one reads, and give the same model; the model writes back what it read.
A template local or module name shadowed by a parameter or property fails here, not in a user's program.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import inspect
import types
import uuid
from collections.abc import Callable
from typing import Any

import httpx
from openapi_python_client.strings import ClassName

from overrides.spec._document import title_of
from scripts.routes import HTTP_METHODS, route
from scripts.schema_examples import NoExample, example

UNDOCUMENTED_STATUS = 418  # no Dixa document declares it: the parser returns None (or a typed misfit)
BASE_URL = "https://verify.invalid"
PLAIN: dict[str, Any] = {"str": "v", "int": 1, "float": 1.5, "bool": True, "UUID": uuid.UUID(int=1)}
PLAIN["datetime"] = datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)


def _plain(annotation: Any) -> Any:
    """A value of the first plain type in `annotation`, or `inspect.Parameter.empty`."""
    for member in _members(annotation):
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return next(iter(member))
        if isinstance(member, type) and member.__name__ in PLAIN:
            return PLAIN[member.__name__]
    return inspect.Parameter.empty


def _arguments(function: Callable[..., Any], has_body: bool) -> dict[str, Any] | None:
    """Keyword arguments for every parameter of a plain type (not the request body, `has_body`); None when
    a required one has none."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or (name == "body" and has_body):
            continue
        value = _plain(parameter.annotation)
        if value is not inspect.Parameter.empty:
            arguments[name] = value
        elif parameter.default is inspect.Parameter.empty:
            return None
    return arguments


def _body(endpoint: Any, annotation: Any, operation: dict[str, Any], doc: dict[str, Any]) -> Any:
    """The request body read from the schema's example value (JSON bodies by the endpoint's own reader,
    which takes lists and unions too; multipart by its model); raises NoExample."""
    content = operation.get("requestBody", {}).get("content", {})
    multipart = "multipart/form-data" in content
    schema = content.get("multipart/form-data" if multipart else "application/json", {}).get("schema")
    if schema is None:
        raise NoExample("neither a JSON nor a multipart body")
    value = example(schema, doc, files=multipart)
    reader = None if multipart else getattr(endpoint, "_body_from_json", None)
    readers = [reader] if reader else [m.from_dict for m in _members(annotation) if hasattr(m, "from_dict")]
    for read in readers:
        try:
            return read(value)
        except Exception:  # noqa: BLE001, S112 - the next reader may fit
            continue
    raise NoExample("no model reads the example")


def _members(annotation: Any) -> tuple[Any, ...]:
    return annotation.__args__ if isinstance(annotation, types.UnionType) else (annotation,)


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(UNDOCUMENTED_STATUS, json={})


def _client(package_name: str) -> Any:
    client = importlib.import_module(f"{package_name}.client").Client(
        base_url=BASE_URL, raise_on_unexpected_status=False
    )
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(_answer)))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(_answer)))
    return client


def call_operations(package_name: str, doc: dict[str, Any], by_route: dict[Any, Any]) -> tuple[int, int, list[str]]:
    """Call each operation through the mock transport; returns (called, not called, problems)."""
    client = _client(package_name)
    misfit = importlib.import_module(f"{package_name}._exceptions").ResponseValidationError
    called, skipped, problems = 0, 0, []
    for path, item in doc.get("paths", {}).items():
        for method in (m for m in HTTP_METHODS if m in item):
            endpoint = by_route.get(route(method, path))
            if endpoint is None:
                continue  # reported by the completeness check
            # `body` is the request body only when there is one (else a parameter spelled `body`).
            has_body = "requestBody" in item[method]
            arguments = _arguments(endpoint.sync_detailed, has_body)
            body = inspect.signature(endpoint.sync_detailed).parameters.get("body") if has_body else None
            try:
                if arguments is None:
                    raise NoExample("a parameter of a non-plain type")
                if body is not None:
                    arguments["body"] = _body(endpoint, body.annotation, item[method], doc)
            except NoExample:
                skipped += 1
                continue
            try:
                endpoint.sync(client=client, **arguments)
                asyncio.run(endpoint.asyncio(client=client, **arguments))
                if body is not None and body.default is not inspect.Parameter.empty:  # an optional body, left out
                    endpoint.sync(client=client, **{k: v for k, v in arguments.items() if k != "body"})
            except misfit:
                pass  # the document declares a body for this status too: a typed misfit, as designed
            except Exception as error:  # noqa: BLE001 - every failure is reported
                problems.append(f"calling {endpoint.__name__}: {type(error).__name__}: {error}")
            called += 1
    return called, skipped, problems


def _root(error: BaseException) -> BaseException:
    while error.__cause__ is not None:
        error = error.__cause__
    return error


def _read_both(cls: Any, value: Any, data_errors: tuple[type[BaseException], ...] = ()) -> list[str]:
    """What is wrong with reading `value`; a careful refusal of the data itself (`data_errors`: a value of
    another JSON type where a union's members are read in another order) is the readers' business, not a name's."""
    name = cls.__name__
    try:
        fast = cls.__dixa_decode__(value)
    except Exception:  # noqa: BLE001 - a miss of the fast path is allowed
        fast = None
    try:
        careful = cls._read(value)
    except Exception as error:  # noqa: BLE001 - every failure is reported
        if isinstance(_root(error), data_errors):
            return []
        where = " where the fast one reads" if fast is not None else ""
        return [f"model {name}: the careful reader fails{where}: {type(error).__name__}: {error}"]
    try:
        written = careful.to_dict()
        again = cls._read(written).to_dict()
    except Exception as error:  # noqa: BLE001 - every failure is reported
        return [f"model {name}: writing back what it read fails: {type(error).__name__}: {error}"]
    if fast is not None and fast.to_dict() != written:
        return [f"model {name}: the fast and careful readers read different models"]
    if again != written:
        return [f"model {name}: reading back what it wrote gives another model"]
    return []


def read_models(doc: dict[str, Any], models: Any, field_prefix: str) -> tuple[int, list[str]]:
    """Read each model of the document through both readers; returns (models read, problems)."""
    read, problems = 0, []
    validation = importlib.import_module(f"{models.__name__.rpartition('.')[0]}._validation")
    data_errors = (validation.Misfit, ValueError)
    for key, schema in doc.get("components", {}).get("schemas", {}).items():
        cls = getattr(models, ClassName(title_of(key, schema), field_prefix), None)
        if not (isinstance(cls, type) and hasattr(cls, "_read")):
            continue
        try:
            value = example(schema, doc)
        except NoExample:
            continue
        if not isinstance(value, dict):
            continue
        read += 1
        problems += _read_both(cls, value, data_errors)
    return read, problems
