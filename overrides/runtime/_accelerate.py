"""The msgspec accelerator: a 2xx body read by msgspec in C, then copied into the same models.

msgspec is a dependency of the package on CPython; where it cannot be imported (PyPy, a vendored copy
without it) nothing here runs, and the pure Python path reads every body. For each response
model, msgspec Structs mirroring it are built on first use from the model's own annotations (wire
names from `__dixa_json_keys__`, `_type` tags for tagged unions, unknown keys forbidden), and a
straight-line converter copies a decoded Struct into the attrs model without `__init__`, as the
generated `_decode` does. The Structs accept only what the careful path reads to the same value:
any msgspec error (unknown key, enum value or tag, wrong JSON type, a timestamp or number it does
not read, a body that is not UTF-8 JSON) or any converter error sends the same bytes down the pure
Python path, so results and errors are those of the pure Python path. Whatever cannot be mirrored
(an untagged union of models, a type msgspec reads differently) is left to the model's `from_dict`
on the values msgspec decoded as `json.loads` would, or, at the top, to the pure Python path.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import operator
import re
import threading
import types
import typing
import uuid
from collections.abc import Callable, Iterable
from typing import Any, Final

from ._datetime import from_iso, read_timestamp
from ._extra import lazy_additional_properties
from .types import UNSET, Unset

__all__ = ["MISS", "available", "document_member", "enabled", "parse_success", "set_enabled", "top_level_member"]

MISS: Final[Any] = object()  # "not read here": the pure Python path reads the body

_lock: Final = threading.RLock()
_enabled = True
_msgspec: Any = None  # the module once imported; False when it is not installed
# endpoint module -> status -> decoder of the body (None: that status is not read here)
_plans: dict[types.ModuleType, dict[int, Callable[[bytes], tuple[Any, Any]] | None]] = {}
_decoders: dict[type, Callable[[bytes], tuple[Any, Any]] | None] = {}


def _module() -> Any:
    global _msgspec
    if _msgspec is None:
        try:
            import msgspec  # noqa: PLC0415 - may be missing, and imported only when a body is read
        except ImportError:
            _msgspec = False
        else:
            _msgspec = msgspec
    return _msgspec


def available() -> bool:
    """Is msgspec installed?"""
    return _module() is not False


def enabled() -> bool:
    """Are bodies read through msgspec (installed, and not switched off)?"""
    return _enabled and available()


def set_enabled(on: bool) -> bool:
    """Switch the accelerator on or off for the process (tests and `make bench` compare both paths);
    returns the previous setting."""
    global _enabled
    previous, _enabled = _enabled, on
    return previous


def parse_success(
    endpoint: types.ModuleType,
    content: bytes,
    status_code: int,
    on_document: Callable[[Callable[[str], Any]], None] | None = None,
) -> Any:
    """The endpoint's 2xx model read from `content` by msgspec, or MISS (the pure Python path reads it).

    `on_document`, when given, receives a reader of the body's top-level members from the same decoding
    (see `document_member`): a pager reads `meta.next` with it instead of reading the body again."""
    if not _enabled or not 200 <= status_code < 300 or _module() is False:
        return MISS
    read = _plan(endpoint, status_code)
    if read is None:
        return MISS
    try:
        parsed, document = read(content)
    except Exception:  # noqa: BLE001 - any misfit: the pure Python path gives the result or the exact error
        return MISS
    if on_document is not None:
        on_document(functools.partial(document_member, document))
    return parsed


def document_member(document: Any, key: str) -> Any:
    """`json.loads(content).get(key)`, from the Struct msgspec read `content` into: Structs as dicts
    (a property the body left out reads as null), UUIDs and enums as strings; MISS if it cannot say,
    as for a value holding a list (converters reuse msgspec's lists for the models they make).
    A key that is no field of the Struct is not in the body: unknown keys are forbidden."""
    try:
        fields = dict(zip(document.__struct_encode_fields__, document.__struct_fields__, strict=True))
        name = fields.get(key)
        if name is None:
            return None
        value = getattr(document, name)
        return MISS if _holds_a_list(value) else _module().to_builtins(value)
    except Exception:  # noqa: BLE001 - then the caller reads the body itself
        return MISS


def _holds_a_list(value: Any) -> bool:
    if isinstance(value, list):
        return True
    fields = getattr(type(value), "__struct_fields__", ())
    return any(_holds_a_list(getattr(value, name)) for name in fields)


def top_level_member(content: bytes, key: str) -> Any:
    """`json.loads(content).get(key)` for a body that is a JSON object, read without building the rest
    (msgspec skips it); MISS when msgspec is off or refuses the body (`json.loads` then decides)."""
    if not _enabled or _module() is False:
        return MISS
    try:
        document = _member_decoder(key).decode(content)
    except Exception:  # noqa: BLE001
        return MISS
    return getattr(document, "member", None)


_member_decoders: dict[str, Any] = {}


def _member_decoder(key: str) -> Any:
    decoder = _member_decoders.get(key)
    if decoder is None:
        msgspec = _module()
        member = msgspec.defstruct("Member", [("member", Any, None)], rename={"member": key})
        decoder = _member_decoders[key] = msgspec.json.Decoder(member)
    return decoder


# ---------------------------------------------------------------------------------------------
# Which model an endpoint's 2xx status reads


class _ReadsJson(Exception):
    pass


class _Probe:
    """A response whose body the endpoint's parser asks for, to learn whether a status is read as JSON."""

    content = b""

    def __init__(self, status_code: int) -> None:
        self.status_code = status_code

    def json(self) -> Any:
        raise _ReadsJson


class _ProbeClient:
    raise_on_unexpected_status = True


def _plan(endpoint: types.ModuleType, status_code: int) -> Callable[[bytes], tuple[Any, Any]] | None:
    plan = _plans.get(endpoint)
    if plan is not None and status_code in plan:
        return plan[status_code]
    with _lock:
        plan = _plans.setdefault(endpoint, {})
        if status_code not in plan:
            plan[status_code] = _plan_for(endpoint, status_code)
        return plan[status_code]


def _plan_for(endpoint: types.ModuleType, status_code: int) -> Callable[[bytes], tuple[Any, Any]] | None:
    """The decoder of the one model the endpoint's `_parse_success` returns, when the status is one its
    parser reads as JSON; None otherwise (several models, a list, no body, an undocumented status)."""
    body = getattr(endpoint, "_parse_response_body", None)
    success = getattr(endpoint, "_parse_success", None)
    if body is None or success is None:
        return None
    try:
        body(client=_ProbeClient(), response=_Probe(status_code))
    except _ReadsJson:
        pass
    except Exception:  # noqa: BLE001 - an undocumented status, or a parser of another shape
        return None
    else:
        return None  # a status without a JSON body
    try:
        model = typing.get_type_hints(success, vars(endpoint)).get("return")
    except Exception:  # noqa: BLE001
        return None
    return _decoder(model) if isinstance(model, type) and _is_model(model) else None


def _decoder(model: type) -> Callable[[bytes], tuple[Any, Any]] | None:
    if model not in _decoders:
        try:
            struct = _Builder().struct(model)
        except Exception:  # noqa: BLE001 - _Unsupported, or a model this module did not foresee
            _decoders[model] = None
        else:
            _decoders[model] = _reader(_module().json.Decoder(struct).decode, _converters[struct])
    return _decoders[model]


def _reader(decode: Callable[[bytes], Any], convert: Callable[[Any], Any]) -> Callable[[bytes], tuple[Any, Any]]:
    """(the model, the Struct it was copied from) of a body."""

    def read(content: bytes) -> tuple[Any, Any]:
        document = decode(content)
        return convert(document), document

    return read


# ---------------------------------------------------------------------------------------------
# Structs and converters, from the models' annotations

_structs: dict[type, Any] = {}  # model -> its Struct
_converters: dict[Any, Callable[[Any], Any]] = {}  # Struct -> converter to the model
_building: set[type] = set()


def _convert_each(items: list[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """`items` (a list msgspec made, dropped with its Structs after) with each item converted, in place: no
    second list. Each list a page makes counts towards the collector's thresholds: on a large page a list
    per item can decide whether a full collection runs once or twice while the page is read."""
    for index, item in enumerate(items):
        items[index] = convert(item)
    return items


def _convert_each_by_class(items: list[Any], convert_by_class: dict[Any, Callable[[Any], Any]]) -> list[Any]:
    """`_convert_each`, the converter picked by each Struct's class (a tagged union's members)."""
    for index, item in enumerate(items):
        items[index] = convert_by_class[item.__class__](item)
    return items


_namespace: dict[str, Any] = {
    "UNSET": UNSET,
    "_new": object.__new__,
    "_from_iso": from_iso,
    "_read_timestamp": read_timestamp,
    "_each": _convert_each,
    "_each_by_class": _convert_each_by_class,
}


class _Unsupported(Exception):
    """A type the Structs do not mirror exactly."""


def _is_model(value: object) -> bool:
    return isinstance(value, type) and hasattr(value, "__dixa_json_keys__") and hasattr(value, "__attrs_attrs__")


def _union(members: Iterable[Any]) -> Any:
    return functools.reduce(operator.or_, members)


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _hints(model: type) -> dict[str, Any]:
    module = importlib.import_module(model.__module__)
    load = getattr(module, "_load_lazy_imports", None)
    if load is not None:
        load()  # the models named only under TYPE_CHECKING
    return typing.get_type_hints(model, vars(module))


# Dixa's most common timestamp forms go straight to fromisoformat, as in the generated `_decode`.
_TIMESTAMP = (
    "(_from_iso({v}[:-5]) if {v}[-6:] == 'Z[GMT]' and len({v}) >= 21 and {v}[10] == 'T' else _read_timestamp({v}))"
)


def _each(item_expression: str, v: str) -> str:
    """The expression converting each item of the list `v`: a model's or a tagged union's items in place."""
    if (call := re.fullmatch(r"(\w+)\(x\)", item_expression)) is not None:
        return f"_each({v}, {call[1]})"
    if (dispatch := re.fullmatch(r"(\w+)\[x\.__class__\]\(x\)", item_expression)) is not None:
        return f"_each_by_class({v}, {dispatch[1]})"
    return f"[{item_expression} for x in {v}]"


class _Builder:
    """Builds the Struct of a model and of every model it holds, with their converters (in `_namespace`)."""

    def __init__(self) -> None:
        self.names = 0

    def name(self, prefix: str) -> str:
        self.names += 1
        return f"_{prefix}{len(_namespace)}_{self.names}"

    def struct(self, model: type) -> Any:
        struct = _structs.get(model)
        if struct is not None:
            return struct
        if model in _building:
            raise _Unsupported(model)  # a cycle: the inner reference is read by from_dict
        _building.add(model)
        try:
            struct = _structs[model] = self._build(model)
        finally:
            _building.discard(model)
        return struct

    def _build(self, model: type) -> Any:
        msgspec = _module()
        hints = _hints(model)
        if hints.get("additional_properties") != dict[str, Any]:
            raise _Unsupported(model)  # typed additional properties: read by the model itself
        keys: dict[str, str] = model.__dixa_json_keys__  # type: ignore[attr-defined]
        required, optional = [], []
        converter = self.name(f"convert_{model.__name__}_")
        model_name = self.name("model")
        _namespace[model_name] = model
        lines = [f"def {converter}(s):", f"    o = _new({model_name})"]
        for attribute in model.__attrs_attrs__:  # type: ignore[attr-defined]
            name = attribute.name
            if name == "additional_properties":
                continue
            if name not in keys:
                raise _Unsupported(model)
            members = _members(hints[name])
            is_optional = Unset in members
            core = tuple(member for member in members if member is not Unset)
            wire_type, expression = self.field(core[0] if len(core) == 1 else _union(core), "v")
            if is_optional:  # absent or null: unset, as the careful path reads it
                optional.append((name, wire_type | None, None))
                lines.append(f"    v = s.{name}")
                lines.append(f"    o.{name} = UNSET if v is None else {expression}")
            elif expression == "v":
                required.append((name, wire_type))
                lines.append(f"    o.{name} = s.{name}")
            else:
                required.append((name, wire_type))
                lines.append(f"    v = s.{name}")
                lines.append(f"    o.{name} = {expression}")
        if getattr(model, "__getattr__", None) is not lazy_additional_properties:
            lines.append("    o.additional_properties = {}")  # else made on first use, as by `_decode`
        lines.append("    return o")
        options: dict[str, Any] = {
            "rename": {name: keys[name] for name, *_ in required + optional},
            "forbid_unknown_fields": True,
            "gc": False,
        }
        tag = getattr(model, "__dixa_tag__", None)
        if tag is not None:
            options.update(tag_field="_type", tag=tag)
        try:
            struct = msgspec.defstruct(f"{model.__name__}Struct", required + optional, **options)
            msgspec.json.Decoder(struct)  # msgspec's own check of the types (unions it cannot read)
        except (TypeError, ValueError) as error:
            raise _Unsupported(model) from error
        exec("\n".join(lines), _namespace)  # noqa: S102 - code built here from the model's annotations
        _converters[struct] = _namespace[converter]
        return struct

    def field(self, annotation: Any, v: str) -> tuple[Any, str]:
        """The Struct's type for a value and the converter's expression for it (`v` when kept as is)."""
        if annotation in (str, int, bool, uuid.UUID, Any):
            return annotation, v  # msgspec checks the JSON type exactly (no bool for int) and reads UUIDs
        if annotation is float:
            return int | float, v  # an integer stays an int, as json.loads reads it
        if annotation is datetime.datetime:
            return str, _TIMESTAMP.format(v=v)
        if isinstance(annotation, type) and issubclass(annotation, enum.StrEnum):
            return annotation, v  # known values only: an unknown one is read by the careful path
        if _is_model(annotation):
            return self.model(annotation, v)
        origin = typing.get_origin(annotation)
        if origin is list:
            (item,) = typing.get_args(annotation)
            item_type, item_expression = self.field(item, "x")
            if item_expression == "x":
                return list[item_type], v  # type: ignore[valid-type]
            return list[item_type], _each(item_expression, v)  # type: ignore[valid-type]
        if origin in (typing.Union, types.UnionType):
            return self.union(typing.get_args(annotation), v)
        raise _Unsupported(annotation)

    def model(self, model: type, v: str) -> tuple[Any, str]:
        try:
            struct = self.struct(model)
        except _Unsupported:
            name = self.name("from_dict")
            _namespace[name] = model.from_dict  # type: ignore[attr-defined]
            return Any, f"{name}({v})"
        converter = self.name("convert")
        _namespace[converter] = _converters[struct]
        return struct, f"{converter}({v})"

    def union(self, members: tuple[Any, ...], v: str) -> tuple[Any, str]:
        if all(_is_model(member) for member in members):
            # Tagged models: msgspec picks the member by `_type`; the fallback member (unknown tags) and
            # untagged members are left to the careful path. Two members with one tag are not mirrored,
            # nor one tagged member alone: msgspec reads a lone Struct without its tag, where the careful
            # path would rank the union's members by their keys.
            tagged = [m for m in members if m.__dixa_tag__ is not None and not m.__dixa_fallback__]
            tags = [m.__dixa_tag__ for m in tagged]
            if len(tagged) < 2 or len(set(tags)) != len(tags):
                raise _Unsupported(members)
            structs = [self.struct(member) for member in tagged]
            table = self.name("by_struct")
            _namespace[table] = {struct: _converters[struct] for struct in structs}
            return _union(structs), f"{table}[{v}.__class__]({v})"
        mapped = [self.field(member, v) for member in members]
        if any(expression != v for _, expression in mapped):
            raise _Unsupported(members)
        return _union(wire_type for wire_type, _ in mapped), v
