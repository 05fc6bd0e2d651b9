from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_anonymization_type import ConversationAnonymizationType
    from ..models.message_anonymization_type import MessageAnonymizationType
    from ..models.unknown_anonymization_type import UnknownAnonymizationType
    from ..models.user_anonymization_type import UserAnonymizationType


T = TypeVar("T", bound="AnonymizationRequestStatus")


@_attrs_define
class AnonymizationRequestStatus:
    id: UUID
    entity_type: (
        ConversationAnonymizationType | MessageAnonymizationType | UnknownAnonymizationType | UserAnonymizationType
    )
    """ Replaced by _type field """
    field_type_: str
    """ values: [Conversation, Message, User] """
    initiated_at: datetime.datetime
    target_entity_id: str
    requested_by: UUID
    processed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_anonymization_type import ConversationAnonymizationType  # noqa: PLC0415
        from ..models.message_anonymization_type import MessageAnonymizationType  # noqa: PLC0415
        from ..models.unknown_anonymization_type import UnknownAnonymizationType  # noqa: PLC0415

        id = str(self.id)

        entity_type: dict[str, Any]
        if isinstance(self.entity_type, ConversationAnonymizationType):
            entity_type = self.entity_type.to_dict()
        elif isinstance(self.entity_type, MessageAnonymizationType):
            entity_type = self.entity_type.to_dict()
        elif isinstance(self.entity_type, UnknownAnonymizationType):
            entity_type = self.entity_type.to_dict()
        else:
            entity_type = self.entity_type.to_dict()

        field_type_ = self.field_type_

        initiated_at = self.initiated_at.isoformat()

        target_entity_id = self.target_entity_id

        requested_by = str(self.requested_by)

        processed_at: str | Unset = UNSET
        if not isinstance(self.processed_at, Unset):
            processed_at = self.processed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entityType": entity_type,
                "_type": field_type_,
                "initiatedAt": initiated_at,
                "targetEntityId": target_entity_id,
                "requestedBy": requested_by,
            }
        )
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_anonymization_type import ConversationAnonymizationType  # noqa: PLC0415
        from ..models.message_anonymization_type import MessageAnonymizationType  # noqa: PLC0415
        from ..models.unknown_anonymization_type import UnknownAnonymizationType  # noqa: PLC0415
        from ..models.user_anonymization_type import UserAnonymizationType  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_entity_type(
            data: object,
        ) -> (
            ConversationAnonymizationType | MessageAnonymizationType | UnknownAnonymizationType | UserAnonymizationType
        ):
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

        entity_type = _parse_entity_type(d.pop("entityType"))

        field_type_ = d.pop("_type")

        initiated_at = datetime.datetime.fromisoformat(d.pop("initiatedAt"))

        target_entity_id = d.pop("targetEntityId")

        requested_by = UUID(d.pop("requestedBy"))

        _processed_at = d.pop("processedAt", UNSET)
        processed_at: datetime.datetime | Unset
        if isinstance(_processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = datetime.datetime.fromisoformat(_processed_at)

        _instance = cls(
            id=id,
            entity_type=entity_type,
            field_type_=field_type_,
            initiated_at=initiated_at,
            target_entity_id=target_entity_id,
            requested_by=requested_by,
            processed_at=processed_at,
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
