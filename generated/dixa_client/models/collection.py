from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restrictions import Restrictions


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    id: str
    title: str
    internal_kb_enabled: bool
    restrictions: Restrictions
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        title = self.title

        internal_kb_enabled = self.internal_kb_enabled

        restrictions = self.restrictions.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "internalKbEnabled": internal_kb_enabled,
                "restrictions": restrictions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.restrictions import Restrictions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        internal_kb_enabled = d.pop("internalKbEnabled")

        restrictions = Restrictions.from_dict(d.pop("restrictions"))

        description = d.pop("description", UNSET)

        _instance = cls(
            id=id,
            title=title,
            internal_kb_enabled=internal_kb_enabled,
            restrictions=restrictions,
            description=description,
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
