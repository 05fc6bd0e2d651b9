from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.closing import Closing
    from ..models.inbound_import import InboundImport
    from ..models.outbound_import import OutboundImport


T = TypeVar("T", bound="GenericConversationImport")


@_attrs_define
class GenericConversationImport:
    generic_channel_name: str
    """ The conversation channel. Currently supported values are 'email' and 'genericapimessaging'. See payload
    examples for each case. """
    requester_id: UUID
    direction: str
    """ values: [Inbound, Outbound] """
    created_at: datetime.datetime
    requester_connection_status: str | Unset = UNSET
    """ values: [Connected, Disconnected] """
    messages: list[InboundImport | OutboundImport] | Unset = UNSET
    assignment: Assignment | Unset = UNSET
    external_id: str | Unset = UNSET
    closing: Closing | Unset = UNSET
    """ Triggers the closing of the conversation """
    attributes: Any | Unset = UNSET
    """ A set of dynamic attributes that are specific to the conversation channel, but not limited to it. See
    channel specific examples for your use case. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound_import import InboundImport  # noqa: PLC0415

        generic_channel_name = self.generic_channel_name

        requester_id = str(self.requester_id)

        direction = self.direction

        created_at = self.created_at.isoformat()

        requester_connection_status = self.requester_connection_status

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, InboundImport):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        external_id = self.external_id

        closing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing, Unset):
            closing = self.closing.to_dict()

        attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genericChannelName": generic_channel_name,
                "requesterId": requester_id,
                "direction": direction,
                "createdAt": created_at,
            }
        )
        if requester_connection_status is not UNSET:
            field_dict["requesterConnectionStatus"] = requester_connection_status
        if messages is not UNSET:
            field_dict["messages"] = messages
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if closing is not UNSET:
            field_dict["closing"] = closing
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415
        from ..models.closing import Closing  # noqa: PLC0415
        from ..models.inbound_import import InboundImport  # noqa: PLC0415
        from ..models.outbound_import import OutboundImport  # noqa: PLC0415

        d = dict(src_dict)
        generic_channel_name = d.pop("genericChannelName")

        requester_id = UUID(d.pop("requesterId"))

        direction = d.pop("direction")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        requester_connection_status = d.pop("requesterConnectionStatus", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[InboundImport | OutboundImport] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:

                def _parse_messages_item(data: object) -> InboundImport | OutboundImport:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_import_message_input_type_0 = InboundImport.from_dict(data)

                        return componentsschemas_import_message_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_import_message_input_type_1 = OutboundImport.from_dict(data)

                    return componentsschemas_import_message_input_type_1

                messages_item = _parse_messages_item(messages_item_data)

                messages.append(messages_item)

        _assignment = d.pop("assignment", UNSET)
        assignment: Assignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = Assignment.from_dict(_assignment)

        external_id = d.pop("externalId", UNSET)

        _closing = d.pop("closing", UNSET)
        closing: Closing | Unset
        if isinstance(_closing, Unset):
            closing = UNSET
        else:
            closing = Closing.from_dict(_closing)

        attributes = d.pop("attributes", UNSET)

        _instance = cls(
            generic_channel_name=generic_channel_name,
            requester_id=requester_id,
            direction=direction,
            created_at=created_at,
            requester_connection_status=requester_connection_status,
            messages=messages,
            assignment=assignment,
            external_id=external_id,
            closing=closing,
            attributes=attributes,
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
