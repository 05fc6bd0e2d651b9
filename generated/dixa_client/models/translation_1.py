from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translation import ArticleTranslation


T = TypeVar("T", bound="Translation1")


@_attrs_define
class Translation1:
    draft: ArticleTranslation
    published: ArticleTranslation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        draft = self.draft.to_dict()

        published: dict[str, Any] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = self.published.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
            }
        )
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_translation import ArticleTranslation  # noqa: PLC0415

        d = dict(src_dict)
        draft = ArticleTranslation.from_dict(d.pop("draft"))

        _published = d.pop("published", UNSET)
        published: ArticleTranslation | Unset
        if isinstance(_published, Unset):
            published = UNSET
        else:
            published = ArticleTranslation.from_dict(_published)

        _instance = cls(
            draft=draft,
            published=published,
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
