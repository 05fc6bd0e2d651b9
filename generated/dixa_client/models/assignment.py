from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime as _format_datetime
from .._datetime import parse_datetime as _parse_datetime
from .._validation import at as _at

T = TypeVar("T", bound="Assignment")


@_attrs_define
class Assignment:
    agent_id: UUID
    assigned_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["agentId", "assignedAt"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["agentId", "assignedAt"])
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        agent_id = str(self.agent_id)

        assigned_at = _format_datetime(self.assigned_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "assignedAt": assigned_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            agent_id = UUID(d.pop("agentId"))

        except Exception as _exc:
            raise _at(_exc, "agentId") from _exc

        try:
            assigned_at = _parse_datetime(d.pop("assignedAt"))

        except Exception as _exc:
            raise _at(_exc, "assignedAt") from _exc

        _instance = cls(
            agent_id=agent_id,
            assigned_at=assigned_at,
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
