from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inherited_restriction import InheritedRestriction


T = TypeVar("T", bound="Restrictions")


@_attrs_define
class Restrictions:
    is_restricted: bool
    inherited_restrictions: list[InheritedRestriction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        is_restricted = self.is_restricted

        inherited_restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inherited_restrictions, Unset):
            inherited_restrictions = []
            for inherited_restrictions_item_data in self.inherited_restrictions:
                inherited_restrictions_item = inherited_restrictions_item_data.to_dict()
                inherited_restrictions.append(inherited_restrictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isRestricted": is_restricted,
            }
        )
        if inherited_restrictions is not UNSET:
            field_dict["inheritedRestrictions"] = inherited_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inherited_restriction import InheritedRestriction  # noqa: PLC0415

        d = dict(src_dict)
        is_restricted = d.pop("isRestricted")

        _inherited_restrictions = d.pop("inheritedRestrictions", UNSET)
        inherited_restrictions: list[InheritedRestriction] | Unset = UNSET
        if _inherited_restrictions is not UNSET:
            inherited_restrictions = []
            for inherited_restrictions_item_data in _inherited_restrictions:
                inherited_restrictions_item = InheritedRestriction.from_dict(inherited_restrictions_item_data)

                inherited_restrictions.append(inherited_restrictions_item)

        _instance = cls(
            is_restricted=is_restricted,
            inherited_restrictions=inherited_restrictions,
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
