from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anonymized_conversation import AnonymizedConversation
    from ..models.chat_conversation import ChatConversation
    from ..models.contact_form_conversation import ContactFormConversation
    from ..models.email_conversation import EmailConversation
    from ..models.facebook_messenger_conversation import FacebookMessengerConversation
    from ..models.generic_conversation import GenericConversation
    from ..models.messenger_conversation import MessengerConversation
    from ..models.pstn_phone_conversation import PstnPhoneConversation
    from ..models.sms_conversation import SmsConversation
    from ..models.twitter_conversation import TwitterConversation
    from ..models.whats_app_conversation import WhatsAppConversation


T = TypeVar("T", bound="GetConversationOutput")


@_attrs_define
class GetConversationOutput:
    data: (
        AnonymizedConversation
        | ChatConversation
        | ContactFormConversation
        | EmailConversation
        | FacebookMessengerConversation
        | GenericConversation
        | MessengerConversation
        | PstnPhoneConversation
        | SmsConversation
        | TwitterConversation
        | WhatsAppConversation
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anonymized_conversation import AnonymizedConversation  # noqa: PLC0415
        from ..models.chat_conversation import ChatConversation  # noqa: PLC0415
        from ..models.contact_form_conversation import ContactFormConversation  # noqa: PLC0415
        from ..models.email_conversation import EmailConversation  # noqa: PLC0415
        from ..models.facebook_messenger_conversation import FacebookMessengerConversation  # noqa: PLC0415
        from ..models.generic_conversation import GenericConversation  # noqa: PLC0415
        from ..models.messenger_conversation import MessengerConversation  # noqa: PLC0415
        from ..models.pstn_phone_conversation import PstnPhoneConversation  # noqa: PLC0415
        from ..models.sms_conversation import SmsConversation  # noqa: PLC0415
        from ..models.twitter_conversation import TwitterConversation  # noqa: PLC0415

        data: dict[str, Any]
        if isinstance(self.data, AnonymizedConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, ChatConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, ContactFormConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, EmailConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, FacebookMessengerConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, GenericConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, MessengerConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, PstnPhoneConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, SmsConversation):
            data = self.data.to_dict()
        elif isinstance(self.data, TwitterConversation):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anonymized_conversation import AnonymizedConversation  # noqa: PLC0415
        from ..models.chat_conversation import ChatConversation  # noqa: PLC0415
        from ..models.contact_form_conversation import ContactFormConversation  # noqa: PLC0415
        from ..models.email_conversation import EmailConversation  # noqa: PLC0415
        from ..models.facebook_messenger_conversation import FacebookMessengerConversation  # noqa: PLC0415
        from ..models.generic_conversation import GenericConversation  # noqa: PLC0415
        from ..models.messenger_conversation import MessengerConversation  # noqa: PLC0415
        from ..models.pstn_phone_conversation import PstnPhoneConversation  # noqa: PLC0415
        from ..models.sms_conversation import SmsConversation  # noqa: PLC0415
        from ..models.twitter_conversation import TwitterConversation  # noqa: PLC0415
        from ..models.whats_app_conversation import WhatsAppConversation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            AnonymizedConversation
            | ChatConversation
            | ContactFormConversation
            | EmailConversation
            | FacebookMessengerConversation
            | GenericConversation
            | MessengerConversation
            | PstnPhoneConversation
            | SmsConversation
            | TwitterConversation
            | WhatsAppConversation
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_0 = AnonymizedConversation.from_dict(data)

                return componentsschemas_conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_1 = ChatConversation.from_dict(data)

                return componentsschemas_conversation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_2 = ContactFormConversation.from_dict(data)

                return componentsschemas_conversation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_3 = EmailConversation.from_dict(data)

                return componentsschemas_conversation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_4 = FacebookMessengerConversation.from_dict(data)

                return componentsschemas_conversation_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_5 = GenericConversation.from_dict(data)

                return componentsschemas_conversation_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_6 = MessengerConversation.from_dict(data)

                return componentsschemas_conversation_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_7 = PstnPhoneConversation.from_dict(data)

                return componentsschemas_conversation_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_8 = SmsConversation.from_dict(data)

                return componentsschemas_conversation_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_type_9 = TwitterConversation.from_dict(data)

                return componentsschemas_conversation_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_type_10 = WhatsAppConversation.from_dict(data)

            return componentsschemas_conversation_type_10

        data = _parse_data(d.pop("data"))

        _instance = cls(
            data=data,
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
