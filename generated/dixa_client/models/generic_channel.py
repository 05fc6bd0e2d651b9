from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericChannel")


@_attrs_define
class GenericChannel:
    generic_channel_name: str
    availability: str
    """ values: [Available, NotAvailable] """
    queue_size: int | Unset = UNSET
    """ The number of conversations currently waiting in the queue. This field will only be present if the queue
    availability is NotAvailable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generic_channel_name = self.generic_channel_name

        availability = self.availability

        queue_size = self.queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genericChannelName": generic_channel_name,
                "availability": availability,
            }
        )
        if queue_size is not UNSET:
            field_dict["queueSize"] = queue_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generic_channel_name = d.pop("genericChannelName")

        availability = d.pop("availability")

        queue_size = d.pop("queueSize", UNSET)

        _instance = cls(
            generic_channel_name=generic_channel_name,
            availability=availability,
            queue_size=queue_size,
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
