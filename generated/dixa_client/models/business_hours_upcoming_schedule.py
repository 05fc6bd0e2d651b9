from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_hour import BusinessHour


T = TypeVar("T", bound="BusinessHoursUpcomingSchedule")


@_attrs_define
class BusinessHoursUpcomingSchedule:
    id: str
    name: str
    timezone: str
    business_hours: list[BusinessHour] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        name = self.name

        timezone = self.timezone

        business_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = []
            for business_hours_item_data in self.business_hours:
                business_hours_item = business_hours_item_data.to_dict()
                business_hours.append(business_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "timezone": timezone,
            }
        )
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hour import BusinessHour  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        timezone = d.pop("timezone")

        _business_hours = d.pop("businessHours", UNSET)
        business_hours: list[BusinessHour] | Unset = UNSET
        if _business_hours is not UNSET:
            business_hours = []
            for business_hours_item_data in _business_hours:
                business_hours_item = BusinessHour.from_dict(business_hours_item_data)

                business_hours.append(business_hours_item)

        _instance = cls(
            id=id,
            name=name,
            timezone=timezone,
            business_hours=business_hours,
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
