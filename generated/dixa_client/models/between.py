from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Between")


@_attrs_define
class Between:
    """Timestamps in ISO-8601 format: yyyy-MM-dd'T'HH:mm:ss'Z'"""

    timestamp_from: datetime.datetime
    timestamp_to: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_from = self.timestamp_from.isoformat()

        timestamp_to = self.timestamp_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestampFrom": timestamp_from,
                "timestampTo": timestamp_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp_from = datetime.datetime.fromisoformat(d.pop("timestampFrom"))

        timestamp_to = datetime.datetime.fromisoformat(d.pop("timestampTo"))

        _instance = cls(
            timestamp_from=timestamp_from,
            timestamp_to=timestamp_to,
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
