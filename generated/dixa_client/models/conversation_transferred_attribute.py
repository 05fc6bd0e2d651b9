from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationTransferredAttribute")


@_attrs_define
class ConversationTransferredAttribute:
    transfer_type: str
    destination_type: str
    destination_id: str
    destination_label: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_type = self.transfer_type

        destination_type = self.destination_type

        destination_id = self.destination_id

        destination_label = self.destination_label

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferType": transfer_type,
                "destinationType": destination_type,
                "destinationId": destination_id,
            }
        )
        if destination_label is not UNSET:
            field_dict["destinationLabel"] = destination_label
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_type = d.pop("transferType")

        destination_type = d.pop("destinationType")

        destination_id = d.pop("destinationId")

        destination_label = d.pop("destinationLabel", UNSET)

        reason = d.pop("reason", UNSET)

        _instance = cls(
            transfer_type=transfer_type,
            destination_type=destination_type,
            destination_id=destination_id,
            destination_label=destination_label,
            reason=reason,
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
