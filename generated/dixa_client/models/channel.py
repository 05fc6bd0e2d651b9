from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.is_not_one_of_1 import IsNotOneOf1
    from ..models.is_one_of_1 import IsOneOf1


T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    operator: IsNotOneOf1 | IsOneOf1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.is_not_one_of_1 import IsNotOneOf1  # noqa: PLC0415

        operator: dict[str, Any]
        if isinstance(self.operator, IsNotOneOf1):
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
        from ..models.is_not_one_of_1 import IsNotOneOf1  # noqa: PLC0415
        from ..models.is_one_of_1 import IsOneOf1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_operator(data: object) -> IsNotOneOf1 | IsOneOf1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channel_operator_type_0 = IsNotOneOf1.from_dict(data)

                return componentsschemas_channel_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_channel_operator_type_1 = IsOneOf1.from_dict(data)

            return componentsschemas_channel_operator_type_1

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
