from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tagged as _tagged
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.value import Value

if TYPE_CHECKING:
    from ..models.preset_value_type_1 import PresetValueType1

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, PresetValueType1
    from ..models.preset_value_type_1 import PresetValueType1  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Preset")


@_attrs_define
class Preset:
    value: PresetValueType1 | Value
    """ values: [PreviousQuarter, ThisWeek, PreviousWeek, Yesterday, Today, ThisMonth, PreviousMonth, ThisQuarter,
    ThisYear] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "Preset"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["value"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["value"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"value": "value"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        value: dict[str, Any] | str
        if isinstance(self.value, Value):
            value = self.value.value
        else:
            value = self.value.to_dict()
            value = _tagged(self.value, value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:

            def _value_variant_0(data: Any) -> Value:
                value_type_0 = Value.parse(_expect_str(data))

                return value_type_0

            value = cast(
                "PresetValueType1 | Value",
                _resolve_union(
                    d.pop("value"),
                    lambda: (
                        _Variant("Value", lambda v: isinstance(v, str), _value_variant_0),
                        _Variant("PresetValueType1", _is_mapping, PresetValueType1.from_dict, PresetValueType1),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "value") from _exc

        _instance = cls(
            value=value,
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
