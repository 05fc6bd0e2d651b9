from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tagged as _tagged
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_presence_duration_value import AgentPresenceDurationValue
    from ..models.double_aggregate_value import DoubleAggregateValue
    from ..models.long_aggregate_value import LongAggregateValue
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, AgentPresenceDurationValue, DoubleAggregateValue, LongAggregateValue, UnknownVariant
    from ..models.agent_presence_duration_value import AgentPresenceDurationValue  # noqa: PLC0415
    from ..models.double_aggregate_value import DoubleAggregateValue  # noqa: PLC0415
    from ..models.long_aggregate_value import LongAggregateValue  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="MetricData")


@_attrs_define
class MetricData:
    id: str
    aggregates: (
        list[AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue | UnknownVariant] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "aggregates"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"id": "id", "aggregates": "aggregates"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item: dict[str, Any]
                if isinstance(aggregates_item_data, AgentPresenceDurationValue):
                    aggregates_item = aggregates_item_data.to_dict()
                    aggregates_item = _tagged(aggregates_item_data, aggregates_item)
                elif isinstance(aggregates_item_data, DoubleAggregateValue):
                    aggregates_item = aggregates_item_data.to_dict()
                    aggregates_item = _tagged(aggregates_item_data, aggregates_item)
                elif isinstance(aggregates_item_data, LongAggregateValue):
                    aggregates_item = aggregates_item_data.to_dict()
                    aggregates_item = _tagged(aggregates_item_data, aggregates_item)
                else:
                    aggregates_item = aggregates_item_data.to_dict()
                    aggregates_item = _tagged(aggregates_item_data, aggregates_item)

                aggregates.append(aggregates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

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
            _aggregates = _value if (_value := d.pop("aggregates", UNSET)) is not None else UNSET
            aggregates: (
                list[AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue | UnknownVariant] | Unset
            ) = UNSET
            if _aggregates is not UNSET:
                if not isinstance(_aggregates, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_aggregates, dict) else type(_aggregates).__name__}"
                    )

                aggregates = []
                for _index_aggregates, aggregates_item_data in enumerate(_aggregates):
                    try:
                        aggregates_item = cast(
                            "AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue | UnknownVariant",
                            _resolve_union(
                                aggregates_item_data,
                                lambda: (
                                    _Variant(
                                        "AgentPresenceDurationValue",
                                        _is_mapping,
                                        AgentPresenceDurationValue.from_dict,
                                        AgentPresenceDurationValue,
                                    ),
                                    _Variant(
                                        "DoubleAggregateValue",
                                        _is_mapping,
                                        DoubleAggregateValue.from_dict,
                                        DoubleAggregateValue,
                                    ),
                                    _Variant(
                                        "LongAggregateValue",
                                        _is_mapping,
                                        LongAggregateValue.from_dict,
                                        LongAggregateValue,
                                    ),
                                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                                ),
                                unset_ok=False,
                                none_ok=False,
                            ),
                        )

                    except Exception as _exc:
                        raise _at(_exc, _index_aggregates) from _exc
                    aggregates.append(aggregates_item)

        except Exception as _exc:
            raise _at(_exc, "aggregates") from _exc

        _instance = cls(
            id=id,
            aggregates=aggregates,
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
