from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.help_center_link import HelpCenterLink

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, HelpCenterLink
    from ..models.help_center_link import HelpCenterLink  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="AvailableAt")


@_attrs_define
class AvailableAt:
    help_center_links: list[HelpCenterLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["helpCenterLinks"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"help_center_links": "helpCenterLinks"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        help_center_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.help_center_links, Unset):
            help_center_links = []
            for help_center_links_item_data in self.help_center_links:
                help_center_links_item = help_center_links_item_data.to_dict()
                help_center_links.append(help_center_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if help_center_links is not UNSET:
            field_dict["helpCenterLinks"] = help_center_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _help_center_links = _value if (_value := d.pop("helpCenterLinks", UNSET)) is not None else UNSET
            help_center_links: list[HelpCenterLink] | Unset = UNSET
            if _help_center_links is not UNSET:
                if not isinstance(_help_center_links, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_help_center_links, dict) else type(_help_center_links).__name__}"
                    )

                help_center_links = []
                for _index_help_center_links, help_center_links_item_data in enumerate(_help_center_links):
                    try:
                        help_center_links_item = HelpCenterLink.from_dict(help_center_links_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_help_center_links) from _exc
                    help_center_links.append(help_center_links_item)

        except Exception as _exc:
            raise _at(_exc, "helpCenterLinks") from _exc

        _instance = cls(
            help_center_links=help_center_links,
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
