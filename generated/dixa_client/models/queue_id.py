from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.is_empty import IsEmpty
    from ..models.is_not_empty import IsNotEmpty
    from ..models.is_not_one_of import IsNotOneOf
    from ..models.is_one_of import IsOneOf


T = TypeVar("T", bound="QueueId")


@_attrs_define
class QueueId:
    operator: IsEmpty | IsNotEmpty | IsNotOneOf | IsOneOf
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
        from ..models.is_not_one_of import IsNotOneOf  # noqa: PLC0415

        operator: dict[str, Any]
        if isinstance(self.operator, IsEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsNotEmpty):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, IsNotOneOf):
            operator = self.operator.to_dict()
        else:
            operator = self.operator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.is_empty import IsEmpty  # noqa: PLC0415
        from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
        from ..models.is_not_one_of import IsNotOneOf  # noqa: PLC0415
        from ..models.is_one_of import IsOneOf  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_operator(data: object) -> IsEmpty | IsNotEmpty | IsNotOneOf | IsOneOf:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_single_value_or_be_empty_operator_type_0 = IsEmpty.from_dict(data)

                return componentsschemas_field_can_have_single_value_or_be_empty_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_single_value_or_be_empty_operator_type_1 = IsNotEmpty.from_dict(data)

                return componentsschemas_field_can_have_single_value_or_be_empty_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_can_have_single_value_or_be_empty_operator_type_2 = IsNotOneOf.from_dict(data)

                return componentsschemas_field_can_have_single_value_or_be_empty_operator_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_can_have_single_value_or_be_empty_operator_type_3 = IsOneOf.from_dict(data)

            return componentsschemas_field_can_have_single_value_or_be_empty_operator_type_3

        operator = _parse_operator(d.pop("operator"))

        _instance = cls(
            operator=operator,
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
