from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object

T = TypeVar("T", bound="AttachmentResult")


@_attrs_define
class AttachmentResult:
    original_filename: str
    """ Original filename of the uploaded file """
    url: str
    """ Public URL of the uploaded file """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["originalFilename", "url"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["originalFilename", "url"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"original_filename": "originalFilename", "url": "url"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        original_filename = self.original_filename

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originalFilename": original_filename,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            original_filename = _expect_str(d.pop("originalFilename"))
        except Exception as _exc:
            raise _at(_exc, "originalFilename") from _exc

        try:
            url = _expect_str(d.pop("url"))
        except Exception as _exc:
            raise _at(_exc, "url") from _exc

        _instance = cls(
            original_filename=original_filename,
            url=url,
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
