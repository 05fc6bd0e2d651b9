from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closed import Closed
    from ..models.exception import Exception_
    from ..models.holiday import Holiday
    from ..models.open_ import Open
    from ..models.recurring import Recurring
    from ..models.regular_1 import Regular1
    from ..models.time_interval import TimeInterval


T = TypeVar("T", bound="BusinessHour")


@_attrs_define
class BusinessHour:
    name: str
    business_hour_type: Exception_ | Holiday | Regular1
    status: Closed | Open
    start_date: str
    day_of_week: int | Unset = UNSET
    intervals: list[TimeInterval] | Unset = UNSET
    recurring: Recurring | Unset = UNSET
    next_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.closed import Closed  # noqa: PLC0415
        from ..models.exception import Exception_  # noqa: PLC0415
        from ..models.holiday import Holiday  # noqa: PLC0415

        name = self.name

        business_hour_type: dict[str, Any]
        if isinstance(self.business_hour_type, Exception_):
            business_hour_type = self.business_hour_type.to_dict()
        elif isinstance(self.business_hour_type, Holiday):
            business_hour_type = self.business_hour_type.to_dict()
        else:
            business_hour_type = self.business_hour_type.to_dict()

        status: dict[str, Any]
        if isinstance(self.status, Closed):
            status = self.status.to_dict()
        else:
            status = self.status.to_dict()

        start_date = self.start_date

        day_of_week = self.day_of_week

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        next_date = self.next_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "businessHourType": business_hour_type,
                "status": status,
                "startDate": start_date,
            }
        )
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if next_date is not UNSET:
            field_dict["nextDate"] = next_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed import Closed  # noqa: PLC0415
        from ..models.exception import Exception_  # noqa: PLC0415
        from ..models.holiday import Holiday  # noqa: PLC0415
        from ..models.open_ import Open  # noqa: PLC0415
        from ..models.recurring import Recurring  # noqa: PLC0415
        from ..models.regular_1 import Regular1  # noqa: PLC0415
        from ..models.time_interval import TimeInterval  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_business_hour_type(data: object) -> Exception_ | Holiday | Regular1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_business_hour_type_type_0 = Exception_.from_dict(data)

                return componentsschemas_business_hour_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_business_hour_type_type_1 = Holiday.from_dict(data)

                return componentsschemas_business_hour_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_business_hour_type_type_2 = Regular1.from_dict(data)

            return componentsschemas_business_hour_type_type_2

        business_hour_type = _parse_business_hour_type(d.pop("businessHourType"))

        def _parse_status(data: object) -> Closed | Open:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_business_hour_status_type_0 = Closed.from_dict(data)

                return componentsschemas_business_hour_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_business_hour_status_type_1 = Open.from_dict(data)

            return componentsschemas_business_hour_status_type_1

        status = _parse_status(d.pop("status"))

        start_date = d.pop("startDate")

        day_of_week = d.pop("dayOfWeek", UNSET)

        _intervals = d.pop("intervals", UNSET)
        intervals: list[TimeInterval] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = TimeInterval.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        _recurring = d.pop("recurring", UNSET)
        recurring: Recurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = Recurring.from_dict(_recurring)

        next_date = d.pop("nextDate", UNSET)

        _instance = cls(
            name=name,
            business_hour_type=business_hour_type,
            status=status,
            start_date=start_date,
            day_of_week=day_of_week,
            intervals=intervals,
            recurring=recurring,
            next_date=next_date,
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
