from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from ..models.tag_state import TagState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    id: UUID
    name: str
    state: TagState
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "name", "state"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name", "state", "color"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"id": "id", "name": "name", "state": "state", "color": "color"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = str(self.id)

        name = self.name

        state = self.state.value

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "state": state,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            state = TagState.parse(_expect_str(d.pop("state")))

        except Exception as _exc:
            raise _at(_exc, "state") from _exc

        try:
            color = _value if (_value := d.pop("color", UNSET)) is not None else UNSET
            if color is not UNSET:
                _expect_str(color)
        except Exception as _exc:
            raise _at(_exc, "color") from _exc

        _instance = cls(
            id=id,
            name=name,
            state=state,
            color=color,
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
