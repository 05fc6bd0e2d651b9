"""verify, step 2: call the generated code, so a name the document chose that breaks it cannot pass.

Every operation's sync and asyncio functions are called through an in-process mock transport, with a
value for every path, query and header parameter of a plain type (str, int, float, bool, UUID, datetime,
an enum), answered with an undocumented status (the parser then returns None); operations with a request body
are not called (building one needs the document's examples); every model is read
from `{}` through its careful path when it has no required property, and written back. A template
local or a module name shadowed by a parameter or property fails here, not in a user's program.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import inspect
import pkgutil
import uuid
from types import ModuleType
from typing import Any

import httpx

UNDOCUMENTED_STATUS = 418  # no Dixa document declares it: the parser returns None (or a typed misfit)


def _value(annotation: str, module: ModuleType) -> Any:
    """A value of the first plain type named in `annotation`, or `inspect.Parameter.empty`."""
    for part in (p.strip() for p in annotation.split("|")):
        if part in ("str", "Unset", "None"):
            if part == "str":
                return "v"
            continue
        simple = {"int": 1, "float": 1.5, "bool": True, "UUID": uuid.UUID(int=1)}
        if part in simple:
            return simple[part]
        if part in ("datetime.datetime", "datetime"):
            return datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)
        found = getattr(module, part, None)
        if isinstance(found, type) and issubclass(found, enum.Enum):
            return next(iter(found))
    return inspect.Parameter.empty


def _arguments(function: Any, module: ModuleType) -> dict[str, Any] | None:
    """Keyword arguments for every parameter of a plain type; None when a required one has none."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name in ("client", "body"):
            continue
        value = _value(str(parameter.annotation), module)
        if value is inspect.Parameter.empty:
            if parameter.default is inspect.Parameter.empty:
                return None
            continue
        arguments[name] = value
    return arguments


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(UNDOCUMENTED_STATUS, json={})


def call_operations(package: ModuleType, endpoints: list[ModuleType]) -> tuple[int, list[str]]:
    """Call each operation that needs no request body and no argument of a model type; returns (called, problems)."""
    client_module = importlib.import_module(f"{package.__name__}.client")
    errors = importlib.import_module(f"{package.__name__}._exceptions")
    client = client_module.Client(base_url="https://verify.invalid", raise_on_unexpected_status=False)
    client.set_httpx_client(httpx.Client(base_url="https://verify.invalid", transport=httpx.MockTransport(_answer)))
    async_transport = httpx.MockTransport(_answer)
    client.set_async_httpx_client(httpx.AsyncClient(base_url="https://verify.invalid", transport=async_transport))
    called, problems = 0, []
    for endpoint in endpoints:
        if "body" in inspect.signature(endpoint.sync_detailed).parameters:
            continue  # a body needs values the document's examples would have to supply
        arguments = _arguments(endpoint.sync_detailed, endpoint)
        if arguments is None:
            continue
        try:
            endpoint.sync(client=client, **arguments)
            asyncio.run(endpoint.asyncio(client=client, **arguments))
            called += 1
        except errors.ResponseValidationError:
            called += 1  # the document declares a body for this status too: a typed misfit, as designed
        except Exception as error:  # noqa: BLE001 - every failure is reported
            problems.append(f"calling {endpoint.__name__}: {type(error).__name__}: {error}")
    return called, problems


def read_models(models: ModuleType) -> tuple[int, list[str]]:
    """Read `{}` through `_read` (the careful path) for each model without required properties, and write it back."""
    read, problems = 0, []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        for cls in list(vars(module).values()):
            if not (isinstance(cls, type) and cls.__module__ == module.__name__ and hasattr(cls, "_read")):
                continue
            if cls.__dixa_required__:
                continue
            try:
                cls._read({}).to_dict()
                cls.from_dict({}).to_dict()
                read += 1
            except Exception as error:  # noqa: BLE001 - every failure is reported
                problems.append(f"reading {cls.__name__} from {{}}: {type(error).__name__}: {error}")
    return read, problems
