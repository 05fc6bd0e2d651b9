from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_anonymization_type import ConversationAnonymizationType
    from ..models.message_anonymization_type import MessageAnonymizationType
    from ..models.unknown_anonymization_type import UnknownAnonymizationType
    from ..models.user_anonymization_type import UserAnonymizationType


T = TypeVar("T", bound="AnonymizeEntityInput")


@_attrs_define
class AnonymizeEntityInput:
    entity_id: str
    entity_type: (
        ConversationAnonymizationType
        | MessageAnonymizationType
        | UnknownAnonymizationType
        | Unset
        | UserAnonymizationType
    ) = UNSET
    """ Replaced by _type field """
    force_anonymization: bool | Unset = UNSET
    field_type_: str | Unset = UNSET
    """ values: [Conversation, Message, User] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_anonymization_type import ConversationAnonymizationType  # noqa: PLC0415
        from ..models.message_anonymization_type import MessageAnonymizationType  # noqa: PLC0415
        from ..models.unknown_anonymization_type import UnknownAnonymizationType  # noqa: PLC0415

        entity_id = self.entity_id

        entity_type: dict[str, Any] | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, ConversationAnonymizationType):
            entity_type = self.entity_type.to_dict()
        elif isinstance(self.entity_type, MessageAnonymizationType):
            entity_type = self.entity_type.to_dict()
        elif isinstance(self.entity_type, UnknownAnonymizationType):
            entity_type = self.entity_type.to_dict()
        else:
            entity_type = self.entity_type.to_dict()

        force_anonymization = self.force_anonymization

        field_type_ = self.field_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if force_anonymization is not UNSET:
            field_dict["forceAnonymization"] = force_anonymization
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_anonymization_type import ConversationAnonymizationType  # noqa: PLC0415
        from ..models.message_anonymization_type import MessageAnonymizationType  # noqa: PLC0415
        from ..models.unknown_anonymization_type import UnknownAnonymizationType  # noqa: PLC0415
        from ..models.user_anonymization_type import UserAnonymizationType  # noqa: PLC0415

        d = dict(src_dict)
        entity_id = d.pop("entityId")

        def _parse_entity_type(
            data: object,
        ) -> (
            ConversationAnonymizationType
            | MessageAnonymizationType
            | UnknownAnonymizationType
            | Unset
            | UserAnonymizationType
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_anonymization_type_type_0 = ConversationAnonymizationType.from_dict(data)

                return componentsschemas_deprecated_anonymization_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_anonymization_type_type_1 = MessageAnonymizationType.from_dict(data)

                return componentsschemas_deprecated_anonymization_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_anonymization_type_type_2 = UnknownAnonymizationType.from_dict(data)

                return componentsschemas_deprecated_anonymization_type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deprecated_anonymization_type_type_3 = UserAnonymizationType.from_dict(data)

            return componentsschemas_deprecated_anonymization_type_type_3

        entity_type = _parse_entity_type(d.pop("entityType", UNSET))

        force_anonymization = d.pop("forceAnonymization", UNSET)

        field_type_ = d.pop("_type", UNSET)

        _instance = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            force_anonymization=force_anonymization,
            field_type_=field_type_,
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
