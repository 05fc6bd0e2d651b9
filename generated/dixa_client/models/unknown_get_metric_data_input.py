from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from ..models.aggregations import Aggregations
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Filter
    from ..models.filter_ import Filter  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="UnknownGetMetricDataInput")


@_attrs_define
class UnknownGetMetricDataInput:
    """A GetMetricDataInput whose `_type` this client does not know: what every GetMetricDataInput has is parsed; the rest
    of the raw data, `_type` included, is in `additional_properties` (also readable as `value['_type']`).

    """

    id: str
    timezone: str
    filters: list[Filter] | Unset = UNSET
    aggregations: list[Aggregations] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "timezone"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "timezone", "filters", "aggregations"])
    __dixa_fallback__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        id = self.id

        timezone = self.timezone

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        aggregations: list[str] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = []
            for aggregations_item_data in self.aggregations:
                aggregations_item = aggregations_item_data.value
                aggregations.append(aggregations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timezone": timezone,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        try:
            id = d.pop("id")
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            timezone = d.pop("timezone")
        except Exception as _exc:
            raise _at(_exc, "timezone") from _exc

        try:
            _filters = _value if (_value := d.pop("filters", UNSET)) is not None else UNSET
            filters: list[Filter] | Unset = UNSET
            if _filters is not UNSET:
                if not isinstance(_filters, list):
                    raise TypeError(f"expected a list, got {type(_filters).__name__}")
                filters = []
                for _index_filters, filters_item_data in enumerate(_filters):
                    try:
                        filters_item = Filter.from_dict(filters_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_filters) from _exc
                    filters.append(filters_item)

        except Exception as _exc:
            raise _at(_exc, "filters") from _exc

        try:
            _aggregations = _value if (_value := d.pop("aggregations", UNSET)) is not None else UNSET
            aggregations: list[Aggregations] | Unset = UNSET
            if _aggregations is not UNSET:
                if not isinstance(_aggregations, list):
                    raise TypeError(f"expected a list, got {type(_aggregations).__name__}")
                aggregations = []
                for _index_aggregations, aggregations_item_data in enumerate(_aggregations):
                    try:
                        aggregations_item = Aggregations.parse(aggregations_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_aggregations) from _exc
                    aggregations.append(aggregations_item)

        except Exception as _exc:
            raise _at(_exc, "aggregations") from _exc

        _instance = cls(
            id=id,
            timezone=timezone,
            filters=filters,
            aggregations=aggregations,
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
