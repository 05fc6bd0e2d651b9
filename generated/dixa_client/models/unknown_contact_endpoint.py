from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownContactEndpoint")


@_attrs_define
class UnknownContactEndpoint:
    """A ContactEndpoint whose `_type` this client does not know: what every ContactEndpoint has is parsed; the rest of the
    raw data, `_type` included, is in `additional_properties` (also readable as `value['_type']`).

    """

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["name"])
    __dixa_fallback__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            name = _value if (_value := d.pop("name", UNSET)) is not None else UNSET
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        _instance = cls(
            name=name,
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
