from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translation import ArticleTranslation


T = TypeVar("T", bound="TranslationList")


@_attrs_define
class TranslationList:
    draft: list[ArticleTranslation] | Unset = UNSET
    published: list[ArticleTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        draft: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.draft, Unset):
            draft = []
            for draft_item_data in self.draft:
                draft_item = draft_item_data.to_dict()
                draft.append(draft_item)

        published: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = []
            for published_item_data in self.published:
                published_item = published_item_data.to_dict()
                published.append(published_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if draft is not UNSET:
            field_dict["draft"] = draft
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_translation import ArticleTranslation  # noqa: PLC0415

        d = dict(src_dict)
        _draft = d.pop("draft", UNSET)
        draft: list[ArticleTranslation] | Unset = UNSET
        if _draft is not UNSET:
            draft = []
            for draft_item_data in _draft:
                draft_item = ArticleTranslation.from_dict(draft_item_data)

                draft.append(draft_item)

        _published = d.pop("published", UNSET)
        published: list[ArticleTranslation] | Unset = UNSET
        if _published is not UNSET:
            published = []
            for published_item_data in _published:
                published_item = ArticleTranslation.from_dict(published_item_data)

                published.append(published_item)

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
