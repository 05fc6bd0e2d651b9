from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserInfo")


@_attrs_define
class BrowserInfo:
    name: str
    version: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    originating_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["name"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["name", "version", "ipAddress", "originatingUrl"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "name": "name",
        "version": "version",
        "ip_address": "ipAddress",
        "originating_url": "originatingUrl",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        name = self.name

        version = self.version

        ip_address = self.ip_address

        originating_url = self.originating_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if originating_url is not UNSET:
            field_dict["originatingUrl"] = originating_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            version = _value if (_value := d.pop("version", UNSET)) is not None else UNSET
            if version is not UNSET:
                _expect_str(version)
        except Exception as _exc:
            raise _at(_exc, "version") from _exc

        try:
            ip_address = _value if (_value := d.pop("ipAddress", UNSET)) is not None else UNSET
            if ip_address is not UNSET:
                _expect_str(ip_address)
        except Exception as _exc:
            raise _at(_exc, "ipAddress") from _exc

        try:
            originating_url = _value if (_value := d.pop("originatingUrl", UNSET)) is not None else UNSET
            if originating_url is not UNSET:
                _expect_str(originating_url)
        except Exception as _exc:
            raise _at(_exc, "originatingUrl") from _exc

        _instance = cls(
            name=name,
            version=version,
            ip_address=ip_address,
            originating_url=originating_url,
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
