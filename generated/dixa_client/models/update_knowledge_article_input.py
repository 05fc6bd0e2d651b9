from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags_update_input import TagsUpdateInput

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, TagsUpdateInput
    from ..models.tags_update_input import TagsUpdateInput  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="UpdateKnowledgeArticleInput")


@_attrs_define
class UpdateKnowledgeArticleInput:
    owned_by: str | Unset = UNSET
    """ ID of the user who owns the article """
    tags: TagsUpdateInput | Unset = UNSET
    """ Tags to add or remove """
    pre_release: bool | Unset = UNSET
    """ Whether the article is only available in pre-release mode """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["ownedBy", "tags", "preRelease"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"owned_by": "ownedBy", "tags": "tags", "pre_release": "preRelease"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        owned_by = self.owned_by

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        pre_release = self.pre_release

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owned_by is not UNSET:
            field_dict["ownedBy"] = owned_by
        if tags is not UNSET:
            field_dict["tags"] = tags
        if pre_release is not UNSET:
            field_dict["preRelease"] = pre_release

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            owned_by = _value if (_value := d.pop("ownedBy", UNSET)) is not None else UNSET
            if owned_by is not UNSET:
                _expect_str(owned_by)
        except Exception as _exc:
            raise _at(_exc, "ownedBy") from _exc

        try:
            _tags = _value if (_value := d.pop("tags", UNSET)) is not None else UNSET
            tags: TagsUpdateInput | Unset
            if isinstance(_tags, Unset):
                tags = UNSET
            else:
                tags = TagsUpdateInput.from_dict(_tags)

        except Exception as _exc:
            raise _at(_exc, "tags") from _exc

        try:
            pre_release = _value if (_value := d.pop("preRelease", UNSET)) is not None else UNSET
            if pre_release is not UNSET:
                _expect_bool(pre_release)
        except Exception as _exc:
            raise _at(_exc, "preRelease") from _exc

        _instance = cls(
            owned_by=owned_by,
            tags=tags,
            pre_release=pre_release,
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
