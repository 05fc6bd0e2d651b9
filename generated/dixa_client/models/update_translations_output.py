from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_translation import ArticleTranslation
    from ..models.translation_error import TranslationError


T = TypeVar("T", bound="UpdateTranslationsOutput")


@_attrs_define
class UpdateTranslationsOutput:
    data: list[ArticleTranslation] | Unset = UNSET
    """ Successfully upserted translations """
    partial_errors: list[TranslationError] | Unset = UNSET
    """ Errors for translations that failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        partial_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_errors, Unset):
            partial_errors = []
            for partial_errors_item_data in self.partial_errors:
                partial_errors_item = partial_errors_item_data.to_dict()
                partial_errors.append(partial_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if partial_errors is not UNSET:
            field_dict["partialErrors"] = partial_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_translation import ArticleTranslation  # noqa: PLC0415
        from ..models.translation_error import TranslationError  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ArticleTranslation] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ArticleTranslation.from_dict(data_item_data)

                data.append(data_item)

        _partial_errors = d.pop("partialErrors", UNSET)
        partial_errors: list[TranslationError] | Unset = UNSET
        if _partial_errors is not UNSET:
            partial_errors = []
            for partial_errors_item_data in _partial_errors:
                partial_errors_item = TranslationError.from_dict(partial_errors_item_data)

                partial_errors.append(partial_errors_item)

        _instance = cls(
            data=data,
            partial_errors=partial_errors,
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
