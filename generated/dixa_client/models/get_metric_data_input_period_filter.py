from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.aggregations import Aggregations
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.interval import Interval
    from ..models.preset import Preset
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Filter, Interval, Preset, UnknownVariant
    from ..models.filter_ import Filter  # noqa: PLC0415
    from ..models.interval import Interval  # noqa: PLC0415
    from ..models.preset import Preset  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="GetMetricDataInputPeriodFilter")


@_attrs_define
class GetMetricDataInputPeriodFilter:
    id: str
    period_filter: Interval | Preset | UnknownVariant
    timezone: str
    filters: list[Filter] | Unset = UNSET
    aggregations: list[Aggregations] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "periodFilter", "timezone"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "periodFilter", "timezone", "filters", "aggregations"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "period_filter": "periodFilter",
        "timezone": "timezone",
        "filters": "filters",
        "aggregations": "aggregations",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        period_filter: dict[str, Any]
        if isinstance(self.period_filter, Interval):
            period_filter = self.period_filter.to_dict()
            period_filter = _tagged(self.period_filter, period_filter)
        elif isinstance(self.period_filter, Preset):
            period_filter = self.period_filter.to_dict()
            period_filter = _tagged(self.period_filter, period_filter)
        else:
            period_filter = self.period_filter.to_dict()
            period_filter = _tagged(self.period_filter, period_filter)

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
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is GetMetricDataInputPeriodFilter:
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
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            period_filter = cast(
                "Interval | Preset | UnknownVariant",
                _resolve_union(
                    d.pop("periodFilter"),
                    lambda: (
                        _Variant("Interval", _is_mapping, Interval.from_dict, Interval),
                        _Variant("Preset", _is_mapping, Preset.from_dict, Preset),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "periodFilter") from _exc

        try:
            timezone = _expect_str(d.pop("timezone"))
        except Exception as _exc:
            raise _at(_exc, "timezone") from _exc

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

        try:
            _aggregations = _value if (_value := d.pop("aggregations", UNSET)) is not None else UNSET
            aggregations: list[Aggregations] | Unset = UNSET
            if _aggregations is not UNSET:
                if not isinstance(_aggregations, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_aggregations, dict) else type(_aggregations).__name__}"
                    )

                aggregations = []
                for _index_aggregations, aggregations_item_data in enumerate(_aggregations):
                    try:
                        aggregations_item = Aggregations.parse(_expect_str(aggregations_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_aggregations) from _exc
                    aggregations.append(aggregations_item)

        except Exception as _exc:
            raise _at(_exc, "aggregations") from _exc

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


_new = object.__new__
_DIXA_VALUES_Aggregations: dict[Any, Any] = Aggregations._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "periodFilter",
        "timezone",
        "filters",
        "aggregations",
    ]
)


def _decode(_dixa_d: Any) -> GetMetricDataInputPeriodFilter:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(GetMetricDataInputPeriodFilter)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["periodFilter"]
    _dixa_tags = _DIXA_TAGS.get("period_filter")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["period_filter"] = _tag_decoders(
            Interval,
            Preset,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        period_filter = cast(
            "Interval | Preset | UnknownVariant",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("Interval", _is_mapping, Interval.from_dict, Interval),
                    _Variant("Preset", _is_mapping, Preset.from_dict, Preset),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.period_filter = period_filter

    else:
        _dixa_o.period_filter = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d["timezone"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.timezone = _dixa_v

    _dixa_n = len(_dixa_d) - 3  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.filters = _dixa_o.aggregations = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("filters")
    if _dixa_v is None:
        _dixa_o.filters = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = Filter.__dixa_decode__
        _dixa_o.filters = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("aggregations")
    if _dixa_v is None:
        _dixa_o.aggregations = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.aggregations = [
            (_DIXA_VALUES_Aggregations.get(_dixa_i) or Aggregations.parse(_dixa_i)) for _dixa_i in _dixa_v
        ]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


GetMetricDataInputPeriodFilter.__dixa_decode__ = _decode
