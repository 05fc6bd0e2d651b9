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
    from ..models.custom_attribute import CustomAttribute
    from ..models.email_forward import EmailForward
    from ..models.follow_up import FollowUp
    from ..models.queue import Queue
    from ..models.side_conversation import SideConversation


T = TypeVar("T", bound="PstnPhoneConversation")


@_attrs_define
class PstnPhoneConversation:
    id: int
    requester_id: UUID
    channel: str
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    created_at: datetime.datetime
    direction: str | Unset = UNSET
    """ values: [Inbound, Internal, Outbound] """
    state: str | Unset = UNSET
    """ values: [AwaitingPending, Closed, Open, Pending] """
    state_updated_at: datetime.datetime | Unset = UNSET
    assignment: Assignment | Unset = UNSET
    queue: Queue | Unset = UNSET
    link: EmailForward | FollowUp | SideConversation | Unset = UNSET
    custom_attributes: list[CustomAttribute] | Unset = UNSET
    transport_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_forward import EmailForward  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415

        id = self.id

        requester_id = str(self.requester_id)

        channel = self.channel

        created_at = self.created_at.isoformat()

        direction = self.direction

        state = self.state

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = self.state_updated_at.isoformat()

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        link: dict[str, Any] | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, EmailForward):
            link = self.link.to_dict()
        elif isinstance(self.link, FollowUp):
            link = self.link.to_dict()
        else:
            link = self.link.to_dict()

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        transport_expires_at: str | Unset = UNSET
        if not isinstance(self.transport_expires_at, Unset):
            transport_expires_at = self.transport_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requesterId": requester_id,
                "channel": channel,
                "createdAt": created_at,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if state is not UNSET:
            field_dict["state"] = state
        if state_updated_at is not UNSET:
            field_dict["stateUpdatedAt"] = state_updated_at
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if queue is not UNSET:
            field_dict["queue"] = queue
        if link is not UNSET:
            field_dict["link"] = link
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if transport_expires_at is not UNSET:
            field_dict["transportExpiresAt"] = transport_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignment import Assignment  # noqa: PLC0415
        from ..models.custom_attribute import CustomAttribute  # noqa: PLC0415
        from ..models.email_forward import EmailForward  # noqa: PLC0415
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.queue import Queue  # noqa: PLC0415
        from ..models.side_conversation import SideConversation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        requester_id = UUID(d.pop("requesterId"))

        channel = d.pop("channel")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        direction = d.pop("direction", UNSET)

        state = d.pop("state", UNSET)

        _state_updated_at = d.pop("stateUpdatedAt", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

        _assignment = d.pop("assignment", UNSET)
        assignment: Assignment | Unset
        if isinstance(_assignment, Unset):
            assignment = UNSET
        else:
            assignment = Assignment.from_dict(_assignment)

        _queue = d.pop("queue", UNSET)
        queue: Queue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = Queue.from_dict(_queue)

        def _parse_link(data: object) -> EmailForward | FollowUp | SideConversation | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_link_type_0 = EmailForward.from_dict(data)

                return componentsschemas_conversation_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_link_type_1 = FollowUp.from_dict(data)

                return componentsschemas_conversation_link_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_link_type_2 = SideConversation.from_dict(data)

            return componentsschemas_conversation_link_type_2

        link = _parse_link(d.pop("link", UNSET))

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: list[CustomAttribute] | Unset = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for custom_attributes_item_data in _custom_attributes:
                custom_attributes_item = CustomAttribute.from_dict(custom_attributes_item_data)

                custom_attributes.append(custom_attributes_item)

        _transport_expires_at = d.pop("transportExpiresAt", UNSET)
        transport_expires_at: datetime.datetime | Unset
        if isinstance(_transport_expires_at, Unset):
            transport_expires_at = UNSET
        else:
            transport_expires_at = datetime.datetime.fromisoformat(_transport_expires_at)

        _instance = cls(
            id=id,
            requester_id=requester_id,
            channel=channel,
            created_at=created_at,
            direction=direction,
            state=state,
            state_updated_at=state_updated_at,
            assignment=assignment,
            queue=queue,
            link=link,
            custom_attributes=custom_attributes,
            transport_expires_at=transport_expires_at,
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
