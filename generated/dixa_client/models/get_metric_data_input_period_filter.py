from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.interval import Interval
    from ..models.preset import Preset


T = TypeVar("T", bound="GetMetricDataInputPeriodFilter")


@_attrs_define
class GetMetricDataInputPeriodFilter:
    id: str
    period_filter: Interval | Preset
    timezone: str
    filters: list[Filter] | Unset = UNSET
    aggregations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.interval import Interval  # noqa: PLC0415

        id = self.id

        period_filter: dict[str, Any]
        if isinstance(self.period_filter, Interval):
            period_filter = self.period_filter.to_dict()
        else:
            period_filter = self.period_filter.to_dict()

        timezone = self.timezone

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        aggregations: list[str] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = self.aggregations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "periodFilter": period_filter,
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
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.interval import Interval  # noqa: PLC0415
        from ..models.preset import Preset  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_period_filter(data: object) -> Interval | Preset:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_period_filter_type_0 = Interval.from_dict(data)

                return componentsschemas_period_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_period_filter_type_1 = Preset.from_dict(data)

            return componentsschemas_period_filter_type_1

        period_filter = _parse_period_filter(d.pop("periodFilter"))

        timezone = d.pop("timezone")

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        aggregations = cast(list[str], d.pop("aggregations", UNSET))

        _instance = cls(
            id=id,
            period_filter=period_filter,
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
