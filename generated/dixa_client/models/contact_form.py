from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound import Inbound
    from ..models.outbound import Outbound


T = TypeVar("T", bound="ContactForm")


@_attrs_define
class ContactForm:
    requester_id: UUID
    email_integration_id: str
    subject: str
    message: Inbound | Outbound
    """ Only Outbound messages are supported for Sms and Whatsapp. """
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound import Inbound  # noqa: PLC0415

        requester_id = str(self.requester_id)

        email_integration_id = self.email_integration_id

        subject = self.subject

        message: dict[str, Any]
        if isinstance(self.message, Inbound):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requesterId": requester_id,
                "emailIntegrationId": email_integration_id,
                "subject": subject,
                "message": message,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound import Inbound  # noqa: PLC0415
        from ..models.outbound import Outbound  # noqa: PLC0415

        d = dict(src_dict)
        requester_id = UUID(d.pop("requesterId"))

        email_integration_id = d.pop("emailIntegrationId")

        subject = d.pop("subject")

        def _parse_message(data: object) -> Inbound | Outbound:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_message_input_type_0 = Inbound.from_dict(data)

                return componentsschemas_create_message_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_message_input_type_1 = Outbound.from_dict(data)

            return componentsschemas_create_message_input_type_1

        message = _parse_message(d.pop("message"))

        language = d.pop("language", UNSET)

        _instance = cls(
            requester_id=requester_id,
            email_integration_id=email_integration_id,
            subject=subject,
            message=message,
            language=language,
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
