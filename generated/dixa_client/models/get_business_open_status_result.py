from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBusinessOpenStatusResult")


@_attrs_define
class GetBusinessOpenStatusResult:
    is_open: bool
    timestamp: datetime.datetime
    opens_at: datetime.datetime | Unset = UNSET
    closes_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open = self.is_open

        timestamp = self.timestamp.isoformat()

        opens_at: str | Unset = UNSET
        if not isinstance(self.opens_at, Unset):
            opens_at = self.opens_at.isoformat()

        closes_at: str | Unset = UNSET
        if not isinstance(self.closes_at, Unset):
            closes_at = self.closes_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isOpen": is_open,
                "timestamp": timestamp,
            }
        )
        if opens_at is not UNSET:
            field_dict["opensAt"] = opens_at
        if closes_at is not UNSET:
            field_dict["closesAt"] = closes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_open = d.pop("isOpen")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        _opens_at = d.pop("opensAt", UNSET)
        opens_at: datetime.datetime | Unset
        if isinstance(_opens_at, Unset):
            opens_at = UNSET
        else:
            opens_at = datetime.datetime.fromisoformat(_opens_at)

        _closes_at = d.pop("closesAt", UNSET)
        closes_at: datetime.datetime | Unset
        if isinstance(_closes_at, Unset):
            closes_at = UNSET
        else:
            closes_at = datetime.datetime.fromisoformat(_closes_at)

        _instance = cls(
            is_open=is_open,
            timestamp=timestamp,
            opens_at=opens_at,
            closes_at=closes_at,
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
