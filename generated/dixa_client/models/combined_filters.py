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
from ..models.strategy import Strategy

if TYPE_CHECKING:
    from ..models.combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf
    from ..models.combined_filters_condition_is_one_of import CombinedFiltersConditionIsOneOf
    from ..models.unknown_condition import UnknownCondition

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, CombinedFiltersConditionIsNotOneOf, CombinedFiltersConditionIsOneOf, UnknownCondition
    from ..models.combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf  # noqa: PLC0415
    from ..models.combined_filters_condition_is_one_of import CombinedFiltersConditionIsOneOf  # noqa: PLC0415
    from ..models.unknown_condition import UnknownCondition  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CombinedFilters")


@_attrs_define
class CombinedFilters:
    strategy: Strategy
    conditions: list[CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf | UnknownCondition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "CombinedFilters"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["strategy", "conditions"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["strategy", "conditions"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"strategy": "strategy", "conditions": "conditions"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        strategy = self.strategy.value

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if isinstance(conditions_item_data, CombinedFiltersConditionIsNotOneOf):
                conditions_item = conditions_item_data.to_dict()
                conditions_item = _tagged(conditions_item_data, conditions_item)
            elif isinstance(conditions_item_data, CombinedFiltersConditionIsOneOf):
                conditions_item = conditions_item_data.to_dict()
                conditions_item = _tagged(conditions_item_data, conditions_item)
            else:
                conditions_item = conditions_item_data.to_dict()
                conditions_item = _tagged(conditions_item_data, conditions_item)

            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is CombinedFilters:
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
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            strategy = Strategy.parse(_expect_str(d.pop("strategy")))

        except Exception as _exc:
            raise _at(_exc, "strategy") from _exc

        try:
            conditions = []
            _conditions = d.pop("conditions")
            if not isinstance(_conditions, list):
                raise TypeError(
                    f"expected array, got {'object' if isinstance(_conditions, dict) else type(_conditions).__name__}"
                )

            for _index_conditions, conditions_item_data in enumerate(_conditions):
                try:
                    conditions_item = cast(
                        "CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf | UnknownCondition",
                        _resolve_union(
                            conditions_item_data,
                            lambda: (
                                _Variant(
                                    "CombinedFiltersConditionIsNotOneOf",
                                    _is_mapping,
                                    CombinedFiltersConditionIsNotOneOf.from_dict,
                                    CombinedFiltersConditionIsNotOneOf,
                                ),
                                _Variant(
                                    "CombinedFiltersConditionIsOneOf",
                                    _is_mapping,
                                    CombinedFiltersConditionIsOneOf.from_dict,
                                    CombinedFiltersConditionIsOneOf,
                                ),
                                _Variant("UnknownCondition", _is_mapping, UnknownCondition.from_dict, UnknownCondition),
                            ),
                            unset_ok=False,
                            none_ok=False,
                        ),
                    )

                except Exception as _exc:
                    raise _at(_exc, _index_conditions) from _exc
                conditions.append(conditions_item)

        except Exception as _exc:
            raise _at(_exc, "conditions") from _exc

        _instance = cls(
            strategy=strategy,
            conditions=conditions,
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
_DIXA_VALUES_Strategy: dict[Any, Any] = Strategy._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(["strategy", "conditions", "_type"])


def _decode(_dixa_d: Any) -> CombinedFilters:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(CombinedFilters)
    _dixa_v = _dixa_d["strategy"]
    _dixa_o.strategy = _DIXA_VALUES_Strategy.get(_dixa_v) or Strategy.parse(_dixa_v)

    _dixa_v = _dixa_d["conditions"]
    if _dixa_v.__class__ is not list:
        raise _FastPathMiss

    _dixa_tags = _DIXA_TAGS.get("conditions_item")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["conditions_item"] = _tag_decoders(
            CombinedFiltersConditionIsNotOneOf,
            CombinedFiltersConditionIsOneOf,
            UnknownCondition,
        )

    _dixa_items = []
    for _dixa_i in _dixa_v:
        _dixa_decode = _dixa_tags.get(_dixa_i.get("_type")) if _dixa_i.__class__ is dict else None
        if _dixa_decode is None:
            conditions_item = cast(
                "CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf | UnknownCondition",
                _resolve_union(
                    _dixa_i,
                    lambda: (
                        _Variant(
                            "CombinedFiltersConditionIsNotOneOf",
                            _is_mapping,
                            CombinedFiltersConditionIsNotOneOf.from_dict,
                            CombinedFiltersConditionIsNotOneOf,
                        ),
                        _Variant(
                            "CombinedFiltersConditionIsOneOf",
                            _is_mapping,
                            CombinedFiltersConditionIsOneOf.from_dict,
                            CombinedFiltersConditionIsOneOf,
                        ),
                        _Variant("UnknownCondition", _is_mapping, UnknownCondition.from_dict, UnknownCondition),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

            _dixa_items.append(conditions_item)
        else:
            _dixa_items.append(_dixa_decode(_dixa_i))
    _dixa_o.conditions = _dixa_items

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


CombinedFilters.__dixa_decode__ = _decode
