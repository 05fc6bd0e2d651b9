from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.between import Between
    from ..models.since import Since
    from ..models.until import Until


T = TypeVar("T", bound="AssignedDate")


@_attrs_define
class AssignedDate:
    operator: Between | Since | Until
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.between import Between  # noqa: PLC0415
        from ..models.since import Since  # noqa: PLC0415

        operator: dict[str, Any]
        if isinstance(self.operator, Between):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, Since):
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
        from ..models.between import Between  # noqa: PLC0415
        from ..models.since import Since  # noqa: PLC0415
        from ..models.until import Until  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_operator(data: object) -> Between | Since | Until:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timestamp_operator_type_0 = Between.from_dict(data)

                return componentsschemas_timestamp_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_timestamp_operator_type_1 = Since.from_dict(data)

                return componentsschemas_timestamp_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_timestamp_operator_type_2 = Until.from_dict(data)

            return componentsschemas_timestamp_operator_type_2

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
