from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presence_duration import PresenceDuration

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, PresenceDuration
    from ..models.presence_duration import PresenceDuration  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="AgentPresenceDurationValue")


@_attrs_define
class AgentPresenceDurationValue:
    value: list[PresenceDuration] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "AgentPresenceDurationValue"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["value", "description"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"value": "value", "description": "description"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            _value = _value if (_value := d.pop("value", UNSET)) is not None else UNSET
            value: list[PresenceDuration] | Unset = UNSET
            if _value is not UNSET:
                if not isinstance(_value, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_value, dict) else type(_value).__name__}"
                    )

                value = []
                for _index_value, value_item_data in enumerate(_value):
                    try:
                        value_item = PresenceDuration.from_dict(value_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_value) from _exc
                    value.append(value_item)

        except Exception as _exc:
            raise _at(_exc, "value") from _exc

        try:
            description = _value if (_value := d.pop("description", UNSET)) is not None else UNSET
            if description is not UNSET:
                _expect_str(description)
        except Exception as _exc:
            raise _at(_exc, "description") from _exc

        _instance = cls(
            value=value,
            description=description,
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
