from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from ..models.connection_status import ConnectionStatus
from ..models.conversation_channel import ConversationChannel
from ..models.presence_status import PresenceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPresence")


@_attrs_define
class UserPresence:
    user_id: str
    request_time: str
    connection_status: ConnectionStatus
    last_seen: str | Unset = UNSET
    presence_status: PresenceStatus | Unset = UNSET
    active_channels: list[ConversationChannel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["userId", "requestTime", "connectionStatus"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["userId", "requestTime", "connectionStatus", "lastSeen", "presenceStatus", "activeChannels"]
    )
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        request_time = self.request_time

        connection_status = self.connection_status.value

        last_seen = self.last_seen

        presence_status: str | Unset = UNSET
        if not isinstance(self.presence_status, Unset):
            presence_status = self.presence_status.value

        active_channels: list[str] | Unset = UNSET
        if not isinstance(self.active_channels, Unset):
            active_channels = []
            for active_channels_item_data in self.active_channels:
                active_channels_item = active_channels_item_data.value
                active_channels.append(active_channels_item)

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
        try:
            user_id = d.pop("userId")
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            request_time = d.pop("requestTime")
        except Exception as _exc:
            raise _at(_exc, "requestTime") from _exc

        try:
            connection_status = ConnectionStatus.parse(d.pop("connectionStatus"))

        except Exception as _exc:
            raise _at(_exc, "connectionStatus") from _exc

        try:
            last_seen = _value if (_value := d.pop("lastSeen", UNSET)) is not None else UNSET
        except Exception as _exc:
            raise _at(_exc, "lastSeen") from _exc

        try:
            _presence_status = _value if (_value := d.pop("presenceStatus", UNSET)) is not None else UNSET
            presence_status: PresenceStatus | Unset
            if isinstance(_presence_status, Unset):
                presence_status = UNSET
            else:
                presence_status = PresenceStatus.parse(_presence_status)

        except Exception as _exc:
            raise _at(_exc, "presenceStatus") from _exc

        try:
            _active_channels = _value if (_value := d.pop("activeChannels", UNSET)) is not None else UNSET
            active_channels: list[ConversationChannel] | Unset = UNSET
            if _active_channels is not UNSET:
                if not isinstance(_active_channels, list):
                    raise TypeError(f"expected a list, got {type(_active_channels).__name__}")
                active_channels = []
                for _index_active_channels, active_channels_item_data in enumerate(_active_channels):
                    try:
                        active_channels_item = ConversationChannel.parse(active_channels_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_active_channels) from _exc
                    active_channels.append(active_channels_item)

        except Exception as _exc:
            raise _at(_exc, "activeChannels") from _exc

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
