from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tagged as _tagged
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object

if TYPE_CHECKING:
    from ..models.combined_filters import CombinedFilters
    from ..models.unknown_filters import UnknownFilters

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, CombinedFilters, UnknownFilters
    from ..models.combined_filters import CombinedFilters  # noqa: PLC0415
    from ..models.unknown_filters import UnknownFilters  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="MapWebhookEventTypeFilters")


@_attrs_define
class MapWebhookEventTypeFilters:
    additional_properties: dict[str, CombinedFilters | UnknownFilters] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, CombinedFilters):
                field_dict[prop_name] = prop.to_dict()
                field_dict[prop_name] = _tagged(prop, field_dict[prop_name])
            else:
                field_dict[prop_name] = prop.to_dict()
                field_dict[prop_name] = _tagged(prop, field_dict[prop_name])

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = cast(
                    "CombinedFilters | UnknownFilters",
                    _resolve_union(
                        prop_dict,
                        lambda: (
                            _Variant("CombinedFilters", _is_mapping, CombinedFilters.from_dict, CombinedFilters),
                            _Variant("UnknownFilters", _is_mapping, UnknownFilters.from_dict, UnknownFilters),
                        ),
                        unset_ok=False,
                        none_ok=False,
                    ),
                )

            except Exception as _exc:
                raise _at(_exc, prop_name) from _exc
            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CombinedFilters | UnknownFilters:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CombinedFilters | UnknownFilters) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


MapWebhookEventTypeFilters.__dixa_decode__ = MapWebhookEventTypeFilters._read
