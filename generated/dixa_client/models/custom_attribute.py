from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import identity as _identity
from .._unions import resolve as _resolve_union
from .._validation import at as _at

T = TypeVar("T", bound="CustomAttribute")


@_attrs_define
class CustomAttribute:
    id: UUID
    name: str
    identifier: str
    value: list[str] | str
    """ AttributeValue values: String[] if the type of the custom attribute is Select or String if the type of the
    custom attribute is Text """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "name", "identifier", "value"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name", "identifier", "value"])
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        identifier = self.identifier

        value: list[str] | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "identifier": identifier,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = d.pop("name")
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            identifier = d.pop("identifier")
        except Exception as _exc:
            raise _at(_exc, "identifier") from _exc

        try:

            def _value_variant_0(data: Any) -> list[str]:
                _value_type_0 = data
                if not isinstance(_value_type_0, list):
                    raise TypeError(f"expected a list, got {type(_value_type_0).__name__}")
                value_type_0 = cast("list[str]", _value_type_0)

                return value_type_0

            value = cast(
                "list[str] | str",
                _resolve_union(
                    d.pop("value"),
                    lambda: (
                        _Variant("list[str]", lambda v: isinstance(v, list), _value_variant_0),
                        _Variant("str", lambda v: isinstance(v, str), _identity, plain=True),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "value") from _exc

        _instance = cls(
            id=id,
            name=name,
            identifier=identifier,
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
