from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf
    from ..models.combined_filters_condition_is_one_of import CombinedFiltersConditionIsOneOf


T = TypeVar("T", bound="CombinedFilters")


@_attrs_define
class CombinedFilters:
    strategy: str
    """ values: [All, Any] """
    conditions: list[CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf  # noqa: PLC0415

        strategy = self.strategy

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if isinstance(conditions_item_data, CombinedFiltersConditionIsNotOneOf):
                conditions_item = conditions_item_data.to_dict()
            else:
                conditions_item = conditions_item_data.to_dict()

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
        from ..models.combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf  # noqa: PLC0415
        from ..models.combined_filters_condition_is_one_of import CombinedFiltersConditionIsOneOf  # noqa: PLC0415

        d = dict(src_dict)
        strategy = d.pop("strategy")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:

            def _parse_conditions_item(
                data: object,
            ) -> CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_condition_1_type_0 = CombinedFiltersConditionIsNotOneOf.from_dict(data)

                    return componentsschemas_condition_1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_condition_1_type_1 = CombinedFiltersConditionIsOneOf.from_dict(data)

                return componentsschemas_condition_1_type_1

            conditions_item = _parse_conditions_item(conditions_item_data)

            conditions.append(conditions_item)

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
