from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_field import BooleanField
    from ..models.double_field import DoubleField
    from ..models.instant_field import InstantField
    from ..models.int_field import IntField
    from ..models.list_field import ListField
    from ..models.long_field import LongField
    from ..models.string_field import StringField
    from ..models.timestamp_field import TimestampField
    from ..models.uuid_field import UUIDField


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    name: str
    field: (
        BooleanField
        | DoubleField
        | InstantField
        | IntField
        | ListField
        | LongField
        | StringField
        | TimestampField
        | Unset
        | UUIDField
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.list_field import ListField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415
        from ..models.timestamp_field import TimestampField  # noqa: PLC0415

        name = self.name

        field: dict[str, Any] | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        elif isinstance(self.field, BooleanField):
            field = self.field.to_dict()
        elif isinstance(self.field, DoubleField):
            field = self.field.to_dict()
        elif isinstance(self.field, InstantField):
            field = self.field.to_dict()
        elif isinstance(self.field, IntField):
            field = self.field.to_dict()
        elif isinstance(self.field, ListField):
            field = self.field.to_dict()
        elif isinstance(self.field, LongField):
            field = self.field.to_dict()
        elif isinstance(self.field, StringField):
            field = self.field.to_dict()
        elif isinstance(self.field, TimestampField):
            field = self.field.to_dict()
        else:
            field = self.field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.boolean_field import BooleanField  # noqa: PLC0415
        from ..models.double_field import DoubleField  # noqa: PLC0415
        from ..models.instant_field import InstantField  # noqa: PLC0415
        from ..models.int_field import IntField  # noqa: PLC0415
        from ..models.list_field import ListField  # noqa: PLC0415
        from ..models.long_field import LongField  # noqa: PLC0415
        from ..models.string_field import StringField  # noqa: PLC0415
        from ..models.timestamp_field import TimestampField  # noqa: PLC0415
        from ..models.uuid_field import UUIDField  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_field(
            data: object,
        ) -> (
            BooleanField
            | DoubleField
            | InstantField
            | IntField
            | ListField
            | LongField
            | StringField
            | TimestampField
            | Unset
            | UUIDField
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_0 = BooleanField.from_dict(data)

                return componentsschemas_field_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_1 = DoubleField.from_dict(data)

                return componentsschemas_field_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_2 = InstantField.from_dict(data)

                return componentsschemas_field_type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_3 = IntField.from_dict(data)

                return componentsschemas_field_type_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_4 = ListField.from_dict(data)

                return componentsschemas_field_type_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_5 = LongField.from_dict(data)

                return componentsschemas_field_type_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_6 = StringField.from_dict(data)

                return componentsschemas_field_type_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_type_type_7 = TimestampField.from_dict(data)

                return componentsschemas_field_type_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_type_type_8 = UUIDField.from_dict(data)

            return componentsschemas_field_type_type_8

        field = _parse_field(d.pop("field", UNSET))

        _instance = cls(
            name=name,
            field=field,
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
