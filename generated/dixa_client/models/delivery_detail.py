from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryDetail")


@_attrs_define
class DeliveryDetail:
    delivery_timestamp: str
    success: bool
    response_code: int
    response_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_timestamp = self.delivery_timestamp

        success = self.success

        response_code = self.response_code

        response_text = self.response_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryTimestamp": delivery_timestamp,
                "success": success,
                "responseCode": response_code,
                "responseText": response_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_timestamp = d.pop("deliveryTimestamp")

        success = d.pop("success")

        response_code = d.pop("responseCode")

        response_text = d.pop("responseText")

        _instance = cls(
            delivery_timestamp=delivery_timestamp,
            success=success,
            response_code=response_code,
            response_text=response_text,
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
