"""Checking JSON values against their schema, and turning any failure into one typed error with a JSON path.

Generated parsers check each value's JSON type with the `expect_*` functions (a boolean is not an
integer, a list is not an object, `null` is not a string), wrap the reading of each property and
list item, and on failure re-raise through `at()`, which prefixes the path segment, so the caller
sees e.g. `data[3].email: expected string, got integer`.
"""

from __future__ import annotations

import sys
import types
import typing
from collections.abc import Callable
from typing import Any
from uuid import UUID, SafeUUID

from ._exceptions import RequestValidationError, ResponseValidationError

# JSON's own names for the Python types json.loads produces.
_JSON_TYPES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
    type(None): "null",
}


class Misfit(TypeError):
    """A value of the wrong JSON type; its message is the whole story (`expected string, got integer`)."""


def json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value)) or type(value).__name__


def misfit(expected: str, value: object) -> Misfit:
    return Misfit(f"expected {expected}, got {json_type(value)}")


def not_an_object(value: object) -> ResponseValidationError:
    """The error for a model read from something other than a JSON object (a list, a string, null)."""
    return ResponseValidationError(f"expected object, got {json_type(value)}")


def expect_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise misfit("string", value)


def expect_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise misfit("integer", value)


def expect_number(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise misfit("number", value)


def expect_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise misfit("boolean", value)


def expect_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise misfit("object", value)


def expect_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    raise misfit("array", value)


def expect_list_of(value: Any, item: Callable[[Any], object]) -> list[Any]:
    """A list whose items all pass `item` (an `expect_*`); returned as is, not copied."""
    for index, element in enumerate(expect_list(value)):
        try:
            item(element)
        except Exception as error:
            raise at(error, index) from error
    return value  # type: ignore[no-any-return]


def expect_map_of(value: Any, item: Callable[[Any], object]) -> dict[str, Any]:
    """An object whose values all pass `item`; returned as is, not copied."""
    for key, element in expect_object(value).items():
        try:
            item(element)
        except Exception as error:
            raise at(error, key) from error
    return value  # type: ignore[no-any-return]


def parse_uuid(value: Any) -> UUID:
    """A UUID from its string form (any form `uuid.UUID` reads); a non-string is a misfit."""
    if isinstance(value, str):
        return UUID(value)
    if isinstance(value, UUID):  # from_dict on a mapping built in Python
        return value
    raise misfit("string (uuid)", value)


_new = object.__new__
# UUID forbids setattr; generated fast decoders build canonical UUIDs through its slots' own setters.
set_uuid_int = vars(UUID)["int"].__set__
set_uuid_safety = vars(UUID)["is_safe"].__set__
UNKNOWN_SAFETY = SafeUUID.unknown


def read_uuid(value: Any) -> UUID:
    """parse_uuid with a fast path for 36 characters holding 4 dashes (the canonical form): the same UUID
    that `UUID(value)` makes (it drops every dash and reads 32 hex digits with int(..., 16)), built directly."""
    if value.__class__ is str and len(value) == 36:
        digits = value.replace("-", "")
        if len(digits) == 32:
            uuid = _new(UUID)
            set_uuid_int(uuid, int(digits, 16))  # ValueError for a non-hex digit, as UUID() raises
            set_uuid_safety(uuid, UNKNOWN_SAFETY)
            return uuid
    return parse_uuid(value)


class FastPathMiss(Exception):
    """A generated fast decoder met something it does not handle; the careful path reads the value instead."""


def is_str(value: object) -> bool:
    return isinstance(value, str)


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_bool(value: object) -> bool:
    return isinstance(value, bool)


def is_list(value: object) -> bool:
    return isinstance(value, list)


def _describe(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return "required property is missing"
    text = str(error)
    if isinstance(error, Misfit) or isinstance(error, TypeError) and text.startswith("expected "):
        return text  # a wrong JSON type: the message says it all
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def at(error: BaseException, segment: str | int) -> ResponseValidationError:
    """`error`, raised while reading `segment` of a value, as a validation error at that segment."""
    if isinstance(error, ResponseValidationError):
        return error.under(segment)
    return ResponseValidationError(_describe(error), segments=(segment,))


def in_operation(error: BaseException, operation: str, status_code: int) -> ResponseValidationError:
    """Any parsing failure of a response body, named by operation and HTTP status."""
    if not isinstance(error, ResponseValidationError):
        error = ResponseValidationError(_describe(error), segments=())
    return error.in_operation(operation, status_code)


# ---------------------------------------------------------------------------------------------
# Request side: a model built in Python is checked against its own annotations before it is sent.

_REQUEST_ROOT = "body"


class _Refusal(Exception):
    """Where (segments, outermost first) and why a value built in Python does not fit its annotation."""

    def __init__(self, message: str, segments: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.segments = segments

    def under(self, segment: str | int) -> _Refusal:
        return _Refusal(self.message, (segment, *self.segments))


_Check = Callable[[Any], None]  # raises _Refusal


def check_request(instance: object) -> None:
    """Raise RequestValidationError (path `body.data[1].message`) when a field of `instance`, or of any
    model, list or map inside it, holds a value its annotation refuses: nothing wrong is ever sent."""
    try:
        _check_model(instance)
    except _Refusal as refusal:
        path = _REQUEST_ROOT
        for segment in refusal.segments:
            path += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
        raise RequestValidationError(refusal.message, path=path) from None


_EXTRA = "additional_properties"


def _check_model(instance: object) -> None:
    for attribute, key, check in _field_checks(type(instance)):
        try:
            check(getattr(instance, attribute))
        except _Refusal as refusal:
            raise (refusal if key is None else refusal.under(key)) from None


_FIELD_CHECKS: dict[type, tuple[tuple[str, str | None, _Check], ...]] = {}


def _field_checks(cls: type) -> tuple[tuple[str, str | None, _Check], ...]:
    """(attribute, JSON key, check) for each annotated field of a generated model, and (additional_properties,
    None, check) for a typed map (its keys are the path); built once per class."""
    found = _FIELD_CHECKS.get(cls)
    if found is None:
        keys: dict[str, str | None] = dict(getattr(cls, "__dixa_json_keys__", {}))
        namespace = vars(sys.modules[cls.__module__])
        if not namespace.get("_lazy_imports_loaded", True):
            namespace["_load_lazy_imports"]()  # the models its annotations name, imported on first use
        hints = typing.get_type_hints(cls, globalns=namespace)
        if typing.get_args(hints.get(_EXTRA, dict[str, Any]))[1:] != (Any,):
            keys[_EXTRA] = None
        found = tuple((name, keys[name], _check_for(hints[name])) for name in keys if name in hints)
        _FIELD_CHECKS[cls] = found
    return found


def _type_name(annotation: Any) -> str:
    if annotation is type(None):
        return "None"
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return annotation.__name__
    return str(annotation).replace("typing.", "").replace("datetime.datetime", "datetime")


def _check_for(annotation: Any) -> _Check:
    """A check for values of `annotation` (the annotations generated models use)."""
    origin = typing.get_origin(annotation)
    if annotation is Any:
        return _accept
    if origin in (typing.Union, types.UnionType):
        return _union_check(typing.get_args(annotation))
    if origin is typing.Literal:
        allowed = typing.get_args(annotation)
        return _predicate(lambda value: value in allowed, _type_name(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return _container_check(list, enumerate, _check_for(item))
    if origin is dict:
        _, item = typing.get_args(annotation) or (str, Any)
        return _container_check(dict, dict.items, _check_for(item))
    if annotation is int:
        return _predicate(is_int, "int")
    if annotation is float:
        return _predicate(is_number, "float")
    if annotation is type(None):
        return _predicate(lambda value: value is None, "None")
    if isinstance(annotation, type):
        shallow = _predicate(lambda value: isinstance(value, annotation), annotation.__name__)
        if hasattr(annotation, "__dixa_json_keys__"):

            def model_check(value: Any) -> None:
                shallow(value)
                _check_model(value)

            return model_check
        return shallow
    return _accept  # a form generated models do not use: nothing to hold the value against


def _accept(value: Any) -> None:
    return None


def _predicate(fits: Callable[[Any], bool], expected: str) -> _Check:
    def check(value: Any) -> None:
        if not fits(value):
            raise _Refusal(f"expected {expected}, got {type(value).__name__}")

    return check


def _container_check(kind: type, entries: Callable[[Any], Any], item: _Check) -> _Check:
    def check(value: Any) -> None:
        if not isinstance(value, kind):
            raise _Refusal(f"expected {kind.__name__}, got {type(value).__name__}")
        if item is _accept:
            return
        for segment, element in entries(value):
            try:
                item(element)
            except _Refusal as refusal:
                raise refusal.under(segment) from None

    return check


def _outer_type(annotation: Any) -> Any:
    return typing.get_origin(annotation) or annotation


def _union_check(members: tuple[Any, ...]) -> _Check:
    checks = [(_outer_type(member), _check_for(member)) for member in members]
    expected = " | ".join(_type_name(member) for member in members if getattr(member, "__name__", "") != "Unset")

    def check(value: Any) -> None:
        refusal: _Refusal | None = None
        for outer, member_check in checks:
            try:
                member_check(value)
                return
            except _Refusal as failure:
                # The member whose outer type the value has explains the misfit best (the path inside it).
                if refusal is None and isinstance(outer, type) and isinstance(value, outer) and failure.segments:
                    refusal = failure
        raise refusal or _Refusal(f"expected {expected}, got {type(value).__name__}")

    return check
