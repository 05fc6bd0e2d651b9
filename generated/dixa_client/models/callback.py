from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Callback")


@_attrs_define
class Callback:
    requester_id: UUID
    direction: str
    """ values: [Inbound, Outbound] """
    contact_endpoint_id: str
    queue_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requester_id = str(self.requester_id)

        direction = self.direction

        contact_endpoint_id = self.contact_endpoint_id

        queue_id = str(self.queue_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requesterId": requester_id,
                "direction": direction,
                "contactEndpointId": contact_endpoint_id,
                "queueId": queue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requester_id = UUID(d.pop("requesterId"))

        direction = d.pop("direction")

        contact_endpoint_id = d.pop("contactEndpointId")

        queue_id = UUID(d.pop("queueId"))

        _instance = cls(
            requester_id=requester_id,
            direction=direction,
            contact_endpoint_id=contact_endpoint_id,
            queue_id=queue_id,
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
