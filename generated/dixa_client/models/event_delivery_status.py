from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delivery_detail import DeliveryDetail
    from ..models.no_recent_delivery import NoRecentDelivery


T = TypeVar("T", bound="EventDeliveryStatus")


@_attrs_define
class EventDeliveryStatus:
    event: str
    """ values: [SLAEvaluationVoided, ConversationPending, SLAEvaluationBreached, ConversationMessageAdded,
    ConversationCustomAttributeUpdated, SLAEvaluationAchieved, ConversationAssigned,
    ConversationMessageDeliveryDelivered, ConversationMessageDeliveryInfo, ConversationTransferred,
    ConversationEnqueued, AgentUnbannedEnduser, TypingStarted, ConversationCreated, ConversationUnassigned,
    ConversationOpen, ConversationAbandoned, ConversationClosed, ConversationMessageDeliveryFailed,
    ConversationTagAdded, ConversationNoteAdded, AgentBannedEnduser, ConversationEndUserReplaced,
    ConversationMessageDeliverySeen, AgentUnbannedIp, ConversationMessageDeliverySent, AgentBannedIp,
    ConversationTagRemoved, ConversationRated, SLAEvaluationPending, ConversationMessageDeliverySpamComplaint,
    ConversationPendingExpired] """
    delivery_status: DeliveryDetail | NoRecentDelivery
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415

        event = self.event

        delivery_status: dict[str, Any]
        if isinstance(self.delivery_status, DeliveryDetail):
            delivery_status = self.delivery_status.to_dict()
        else:
            delivery_status = self.delivery_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "deliveryStatus": delivery_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415
        from ..models.no_recent_delivery import NoRecentDelivery  # noqa: PLC0415

        d = dict(src_dict)
        event = d.pop("event")

        def _parse_delivery_status(data: object) -> DeliveryDetail | NoRecentDelivery:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_delivery_status_type_0 = DeliveryDetail.from_dict(data)

                return componentsschemas_delivery_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_delivery_status_type_1 = NoRecentDelivery.from_dict(data)

            return componentsschemas_delivery_status_type_1

        delivery_status = _parse_delivery_status(d.pop("deliveryStatus"))

        _instance = cls(
            event=event,
            delivery_status=delivery_status,
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
