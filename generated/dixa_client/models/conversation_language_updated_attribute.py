from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object

T = TypeVar("T", bound="ConversationLanguageUpdatedAttribute")


@_attrs_define
class ConversationLanguageUpdatedAttribute:
    language: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "ConversationLanguageUpdatedAttribute"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["language"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["language"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"language": "language"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            language = _expect_str(d.pop("language"))
        except Exception as _exc:
            raise _at(_exc, "language") from _exc

        _instance = cls(
            language=language,
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
