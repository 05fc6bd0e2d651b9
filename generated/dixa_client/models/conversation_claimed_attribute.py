from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationClaimedAttribute")


@_attrs_define
class ConversationClaimedAttribute:
    claimed_from_label: str | Unset = UNSET
    claimed_from_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claimed_from_label = self.claimed_from_label

        claimed_from_type = self.claimed_from_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if claimed_from_label is not UNSET:
            field_dict["claimedFromLabel"] = claimed_from_label
        if claimed_from_type is not UNSET:
            field_dict["claimedFromType"] = claimed_from_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        claimed_from_label = d.pop("claimedFromLabel", UNSET)

        claimed_from_type = d.pop("claimedFromType", UNSET)

        _instance = cls(
            claimed_from_label=claimed_from_label,
            claimed_from_type=claimed_from_type,
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
