from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_recording_attributes import CallRecordingAttributes
    from ..models.chat_attributes import ChatAttributes
    from ..models.contact_form_attributes import ContactFormAttributes
    from ..models.email_attributes import EmailAttributes
    from ..models.facebook_messenger_attributes import FacebookMessengerAttributes
    from ..models.generic_attributes import GenericAttributes
    from ..models.messenger_form_attributes import MessengerFormAttributes
    from ..models.phone_attributes import PhoneAttributes
    from ..models.sms_attributes import SmsAttributes
    from ..models.transcript_attributes import TranscriptAttributes
    from ..models.twitter_attributes import TwitterAttributes
    from ..models.whats_app_attributes import WhatsAppAttributes


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    id: UUID
    author_id: UUID
    created_at: datetime.datetime
    attributes: (
        CallRecordingAttributes
        | ChatAttributes
        | ContactFormAttributes
        | EmailAttributes
        | FacebookMessengerAttributes
        | GenericAttributes
        | MessengerFormAttributes
        | PhoneAttributes
        | SmsAttributes
        | TranscriptAttributes
        | TwitterAttributes
        | WhatsAppAttributes
    )
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_recording_attributes import CallRecordingAttributes  # noqa: PLC0415
        from ..models.chat_attributes import ChatAttributes  # noqa: PLC0415
        from ..models.contact_form_attributes import ContactFormAttributes  # noqa: PLC0415
        from ..models.email_attributes import EmailAttributes  # noqa: PLC0415
        from ..models.facebook_messenger_attributes import FacebookMessengerAttributes  # noqa: PLC0415
        from ..models.generic_attributes import GenericAttributes  # noqa: PLC0415
        from ..models.messenger_form_attributes import MessengerFormAttributes  # noqa: PLC0415
        from ..models.phone_attributes import PhoneAttributes  # noqa: PLC0415
        from ..models.sms_attributes import SmsAttributes  # noqa: PLC0415
        from ..models.transcript_attributes import TranscriptAttributes  # noqa: PLC0415
        from ..models.twitter_attributes import TwitterAttributes  # noqa: PLC0415

        id = str(self.id)

        author_id = str(self.author_id)

        created_at = self.created_at.isoformat()

        attributes: dict[str, Any]
        if isinstance(self.attributes, CallRecordingAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ChatAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ContactFormAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, EmailAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, FacebookMessengerAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, GenericAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, MessengerFormAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, PhoneAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, SmsAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, TranscriptAttributes):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, TwitterAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorId": author_id,
                "createdAt": created_at,
                "attributes": attributes,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_recording_attributes import CallRecordingAttributes  # noqa: PLC0415
        from ..models.chat_attributes import ChatAttributes  # noqa: PLC0415
        from ..models.contact_form_attributes import ContactFormAttributes  # noqa: PLC0415
        from ..models.email_attributes import EmailAttributes  # noqa: PLC0415
        from ..models.facebook_messenger_attributes import FacebookMessengerAttributes  # noqa: PLC0415
        from ..models.generic_attributes import GenericAttributes  # noqa: PLC0415
        from ..models.messenger_form_attributes import MessengerFormAttributes  # noqa: PLC0415
        from ..models.phone_attributes import PhoneAttributes  # noqa: PLC0415
        from ..models.sms_attributes import SmsAttributes  # noqa: PLC0415
        from ..models.transcript_attributes import TranscriptAttributes  # noqa: PLC0415
        from ..models.twitter_attributes import TwitterAttributes  # noqa: PLC0415
        from ..models.whats_app_attributes import WhatsAppAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        author_id = UUID(d.pop("authorId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_attributes(
            data: object,
        ) -> (
            CallRecordingAttributes
            | ChatAttributes
            | ContactFormAttributes
            | EmailAttributes
            | FacebookMessengerAttributes
            | GenericAttributes
            | MessengerFormAttributes
            | PhoneAttributes
            | SmsAttributes
            | TranscriptAttributes
            | TwitterAttributes
            | WhatsAppAttributes
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_0 = CallRecordingAttributes.from_dict(data)

                return componentsschemas_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_1 = ChatAttributes.from_dict(data)

                return componentsschemas_attributes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_2 = ContactFormAttributes.from_dict(data)

                return componentsschemas_attributes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_3 = EmailAttributes.from_dict(data)

                return componentsschemas_attributes_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_4 = FacebookMessengerAttributes.from_dict(data)

                return componentsschemas_attributes_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_5 = GenericAttributes.from_dict(data)

                return componentsschemas_attributes_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_6 = MessengerFormAttributes.from_dict(data)

                return componentsschemas_attributes_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_7 = PhoneAttributes.from_dict(data)

                return componentsschemas_attributes_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_8 = SmsAttributes.from_dict(data)

                return componentsschemas_attributes_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_9 = TranscriptAttributes.from_dict(data)

                return componentsschemas_attributes_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attributes_type_10 = TwitterAttributes.from_dict(data)

                return componentsschemas_attributes_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attributes_type_11 = WhatsAppAttributes.from_dict(data)

            return componentsschemas_attributes_type_11

        attributes = _parse_attributes(d.pop("attributes"))

        external_id = d.pop("externalId", UNSET)

        _instance = cls(
            id=id,
            author_id=author_id,
            created_at=created_at,
            attributes=attributes,
            external_id=external_id,
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
