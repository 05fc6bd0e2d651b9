from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteAgentsFromTeamInput")


@_attrs_define
class DeleteAgentsFromTeamInput:
    agent_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["agentIds"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"agent_ids": "agentIds"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        agent_ids: list[str] | Unset = UNSET
        if not isinstance(self.agent_ids, Unset):
            agent_ids = []
            for agent_ids_item_data in self.agent_ids:
                agent_ids_item = str(agent_ids_item_data)
                agent_ids.append(agent_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_ids is not UNSET:
            field_dict["agentIds"] = agent_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _agent_ids = _value if (_value := d.pop("agentIds", UNSET)) is not None else UNSET
            agent_ids: list[UUID] | Unset = UNSET
            if _agent_ids is not UNSET:
                if not isinstance(_agent_ids, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_agent_ids, dict) else type(_agent_ids).__name__}"
                    )

                agent_ids = []
                for _index_agent_ids, agent_ids_item_data in enumerate(_agent_ids):
                    try:
                        agent_ids_item = _parse_uuid(agent_ids_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_agent_ids) from _exc
                    agent_ids.append(agent_ids_item)

        except Exception as _exc:
            raise _at(_exc, "agentIds") from _exc

        _instance = cls(
            agent_ids=agent_ids,
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
