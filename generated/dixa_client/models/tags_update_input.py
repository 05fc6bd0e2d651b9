from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagsUpdateInput")


@_attrs_define
class TagsUpdateInput:
    """Tags to add or remove"""

    add: list[str] | Unset = UNSET
    """ Tag IDs to add """
    remove: list[str] | Unset = UNSET
    """ Tag IDs to remove """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["add", "remove"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"add": "add", "remove": "remove"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _add = _value if (_value := d.pop("add", UNSET)) is not None else UNSET
            if _add is not UNSET:
                _expect_list_of(_add, _expect_str)
            add = cast("list[str]", _add)

        except Exception as _exc:
            raise _at(_exc, "add") from _exc

        try:
            _remove = _value if (_value := d.pop("remove", UNSET)) is not None else UNSET
            if _remove is not UNSET:
                _expect_list_of(_remove, _expect_str)
            remove = cast("list[str]", _remove)

        except Exception as _exc:
            raise _at(_exc, "remove") from _exc

        _instance = cls(
            add=add,
            remove=remove,
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
