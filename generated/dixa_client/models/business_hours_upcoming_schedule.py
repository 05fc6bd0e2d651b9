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
    from ..models.business_hour import BusinessHour

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, BusinessHour
    from ..models.business_hour import BusinessHour  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="BusinessHoursUpcomingSchedule")


@_attrs_define
class BusinessHoursUpcomingSchedule:
    id: str
    name: str
    timezone: str
    business_hours: list[BusinessHour] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "name", "timezone"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name", "timezone", "businessHours"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "timezone": "timezone",
        "business_hours": "businessHours",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
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
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            timezone = _expect_str(d.pop("timezone"))
        except Exception as _exc:
            raise _at(_exc, "timezone") from _exc

        try:
            _business_hours = _value if (_value := d.pop("businessHours", UNSET)) is not None else UNSET
            business_hours: list[BusinessHour] | Unset = UNSET
            if _business_hours is not UNSET:
                if not isinstance(_business_hours, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_business_hours, dict) else type(_business_hours).__name__}"
                    )

                business_hours = []
                for _index_business_hours, business_hours_item_data in enumerate(_business_hours):
                    try:
                        business_hours_item = BusinessHour.from_dict(business_hours_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_business_hours) from _exc
                    business_hours.append(business_hours_item)

        except Exception as _exc:
            raise _at(_exc, "businessHours") from _exc

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
