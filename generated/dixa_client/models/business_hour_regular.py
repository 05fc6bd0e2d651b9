from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.business_hour_regular_type import BusinessHourRegularType
from ..models.business_hour_status import BusinessHourStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_interval import TimeInterval

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, TimeInterval
    from ..models.time_interval import TimeInterval  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="BusinessHourRegular")


@_attrs_define
class BusinessHourRegular:
    name: str
    business_hour_type: BusinessHourRegularType
    status: BusinessHourStatus
    start_date: str
    day_of_week: int | Unset = UNSET
    intervals: list[TimeInterval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["name", "businessHourType", "status", "startDate"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["name", "businessHourType", "status", "startDate", "dayOfWeek", "intervals"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "name": "name",
        "business_hour_type": "businessHourType",
        "status": "status",
        "start_date": "startDate",
        "day_of_week": "dayOfWeek",
        "intervals": "intervals",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        name = self.name

        business_hour_type = self.business_hour_type.value

        status = self.status.value

        start_date = self.start_date

        day_of_week = self.day_of_week

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is BusinessHourRegular:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            business_hour_type = BusinessHourRegularType.parse(_expect_str(d.pop("businessHourType")))

        except Exception as _exc:
            raise _at(_exc, "businessHourType") from _exc

        try:
            status = BusinessHourStatus.parse(_expect_str(d.pop("status")))

        except Exception as _exc:
            raise _at(_exc, "status") from _exc

        try:
            start_date = _expect_str(d.pop("startDate"))
        except Exception as _exc:
            raise _at(_exc, "startDate") from _exc

        try:
            day_of_week = _value if (_value := d.pop("dayOfWeek", UNSET)) is not None else UNSET
            if day_of_week is not UNSET:
                _expect_int(day_of_week)
        except Exception as _exc:
            raise _at(_exc, "dayOfWeek") from _exc

        try:
            _intervals = _value if (_value := d.pop("intervals", UNSET)) is not None else UNSET
            intervals: list[TimeInterval] | Unset = UNSET
            if _intervals is not UNSET:
                if not isinstance(_intervals, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_intervals, dict) else type(_intervals).__name__}"
                    )

                intervals = []
                for _index_intervals, intervals_item_data in enumerate(_intervals):
                    try:
                        intervals_item = TimeInterval.from_dict(intervals_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_intervals) from _exc
                    intervals.append(intervals_item)

        except Exception as _exc:
            raise _at(_exc, "intervals") from _exc

        _instance = cls(
            name=name,
            business_hour_type=business_hour_type,
            status=status,
            start_date=start_date,
            day_of_week=day_of_week,
            intervals=intervals,
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


_new = object.__new__
_DIXA_VALUES_BusinessHourRegularType: dict[Any, Any] = (
    BusinessHourRegularType._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_VALUES_BusinessHourStatus: dict[Any, Any] = BusinessHourStatus._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "businessHourType",
        "status",
        "startDate",
        "dayOfWeek",
        "intervals",
    ]
)


def _decode(_dixa_d: Any) -> BusinessHourRegular:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(BusinessHourRegular)
    _dixa_v = _dixa_d["name"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d["businessHourType"]
    _dixa_o.business_hour_type = _DIXA_VALUES_BusinessHourRegularType.get(_dixa_v) or BusinessHourRegularType.parse(
        _dixa_v
    )

    _dixa_v = _dixa_d["status"]
    _dixa_o.status = _DIXA_VALUES_BusinessHourStatus.get(_dixa_v) or BusinessHourStatus.parse(_dixa_v)

    _dixa_v = _dixa_d["startDate"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.start_date = _dixa_v

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.day_of_week = _dixa_o.intervals = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("dayOfWeek")
    if _dixa_v is None:
        _dixa_o.day_of_week = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.day_of_week = _dixa_v

    _dixa_v = _dixa_d.get("intervals")
    if _dixa_v is None:
        _dixa_o.intervals = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = TimeInterval.__dixa_decode__
        _dixa_o.intervals = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


BusinessHourRegular.__dixa_decode__ = _decode
