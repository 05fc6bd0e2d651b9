from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPresence")


@_attrs_define
class UserPresence:
    user_id: str
    request_time: str
    connection_status: str
    """ values: [Offline, Online] """
    last_seen: str | Unset = UNSET
    presence_status: str | Unset = UNSET
    """ values: [Away, Working] """
    active_channels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        request_time = self.request_time

        connection_status = self.connection_status

        last_seen = self.last_seen

        presence_status = self.presence_status

        active_channels: list[str] | Unset = UNSET
        if not isinstance(self.active_channels, Unset):
            active_channels = self.active_channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "requestTime": request_time,
                "connectionStatus": connection_status,
            }
        )
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if presence_status is not UNSET:
            field_dict["presenceStatus"] = presence_status
        if active_channels is not UNSET:
            field_dict["activeChannels"] = active_channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        request_time = d.pop("requestTime")

        connection_status = d.pop("connectionStatus")

        last_seen = d.pop("lastSeen", UNSET)

        presence_status = d.pop("presenceStatus", UNSET)

        active_channels = cast(list[str], d.pop("activeChannels", UNSET))

        _instance = cls(
            user_id=user_id,
            request_time=request_time,
            connection_status=connection_status,
            last_seen=last_seen,
            presence_status=presence_status,
            active_channels=active_channels,
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
