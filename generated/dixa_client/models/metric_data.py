from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_presence_duration_value import AgentPresenceDurationValue
    from ..models.double_aggregate_value import DoubleAggregateValue
    from ..models.long_aggregate_value import LongAggregateValue


T = TypeVar("T", bound="MetricData")


@_attrs_define
class MetricData:
    id: str
    aggregates: list[AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_presence_duration_value import AgentPresenceDurationValue  # noqa: PLC0415
        from ..models.double_aggregate_value import DoubleAggregateValue  # noqa: PLC0415

        id = self.id

        aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item: dict[str, Any]
                if isinstance(aggregates_item_data, AgentPresenceDurationValue):
                    aggregates_item = aggregates_item_data.to_dict()
                elif isinstance(aggregates_item_data, DoubleAggregateValue):
                    aggregates_item = aggregates_item_data.to_dict()
                else:
                    aggregates_item = aggregates_item_data.to_dict()

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
        from ..models.agent_presence_duration_value import AgentPresenceDurationValue  # noqa: PLC0415
        from ..models.double_aggregate_value import DoubleAggregateValue  # noqa: PLC0415
        from ..models.long_aggregate_value import LongAggregateValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: list[AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue] | Unset = UNSET
        if _aggregates is not UNSET:
            aggregates = []
            for aggregates_item_data in _aggregates:

                def _parse_aggregates_item(
                    data: object,
                ) -> AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_aggregate_value_type_0 = AgentPresenceDurationValue.from_dict(data)

                        return componentsschemas_aggregate_value_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_aggregate_value_type_1 = DoubleAggregateValue.from_dict(data)

                        return componentsschemas_aggregate_value_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_aggregate_value_type_2 = LongAggregateValue.from_dict(data)

                    return componentsschemas_aggregate_value_type_2

                aggregates_item = _parse_aggregates_item(aggregates_item_data)

                aggregates.append(aggregates_item)

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
