from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attachments import Attachments
    from ..models.select import Select
    from ..models.text import Text


T = TypeVar("T", bound="MapFormAttributeValue")


@_attrs_define
class MapFormAttributeValue:
    additional_properties: dict[str, Attachments | Select | Text] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.select import Select  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, Attachments):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Select):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachments import Attachments  # noqa: PLC0415
        from ..models.select import Select  # noqa: PLC0415
        from ..models.text import Text  # noqa: PLC0415

        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> Attachments | Select | Text:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_form_attribute_value_type_0 = Attachments.from_dict(data)

                    return componentsschemas_form_attribute_value_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_form_attribute_value_type_1 = Select.from_dict(data)

                    return componentsschemas_form_attribute_value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_form_attribute_value_type_2 = Text.from_dict(data)

                return componentsschemas_form_attribute_value_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Attachments | Select | Text:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Attachments | Select | Text) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
