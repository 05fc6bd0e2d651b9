from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
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
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["userId", "requestTime", "connectionStatus"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["userId", "requestTime", "connectionStatus", "lastSeen", "presenceStatus", "activeChannels"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "user_id": "userId",
        "request_time": "requestTime",
        "connection_status": "connectionStatus",
        "last_seen": "lastSeen",
        "presence_status": "presenceStatus",
        "active_channels": "activeChannels",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
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
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is UserPresence:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            user_id = _expect_str(d.pop("userId"))
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            request_time = _expect_str(d.pop("requestTime"))
        except Exception as _exc:
            raise _at(_exc, "requestTime") from _exc

        try:
            connection_status = ConnectionStatus.parse(_expect_str(d.pop("connectionStatus")))

        except Exception as _exc:
            raise _at(_exc, "connectionStatus") from _exc

        try:
            last_seen = _value if (_value := d.pop("lastSeen", UNSET)) is not None else UNSET
            if last_seen is not UNSET:
                _expect_str(last_seen)
        except Exception as _exc:
            raise _at(_exc, "lastSeen") from _exc

        try:
            _presence_status = _value if (_value := d.pop("presenceStatus", UNSET)) is not None else UNSET
            presence_status: PresenceStatus | Unset
            if isinstance(_presence_status, Unset):
                presence_status = UNSET
            else:
                presence_status = PresenceStatus.parse(_expect_str(_presence_status))

        except Exception as _exc:
            raise _at(_exc, "presenceStatus") from _exc

        try:
            _active_channels = _value if (_value := d.pop("activeChannels", UNSET)) is not None else UNSET
            active_channels: list[ConversationChannel] | Unset = UNSET
            if _active_channels is not UNSET:
                if not isinstance(_active_channels, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_active_channels, dict) else type(_active_channels).__name__}"
                    )

                active_channels = []
                for _index_active_channels, active_channels_item_data in enumerate(_active_channels):
                    try:
                        active_channels_item = ConversationChannel.parse(_expect_str(active_channels_item_data))

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


_new = object.__new__
_DIXA_VALUES_ConnectionStatus: dict[Any, Any] = ConnectionStatus._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_ConversationChannel: dict[Any, Any] = ConversationChannel._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_PresenceStatus: dict[Any, Any] = PresenceStatus._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "requestTime",
        "connectionStatus",
        "lastSeen",
        "presenceStatus",
        "activeChannels",
    ]
)


def _decode(_dixa_d: Any) -> UserPresence:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(UserPresence)
    _dixa_v = _dixa_d["userId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.user_id = _dixa_v

    _dixa_v = _dixa_d["requestTime"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.request_time = _dixa_v

    _dixa_v = _dixa_d["connectionStatus"]
    _dixa_o.connection_status = _DIXA_VALUES_ConnectionStatus.get(_dixa_v) or ConnectionStatus.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 3  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.last_seen = _dixa_o.presence_status = _dixa_o.active_channels = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("lastSeen")
    if _dixa_v is None:
        _dixa_o.last_seen = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.last_seen = _dixa_v

    _dixa_v = _dixa_d.get("presenceStatus")
    if _dixa_v is None:
        _dixa_o.presence_status = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.presence_status = _DIXA_VALUES_PresenceStatus.get(_dixa_v) or PresenceStatus.parse(_dixa_v)

    _dixa_v = _dixa_d.get("activeChannels")
    if _dixa_v is None:
        _dixa_o.active_channels = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.active_channels = [
            (_DIXA_VALUES_ConversationChannel.get(_dixa_i) or ConversationChannel.parse(_dixa_i)) for _dixa_i in _dixa_v
        ]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


UserPresence.__dixa_decode__ = _decode
