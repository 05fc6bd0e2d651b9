from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_catalog_item import ArticleCatalogItem
    from ..models.category_catalog_item import CategoryCatalogItem


T = TypeVar("T", bound="CollectionCatalogItem")


@_attrs_define
class CollectionCatalogItem:
    categories: list[CategoryCatalogItem] | Unset = UNSET
    articles: list[ArticleCatalogItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if articles is not UNSET:
            field_dict["articles"] = articles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_catalog_item import ArticleCatalogItem  # noqa: PLC0415
        from ..models.category_catalog_item import CategoryCatalogItem  # noqa: PLC0415

        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        categories: list[CategoryCatalogItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = CategoryCatalogItem.from_dict(categories_item_data)

                categories.append(categories_item)

        _articles = d.pop("articles", UNSET)
        articles: list[ArticleCatalogItem] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = ArticleCatalogItem.from_dict(articles_item_data)

                articles.append(articles_item)

        _instance = cls(
            categories=categories,
            articles=articles,
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
