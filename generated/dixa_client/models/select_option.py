from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import UNKNOWN_SAFETY as _UNKNOWN_SAFETY
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectOption")


@_attrs_define
class SelectOption:
    id: UUID
    label: str
    value: str
    is_deactivated: bool
    order_index: int
    nested_options: list[SelectOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "label", "value", "isDeactivated", "orderIndex"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["id", "label", "value", "isDeactivated", "orderIndex", "nestedOptions"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "label": "label",
        "value": "value",
        "is_deactivated": "isDeactivated",
        "order_index": "orderIndex",
        "nested_options": "nestedOptions",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = str(self.id)

        label = self.label

        value = self.value

        is_deactivated = self.is_deactivated

        order_index = self.order_index

        nested_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nested_options, Unset):
            nested_options = []
            for nested_options_item_data in self.nested_options:
                nested_options_item = nested_options_item_data.to_dict()
                nested_options.append(nested_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "value": value,
                "isDeactivated": is_deactivated,
                "orderIndex": order_index,
            }
        )
        if nested_options is not UNSET:
            field_dict["nestedOptions"] = nested_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is SelectOption:
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
        try:
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            label = _expect_str(d.pop("label"))
        except Exception as _exc:
            raise _at(_exc, "label") from _exc

        try:
            value = _expect_str(d.pop("value"))
        except Exception as _exc:
            raise _at(_exc, "value") from _exc

        try:
            is_deactivated = _expect_bool(d.pop("isDeactivated"))
        except Exception as _exc:
            raise _at(_exc, "isDeactivated") from _exc

        try:
            order_index = _expect_int(d.pop("orderIndex"))
        except Exception as _exc:
            raise _at(_exc, "orderIndex") from _exc

        try:
            _nested_options = _value if (_value := d.pop("nestedOptions", UNSET)) is not None else UNSET
            nested_options: list[SelectOption] | Unset = UNSET
            if _nested_options is not UNSET:
                if not isinstance(_nested_options, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_nested_options, dict) else type(_nested_options).__name__}"
                    )

                nested_options = []
                for _index_nested_options, nested_options_item_data in enumerate(_nested_options):
                    try:
                        nested_options_item = SelectOption.from_dict(nested_options_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_nested_options) from _exc
                    nested_options.append(nested_options_item)

        except Exception as _exc:
            raise _at(_exc, "nestedOptions") from _exc

        _instance = cls(
            id=id,
            label=label,
            value=value,
            is_deactivated=is_deactivated,
            order_index=order_index,
            nested_options=nested_options,
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
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "label",
        "value",
        "isDeactivated",
        "orderIndex",
        "nestedOptions",
    ]
)


def _decode(_dixa_d: Any) -> SelectOption:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(SelectOption)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["label"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.label = _dixa_v

    _dixa_v = _dixa_d["value"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.value = _dixa_v

    _dixa_v = _dixa_d["isDeactivated"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_deactivated = _dixa_v

    _dixa_v = _dixa_d["orderIndex"]
    if _dixa_v.__class__ is not int:
        raise _FastPathMiss
    _dixa_o.order_index = _dixa_v

    _dixa_n = len(_dixa_d) - 5  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.nested_options = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("nestedOptions")
    if _dixa_v is None:
        _dixa_o.nested_options = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = SelectOption.__dixa_decode__
        _dixa_o.nested_options = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


SelectOption.__dixa_decode__ = _decode
