from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation import Translation


T = TypeVar("T", bound="EmailAutoReply")


@_attrs_define
class EmailAutoReply:
    id: str
    name: str
    content: str
    created_by: str
    created_at: str
    last_edited_by: str | Unset = UNSET
    last_edited_at: str | Unset = UNSET
    translations: list[Translation] | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        name = self.name

        content = self.content

        created_by = self.created_by

        created_at = self.created_at

        last_edited_by = self.last_edited_by

        last_edited_at = self.last_edited_at

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "content": content,
                "createdBy": created_by,
                "createdAt": created_at,
            }
        )
        if last_edited_by is not UNSET:
            field_dict["lastEditedBy"] = last_edited_by
        if last_edited_at is not UNSET:
            field_dict["lastEditedAt"] = last_edited_at
        if translations is not UNSET:
            field_dict["translations"] = translations
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.translation import Translation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        content = d.pop("content")

        created_by = d.pop("createdBy")

        created_at = d.pop("createdAt")

        last_edited_by = d.pop("lastEditedBy", UNSET)

        last_edited_at = d.pop("lastEditedAt", UNSET)

        _translations = d.pop("translations", UNSET)
        translations: list[Translation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = Translation.from_dict(translations_item_data)

                translations.append(translations_item)

        subject = d.pop("subject", UNSET)

        _instance = cls(
            id=id,
            name=name,
            content=content,
            created_by=created_by,
            created_at=created_at,
            last_edited_by=last_edited_by,
            last_edited_at=last_edited_at,
            translations=translations,
            subject=subject,
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
