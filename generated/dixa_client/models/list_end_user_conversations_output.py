from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anonymized_conversation import AnonymizedConversation
    from ..models.chat_conversation import ChatConversation
    from ..models.contact_form_conversation import ContactFormConversation
    from ..models.email_conversation import EmailConversation
    from ..models.facebook_messenger_conversation import FacebookMessengerConversation
    from ..models.generic_conversation import GenericConversation
    from ..models.messenger_conversation import MessengerConversation
    from ..models.pagination_links import PaginationLinks
    from ..models.pstn_phone_conversation import PstnPhoneConversation
    from ..models.sms_conversation import SmsConversation
    from ..models.twitter_conversation import TwitterConversation
    from ..models.whats_app_conversation import WhatsAppConversation


T = TypeVar("T", bound="ListEndUserConversationsOutput")


@_attrs_define
class ListEndUserConversationsOutput:
    data: (
        list[
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
        ]
        | Unset
    ) = UNSET
    meta: PaginationLinks | Unset = UNSET
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

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, AnonymizedConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, ChatConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, ContactFormConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, FacebookMessengerConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, GenericConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, MessengerConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, PstnPhoneConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SmsConversation):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, TwitterConversation):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

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
        from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
        from ..models.pstn_phone_conversation import PstnPhoneConversation  # noqa: PLC0415
        from ..models.sms_conversation import SmsConversation  # noqa: PLC0415
        from ..models.twitter_conversation import TwitterConversation  # noqa: PLC0415
        from ..models.whats_app_conversation import WhatsAppConversation  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: (
            list[
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
            ]
            | Unset
        ) = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:

                def _parse_data_item(
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

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: PaginationLinks | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationLinks.from_dict(_meta)

        _instance = cls(
            data=data,
            meta=meta,
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
