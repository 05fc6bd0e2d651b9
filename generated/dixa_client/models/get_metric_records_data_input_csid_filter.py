from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Filter
    from ..models.filter_ import Filter  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="GetMetricRecordsDataInputCsidFilter")


@_attrs_define
class GetMetricRecordsDataInputCsidFilter:
    id: str
    timezone: str
    csid_filter: list[int] | Unset = UNSET
    filters: list[Filter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "timezone"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "timezone", "csidFilter", "filters"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "timezone": "timezone",
        "csid_filter": "csidFilter",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        timezone = self.timezone

        csid_filter: list[int] | Unset = UNSET
        if not isinstance(self.csid_filter, Unset):
            csid_filter = self.csid_filter

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timezone": timezone,
            }
        )
        if csid_filter is not UNSET:
            field_dict["csidFilter"] = csid_filter
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            timezone = _expect_str(d.pop("timezone"))
        except Exception as _exc:
            raise _at(_exc, "timezone") from _exc

        try:
            _csid_filter = _value if (_value := d.pop("csidFilter", UNSET)) is not None else UNSET
            if _csid_filter is not UNSET:
                _expect_list_of(_csid_filter, _expect_int)
            csid_filter = cast("list[int]", _csid_filter)

        except Exception as _exc:
            raise _at(_exc, "csidFilter") from _exc

        try:
            _filters = _value if (_value := d.pop("filters", UNSET)) is not None else UNSET
            filters: list[Filter] | Unset = UNSET
            if _filters is not UNSET:
                if not isinstance(_filters, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_filters, dict) else type(_filters).__name__}"
                    )

                filters = []
                for _index_filters, filters_item_data in enumerate(_filters):
                    try:
                        filters_item = Filter.from_dict(filters_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_filters) from _exc
                    filters.append(filters_item)

        except Exception as _exc:
            raise _at(_exc, "filters") from _exc

        _instance = cls(
            id=id,
            timezone=timezone,
            csid_filter=csid_filter,
            filters=filters,
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
