from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_id import AgentId
    from ..models.assigned_date import AssignedDate
    from ..models.channel import Channel
    from ..models.closed_date import ClosedDate
    from ..models.contact_id import ContactId
    from ..models.conversation_id import ConversationId
    from ..models.creation_date import CreationDate
    from ..models.direction import Direction
    from ..models.duration import Duration
    from ..models.last_activity import LastActivity
    from ..models.last_message import LastMessage
    from ..models.queue_id import QueueId
    from ..models.search_field_custom_attribute import SearchFieldCustomAttribute
    from ..models.search_field_status import SearchFieldStatus
    from ..models.tag_id import TagId


T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    field: (
        AgentId
        | AssignedDate
        | Channel
        | ClosedDate
        | ContactId
        | ConversationId
        | CreationDate
        | Direction
        | Duration
        | LastActivity
        | LastMessage
        | QueueId
        | SearchFieldCustomAttribute
        | SearchFieldStatus
        | TagId
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_id import AgentId  # noqa: PLC0415
        from ..models.assigned_date import AssignedDate  # noqa: PLC0415
        from ..models.channel import Channel  # noqa: PLC0415
        from ..models.closed_date import ClosedDate  # noqa: PLC0415
        from ..models.contact_id import ContactId  # noqa: PLC0415
        from ..models.conversation_id import ConversationId  # noqa: PLC0415
        from ..models.creation_date import CreationDate  # noqa: PLC0415
        from ..models.direction import Direction  # noqa: PLC0415
        from ..models.duration import Duration  # noqa: PLC0415
        from ..models.last_activity import LastActivity  # noqa: PLC0415
        from ..models.last_message import LastMessage  # noqa: PLC0415
        from ..models.queue_id import QueueId  # noqa: PLC0415
        from ..models.search_field_custom_attribute import SearchFieldCustomAttribute  # noqa: PLC0415
        from ..models.search_field_status import SearchFieldStatus  # noqa: PLC0415

        field: dict[str, Any]
        if isinstance(self.field, AgentId):
            field = self.field.to_dict()
        elif isinstance(self.field, AssignedDate):
            field = self.field.to_dict()
        elif isinstance(self.field, Channel):
            field = self.field.to_dict()
        elif isinstance(self.field, ClosedDate):
            field = self.field.to_dict()
        elif isinstance(self.field, ContactId):
            field = self.field.to_dict()
        elif isinstance(self.field, ConversationId):
            field = self.field.to_dict()
        elif isinstance(self.field, CreationDate):
            field = self.field.to_dict()
        elif isinstance(self.field, SearchFieldCustomAttribute):
            field = self.field.to_dict()
        elif isinstance(self.field, Direction):
            field = self.field.to_dict()
        elif isinstance(self.field, Duration):
            field = self.field.to_dict()
        elif isinstance(self.field, LastActivity):
            field = self.field.to_dict()
        elif isinstance(self.field, LastMessage):
            field = self.field.to_dict()
        elif isinstance(self.field, QueueId):
            field = self.field.to_dict()
        elif isinstance(self.field, SearchFieldStatus):
            field = self.field.to_dict()
        else:
            field = self.field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_id import AgentId  # noqa: PLC0415
        from ..models.assigned_date import AssignedDate  # noqa: PLC0415
        from ..models.channel import Channel  # noqa: PLC0415
        from ..models.closed_date import ClosedDate  # noqa: PLC0415
        from ..models.contact_id import ContactId  # noqa: PLC0415
        from ..models.conversation_id import ConversationId  # noqa: PLC0415
        from ..models.creation_date import CreationDate  # noqa: PLC0415
        from ..models.direction import Direction  # noqa: PLC0415
        from ..models.duration import Duration  # noqa: PLC0415
        from ..models.last_activity import LastActivity  # noqa: PLC0415
        from ..models.last_message import LastMessage  # noqa: PLC0415
        from ..models.queue_id import QueueId  # noqa: PLC0415
        from ..models.search_field_custom_attribute import SearchFieldCustomAttribute  # noqa: PLC0415
        from ..models.search_field_status import SearchFieldStatus  # noqa: PLC0415
        from ..models.tag_id import TagId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_field(
            data: object,
        ) -> (
            AgentId
            | AssignedDate
            | Channel
            | ClosedDate
            | ContactId
            | ConversationId
            | CreationDate
            | Direction
            | Duration
            | LastActivity
            | LastMessage
            | QueueId
            | SearchFieldCustomAttribute
            | SearchFieldStatus
            | TagId
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_0 = AgentId.from_dict(data)

                return componentsschemas_search_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_1 = AssignedDate.from_dict(data)

                return componentsschemas_search_field_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_2 = Channel.from_dict(data)

                return componentsschemas_search_field_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_3 = ClosedDate.from_dict(data)

                return componentsschemas_search_field_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_4 = ContactId.from_dict(data)

                return componentsschemas_search_field_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_5 = ConversationId.from_dict(data)

                return componentsschemas_search_field_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_6 = CreationDate.from_dict(data)

                return componentsschemas_search_field_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_7 = SearchFieldCustomAttribute.from_dict(data)

                return componentsschemas_search_field_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_8 = Direction.from_dict(data)

                return componentsschemas_search_field_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_9 = Duration.from_dict(data)

                return componentsschemas_search_field_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_10 = LastActivity.from_dict(data)

                return componentsschemas_search_field_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_11 = LastMessage.from_dict(data)

                return componentsschemas_search_field_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_12 = QueueId.from_dict(data)

                return componentsschemas_search_field_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_field_type_13 = SearchFieldStatus.from_dict(data)

                return componentsschemas_search_field_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_field_type_14 = TagId.from_dict(data)

            return componentsschemas_search_field_type_14

        field = _parse_field(d.pop("field"))

        _instance = cls(
            field=field,
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
