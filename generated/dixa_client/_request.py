"""What a call passes in, checked and shaped before anything is sent: path segments, ids, bodies.

Every misfit is a RequestValidationError naming where it is (`body.data[1].message`, `agent_id`),
raised before any I/O.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx

from ._base_client import NotGiven, RequestOptions
from ._datetime import format_datetime
from ._exceptions import RequestValidationError, ResponseValidationError
from .types import File, Unset

T = TypeVar("T")

BODY = "body"
# Segments a URL normalizer (httpx, a proxy, the server) would resolve or collapse: they change the route.
_ROUTE_CHANGING_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(value: object, name: str, operation: str | None = None) -> str:
    """`value` as one path segment; refused when it would change the route (`.`, `..`, empty)."""
    text = str(value)
    if text in _ROUTE_CHANGING_SEGMENTS:
        raise RequestValidationError(
            f"{text!r} is not a usable path parameter: it would change the route", path=name, operation=operation
        )
    return quote(text, safe="")


def as_uuid(value: object, name: str, operation: str | None = None) -> object:
    """A str given for a `format: uuid` parameter, checked to be one (other values go as they are)."""
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise RequestValidationError(f"{value!r} is not a UUID", path=name, operation=operation) from None
    return value


def _is_model(value: object) -> bool:
    return callable(getattr(value, "to_dict", None)) and not isinstance(value, Mapping)


def to_wire(value: object, path: str = BODY) -> Any:
    """`value` (models, mappings, sequences, datetimes, ids, enums, at any depth) as JSON-ready data."""
    if _is_model(value):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, Mapping):
        wired: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise RequestValidationError(f"keys must be strings, not {type(key).__name__}", path=path)
            if not isinstance(item, Unset):
                wired[key] = to_wire(item, f"{path}.{key}")
        return wired
    if isinstance(value, list | tuple):
        return [to_wire(item, f"{path}[{index}]") for index, item in enumerate(value)]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise RequestValidationError(f"{type(value).__name__} cannot be sent as JSON", path=path)


def _body_path(error: ResponseValidationError) -> str:
    path = error.path
    if path in ("", "$"):
        return BODY
    return f"{BODY}{path}" if path.startswith("[") else f"{BODY}.{path}"


def request_body(
    value: object,
    fields: Mapping[str, object] | None,
    parse: Callable[[Any], T] | None,
    expected: str,
    operation: str | None = None,
) -> object:
    """The body to send: `value` (a model as is, or a mapping in the wire shape), or the keyword
    arguments `fields` (wire names -> values, UNSET left out). Mappings go through `parse` (the
    generated reader of the body's type), so a misfit fails here, before sending."""
    given = {key: item for key, item in (fields or {}).items() if not isinstance(item, Unset)}
    if not isinstance(value, Unset):
        if given:
            names = ", ".join(sorted(given))
            raise RequestValidationError(
                f"pass the body as body= or as keyword arguments, not both (also given: {names})", operation=operation
            )
    elif given or fields:
        value = given
    else:
        return value  # no body at all: the endpoint decides whether it needs one
    if _is_model(value) or isinstance(value, File):
        return value
    if isinstance(value, list) and value and all(_is_model(item) for item in value):
        return value
    if parse is None:  # a multipart body: only the model itself can carry files
        raise RequestValidationError(f"expected a {expected}", operation=operation)
    wire = to_wire(value)
    try:
        return parse(wire)
    except ResponseValidationError as error:
        raise RequestValidationError(
            f"{error.message} (the body must fit {expected})", path=_body_path(error), operation=operation
        ) from None
    except RequestValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any reader failure is the caller's misfit
        raise RequestValidationError(
            f"{type(error).__name__}: {error} (the body must fit {expected})", operation=operation
        ) from None


@dataclass(frozen=True)
class CallOptions:
    """The per-call keyword arguments every facade method takes, as given."""

    options: RequestOptions | None
    timeout: float | httpx.Timeout | None | NotGiven
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None

    def request_options(self) -> RequestOptions | None:
        """`options=` with `timeout=` and `extra_headers=` laid over it (they win)."""
        if isinstance(self.timeout, NotGiven) and not self.extra_headers:
            return self.options
        base = self.options or RequestOptions()
        headers = {**(base.extra_headers or {}), **(self.extra_headers or {})} or None
        timeout = base.timeout if isinstance(self.timeout, NotGiven) else self.timeout
        return replace(base, timeout=timeout, extra_headers=headers)

    def apply(self, request: dict[str, Any]) -> dict[str, Any]:
        """`request` with `extra_query=` merged into its params and `extra_body=` into its JSON body."""
        if self.extra_query:
            request["params"] = {**(request.get("params") or {}), **self.extra_query}
        if self.extra_body:
            current = request.get("json")
            if current is not None and not isinstance(current, dict):
                raise RequestValidationError("extra_body needs a JSON object body", path=BODY)
            request["json"] = {**(current or {}), **to_wire(dict(self.extra_body))}
        return request
