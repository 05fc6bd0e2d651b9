from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent
    from ..models.available_at import AvailableAt


T = TypeVar("T", bound="ArticleTranslation")


@_attrs_define
class ArticleTranslation:
    language: str
    title: str
    is_indexed_version: bool
    contents: ArticleContent
    available_at: AvailableAt
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        language = self.language

        title = self.title

        is_indexed_version = self.is_indexed_version

        contents = self.contents.to_dict()

        available_at = self.available_at.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "title": title,
                "isIndexedVersion": is_indexed_version,
                "contents": contents,
                "availableAt": available_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_content import ArticleContent  # noqa: PLC0415
        from ..models.available_at import AvailableAt  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        title = d.pop("title")

        is_indexed_version = d.pop("isIndexedVersion")

        contents = ArticleContent.from_dict(d.pop("contents"))

        available_at = AvailableAt.from_dict(d.pop("availableAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        _instance = cls(
            language=language,
            title=title,
            is_indexed_version=is_indexed_version,
            contents=contents,
            available_at=available_at,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
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
