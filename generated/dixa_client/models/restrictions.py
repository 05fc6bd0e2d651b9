from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inherited_restriction import InheritedRestriction

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, InheritedRestriction
    from ..models.inherited_restriction import InheritedRestriction  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Restrictions")


@_attrs_define
class Restrictions:
    is_restricted: bool
    inherited_restrictions: list[InheritedRestriction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["isRestricted"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["isRestricted", "inheritedRestrictions"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "is_restricted": "isRestricted",
        "inherited_restrictions": "inheritedRestrictions",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        is_restricted = self.is_restricted

        inherited_restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inherited_restrictions, Unset):
            inherited_restrictions = []
            for inherited_restrictions_item_data in self.inherited_restrictions:
                inherited_restrictions_item = inherited_restrictions_item_data.to_dict()
                inherited_restrictions.append(inherited_restrictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isRestricted": is_restricted,
            }
        )
        if inherited_restrictions is not UNSET:
            field_dict["inheritedRestrictions"] = inherited_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            is_restricted = _expect_bool(d.pop("isRestricted"))
        except Exception as _exc:
            raise _at(_exc, "isRestricted") from _exc

        try:
            _inherited_restrictions = _value if (_value := d.pop("inheritedRestrictions", UNSET)) is not None else UNSET
            inherited_restrictions: list[InheritedRestriction] | Unset = UNSET
            if _inherited_restrictions is not UNSET:
                if not isinstance(_inherited_restrictions, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_inherited_restrictions, dict) else type(_inherited_restrictions).__name__}"
                    )

                inherited_restrictions = []
                for _index_inherited_restrictions, inherited_restrictions_item_data in enumerate(
                    _inherited_restrictions
                ):
                    try:
                        inherited_restrictions_item = InheritedRestriction.from_dict(inherited_restrictions_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_inherited_restrictions) from _exc
                    inherited_restrictions.append(inherited_restrictions_item)

        except Exception as _exc:
            raise _at(_exc, "inheritedRestrictions") from _exc

        _instance = cls(
            is_restricted=is_restricted,
            inherited_restrictions=inherited_restrictions,
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
