from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_attribute_value import MapAttributeValue

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, MapAttributeValue
    from ..models.map_attribute_value import MapAttributeValue  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationCustomAttributesUpdatedAttribute")


@_attrs_define
class ConversationCustomAttributesUpdatedAttribute:
    updated_attribute_values: MapAttributeValue
    updated_attribute_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "ConversationCustomAttributesUpdatedAttribute"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["updatedAttributeValues"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["updatedAttributeValues", "updatedAttributeIds"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "updated_attribute_values": "updatedAttributeValues",
        "updated_attribute_ids": "updatedAttributeIds",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        updated_attribute_values = self.updated_attribute_values.to_dict()

        updated_attribute_ids: list[str] | Unset = UNSET
        if not isinstance(self.updated_attribute_ids, Unset):
            updated_attribute_ids = self.updated_attribute_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updatedAttributeValues": updated_attribute_values,
            }
        )
        if updated_attribute_ids is not UNSET:
            field_dict["updatedAttributeIds"] = updated_attribute_ids

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
            updated_attribute_values = MapAttributeValue.from_dict(d.pop("updatedAttributeValues"))

        except Exception as _exc:
            raise _at(_exc, "updatedAttributeValues") from _exc

        try:
            _updated_attribute_ids = _value if (_value := d.pop("updatedAttributeIds", UNSET)) is not None else UNSET
            if _updated_attribute_ids is not UNSET:
                _expect_list_of(_updated_attribute_ids, _expect_str)
            updated_attribute_ids = cast("list[str]", _updated_attribute_ids)

        except Exception as _exc:
            raise _at(_exc, "updatedAttributeIds") from _exc

        _instance = cls(
            updated_attribute_values=updated_attribute_values,
            updated_attribute_ids=updated_attribute_ids,
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
