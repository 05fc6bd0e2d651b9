from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import identity as _identity
from .._unions import resolve as _resolve_union
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import is_int as _is_int
from .._validation import is_str as _is_str
from .._validation import not_an_object as _not_an_object
from ..models.conversation_direction import ConversationDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneAttributes")


@_attrs_define
class PhoneAttributes:
    from_: str
    to: int | str
    direction: ConversationDirection | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "PhoneAttributes"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["from", "to"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["from", "to", "direction", "duration"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "from_": "from",
        "to": "to",
        "direction": "direction",
        "duration": "duration",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        from_ = self.from_

        to: int | str
        to = self.to

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is PhoneAttributes:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            from_ = _expect_str(d.pop("from"))
        except Exception as _exc:
            raise _at(_exc, "from") from _exc

        try:
            to = cast(
                "int | str",
                _resolve_union(
                    d.pop("to"),
                    lambda: (
                        _Variant("str", _is_str, _identity, plain=True),
                        _Variant("int", _is_int, _identity, plain=True),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "to") from _exc

        try:
            _direction = _value if (_value := d.pop("direction", UNSET)) is not None else UNSET
            direction: ConversationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = ConversationDirection.parse(_expect_str(_direction))

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            duration = _value if (_value := d.pop("duration", UNSET)) is not None else UNSET
            if duration is not UNSET:
                _expect_int(duration)
        except Exception as _exc:
            raise _at(_exc, "duration") from _exc

        _instance = cls(
            from_=from_,
            to=to,
            direction=direction,
            duration=duration,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
_DIXA_VALUES_ConversationDirection: dict[Any, Any] = (
    ConversationDirection._value2member_map_
)  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(["from", "to", "direction", "duration", "_type"])


def _decode(_dixa_d: Any) -> PhoneAttributes:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(PhoneAttributes)
    _dixa_v = _dixa_d["from"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.from_ = _dixa_v

    _dixa_v = _dixa_d["to"]
    if _dixa_v.__class__ is str or _dixa_v.__class__ is int:
        _dixa_o.to = _dixa_v
    else:
        to = cast(
            "int | str",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("str", _is_str, _identity, plain=True),
                    _Variant("int", _is_int, _identity, plain=True),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.to = to

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.direction = _dixa_o.duration = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("direction")
    if _dixa_v is None:
        _dixa_o.direction = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.direction = _DIXA_VALUES_ConversationDirection.get(_dixa_v) or ConversationDirection.parse(_dixa_v)

    _dixa_v = _dixa_d.get("duration")
    if _dixa_v is None:
        _dixa_o.duration = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.duration = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


PhoneAttributes.__dixa_decode__ = _decode
