from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InternalNoteData")


@_attrs_define
class InternalNoteData:
    id: UUID
    author_id: UUID
    created_at: datetime.datetime
    csid: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        author_id = str(self.author_id)

        created_at = self.created_at.isoformat()

        csid = self.csid

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorId": author_id,
                "createdAt": created_at,
                "csid": csid,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        author_id = UUID(d.pop("authorId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        csid = d.pop("csid")

        message = d.pop("message")

        _instance = cls(
            id=id,
            author_id=author_id,
            created_at=created_at,
            csid=csid,
            message=message,
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
