from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.duration_operator_between import DurationOperatorBetween
    from ..models.longer_than_or_equal_to import LongerThanOrEqualTo
    from ..models.shorter_than_or_equal_to import ShorterThanOrEqualTo


T = TypeVar("T", bound="Duration")


@_attrs_define
class Duration:
    operator: DurationOperatorBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.duration_operator_between import DurationOperatorBetween  # noqa: PLC0415
        from ..models.longer_than_or_equal_to import LongerThanOrEqualTo  # noqa: PLC0415

        operator: dict[str, Any]
        if isinstance(self.operator, DurationOperatorBetween):
            operator = self.operator.to_dict()
        elif isinstance(self.operator, LongerThanOrEqualTo):
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
        from ..models.duration_operator_between import DurationOperatorBetween  # noqa: PLC0415
        from ..models.longer_than_or_equal_to import LongerThanOrEqualTo  # noqa: PLC0415
        from ..models.shorter_than_or_equal_to import ShorterThanOrEqualTo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_operator(data: object) -> DurationOperatorBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_duration_operator_type_0 = DurationOperatorBetween.from_dict(data)

                return componentsschemas_duration_operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_duration_operator_type_1 = LongerThanOrEqualTo.from_dict(data)

                return componentsschemas_duration_operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_duration_operator_type_2 = ShorterThanOrEqualTo.from_dict(data)

            return componentsschemas_duration_operator_type_2

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
