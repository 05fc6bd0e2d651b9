from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect
    from ..models.custom_attribute_input_definition_text import CustomAttributeInputDefinitionText


T = TypeVar("T", bound="CustomAttributeDefinition")


@_attrs_define
class CustomAttributeDefinition:
    id: UUID
    entity_type: str
    """ values: [Contact, Conversation] """
    identifier: str
    label: str
    input_definition: CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText
    created_at: datetime.datetime
    is_required: bool
    is_archived: bool
    is_deactivated: bool
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect  # noqa: PLC0415

        id = str(self.id)

        entity_type = self.entity_type

        identifier = self.identifier

        label = self.label

        input_definition: dict[str, Any]
        if isinstance(self.input_definition, CustomAttributeInputDefinitionSelect):
            input_definition = self.input_definition.to_dict()
        else:
            input_definition = self.input_definition.to_dict()

        created_at = self.created_at.isoformat()

        is_required = self.is_required

        is_archived = self.is_archived

        is_deactivated = self.is_deactivated

        description = self.description

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entityType": entity_type,
                "identifier": identifier,
                "label": label,
                "inputDefinition": input_definition,
                "createdAt": created_at,
                "isRequired": is_required,
                "isArchived": is_archived,
                "isDeactivated": is_deactivated,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect  # noqa: PLC0415
        from ..models.custom_attribute_input_definition_text import CustomAttributeInputDefinitionText  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        entity_type = d.pop("entityType")

        identifier = d.pop("identifier")

        label = d.pop("label")

        def _parse_input_definition(
            data: object,
        ) -> CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_custom_attribute_input_definition_type_0 = (
                    CustomAttributeInputDefinitionSelect.from_dict(data)
                )

                return componentsschemas_custom_attribute_input_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_attribute_input_definition_type_1 = CustomAttributeInputDefinitionText.from_dict(
                data
            )

            return componentsschemas_custom_attribute_input_definition_type_1

        input_definition = _parse_input_definition(d.pop("inputDefinition"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        is_required = d.pop("isRequired")

        is_archived = d.pop("isArchived")

        is_deactivated = d.pop("isDeactivated")

        description = d.pop("description", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _instance = cls(
            id=id,
            entity_type=entity_type,
            identifier=identifier,
            label=label,
            input_definition=input_definition,
            created_at=created_at,
            is_required=is_required,
            is_archived=is_archived,
            is_deactivated=is_deactivated,
            description=description,
            updated_at=updated_at,
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
