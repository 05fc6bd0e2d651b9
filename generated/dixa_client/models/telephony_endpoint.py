from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.functionality import Functionality
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephonyEndpoint")


@_attrs_define
class TelephonyEndpoint:
    number: str
    functionality: list[Functionality] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "TelephonyEndpoint"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["number"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["number", "functionality", "name"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "number": "number",
        "functionality": "functionality",
        "name": "name",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        number = self.number

        functionality: list[str] | Unset = UNSET
        if not isinstance(self.functionality, Unset):
            functionality = []
            for functionality_item_data in self.functionality:
                functionality_item = functionality_item_data.value
                functionality.append(functionality_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if functionality is not UNSET:
            field_dict["functionality"] = functionality
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            number = _expect_str(d.pop("number"))
        except Exception as _exc:
            raise _at(_exc, "number") from _exc

        try:
            _functionality = _value if (_value := d.pop("functionality", UNSET)) is not None else UNSET
            functionality: list[Functionality] | Unset = UNSET
            if _functionality is not UNSET:
                if not isinstance(_functionality, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_functionality, dict) else type(_functionality).__name__}"
                    )

                functionality = []
                for _index_functionality, functionality_item_data in enumerate(_functionality):
                    try:
                        functionality_item = Functionality.parse(_expect_str(functionality_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_functionality) from _exc
                    functionality.append(functionality_item)

        except Exception as _exc:
            raise _at(_exc, "functionality") from _exc

        try:
            name = _value if (_value := d.pop("name", UNSET)) is not None else UNSET
            if name is not UNSET:
                _expect_str(name)
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        _instance = cls(
            number=number,
            functionality=functionality,
            name=name,
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
