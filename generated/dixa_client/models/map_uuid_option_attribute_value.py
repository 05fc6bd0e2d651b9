from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import identity as _identity
from .._unions import resolve as _resolve_union
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import is_str as _is_str
from .._validation import not_an_object as _not_an_object

T = TypeVar("T", bound="MapUUIDOptionAttributeValue")


@_attrs_define
class MapUUIDOptionAttributeValue:
    additional_properties: dict[str, list[str] | str] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _additional_property_variant_0(data: Any) -> list[str]:
                    _additional_property_type_0 = data
                    _expect_list_of(_additional_property_type_0, _expect_str)
                    additional_property_type_0 = cast("list[str]", _additional_property_type_0)

                    return additional_property_type_0

                additional_property = cast(
                    "list[str] | str",
                    _resolve_union(
                        prop_dict,
                        lambda: (
                            _Variant("list[str]", lambda v: isinstance(v, list), _additional_property_variant_0),
                            _Variant("str", _is_str, _identity, plain=True),
                        ),
                        unset_ok=False,
                        none_ok=False,
                    ),
                )

            except Exception as _exc:
                raise _at(_exc, prop_name) from _exc
            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str] | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str] | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


MapUUIDOptionAttributeValue.__dixa_decode__ = MapUUIDOptionAttributeValue._read
