from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_conversation_channel_int import MapConversationChannelInt
    from ..models.map_queue_threshold_int import MapQueueThresholdInt
    from ..models.queue_usages import QueueUsages


T = TypeVar("T", bound="Queue1")


@_attrs_define
class Queue1:
    id: str
    name: str
    is_default: bool
    organization_id: str
    queue_thresholds: MapQueueThresholdInt
    """ values: [SlaTimeLimit, AvailableAgents, LongestWait, SlaPercentage, WaitingConversations] """
    sla_calculation_method: str
    """ values: [AbandonedIgnored] """
    do_not_offer_timeouts: MapConversationChannelInt
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    is_do_not_offer_enabled: bool
    offer_timeout: int | Unset = UNSET
    offering_algorithm: str | Unset = UNSET
    """ values: [AgentPriorityOneAtATimeRandom, AllAtOnce, AgentPriorityLongestIdle, AgentPriorityAllAtOnce,
    LongestIdle, OneAtATimeRandom] """
    member_list_type: str | Unset = UNSET
    """ values: [Default, SkillBased] """
    usages: QueueUsages | Unset = UNSET
    wrapup_timeout: int | Unset = UNSET
    priority: int | Unset = UNSET
    offer_abandoned_conversations: bool | Unset = UNSET
    is_preferred_agent_enabled: bool | Unset = UNSET
    preferred_agent_timeouts: MapConversationChannelInt | Unset = UNSET
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    preferred_agent_offline_timeout: int | Unset = UNSET
    personal_agent_offline_timeout: int | Unset = UNSET
    is_restricted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        name = self.name

        is_default = self.is_default

        organization_id = self.organization_id

        queue_thresholds = self.queue_thresholds.to_dict()

        sla_calculation_method = self.sla_calculation_method

        do_not_offer_timeouts = self.do_not_offer_timeouts.to_dict()

        is_do_not_offer_enabled = self.is_do_not_offer_enabled

        offer_timeout = self.offer_timeout

        offering_algorithm = self.offering_algorithm

        member_list_type = self.member_list_type

        usages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = self.usages.to_dict()

        wrapup_timeout = self.wrapup_timeout

        priority = self.priority

        offer_abandoned_conversations = self.offer_abandoned_conversations

        is_preferred_agent_enabled = self.is_preferred_agent_enabled

        preferred_agent_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = self.preferred_agent_timeouts.to_dict()

        preferred_agent_offline_timeout = self.preferred_agent_offline_timeout

        personal_agent_offline_timeout = self.personal_agent_offline_timeout

        is_restricted = self.is_restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "isDefault": is_default,
                "organizationId": organization_id,
                "queueThresholds": queue_thresholds,
                "slaCalculationMethod": sla_calculation_method,
                "doNotOfferTimeouts": do_not_offer_timeouts,
                "isDoNotOfferEnabled": is_do_not_offer_enabled,
            }
        )
        if offer_timeout is not UNSET:
            field_dict["offerTimeout"] = offer_timeout
        if offering_algorithm is not UNSET:
            field_dict["offeringAlgorithm"] = offering_algorithm
        if member_list_type is not UNSET:
            field_dict["memberListType"] = member_list_type
        if usages is not UNSET:
            field_dict["usages"] = usages
        if wrapup_timeout is not UNSET:
            field_dict["wrapupTimeout"] = wrapup_timeout
        if priority is not UNSET:
            field_dict["priority"] = priority
        if offer_abandoned_conversations is not UNSET:
            field_dict["offerAbandonedConversations"] = offer_abandoned_conversations
        if is_preferred_agent_enabled is not UNSET:
            field_dict["isPreferredAgentEnabled"] = is_preferred_agent_enabled
        if preferred_agent_timeouts is not UNSET:
            field_dict["preferredAgentTimeouts"] = preferred_agent_timeouts
        if preferred_agent_offline_timeout is not UNSET:
            field_dict["preferredAgentOfflineTimeout"] = preferred_agent_offline_timeout
        if personal_agent_offline_timeout is not UNSET:
            field_dict["personalAgentOfflineTimeout"] = personal_agent_offline_timeout
        if is_restricted is not UNSET:
            field_dict["isRestricted"] = is_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_conversation_channel_int import MapConversationChannelInt  # noqa: PLC0415
        from ..models.map_queue_threshold_int import MapQueueThresholdInt  # noqa: PLC0415
        from ..models.queue_usages import QueueUsages  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        is_default = d.pop("isDefault")

        organization_id = d.pop("organizationId")

        queue_thresholds = MapQueueThresholdInt.from_dict(d.pop("queueThresholds"))

        sla_calculation_method = d.pop("slaCalculationMethod")

        do_not_offer_timeouts = MapConversationChannelInt.from_dict(d.pop("doNotOfferTimeouts"))

        is_do_not_offer_enabled = d.pop("isDoNotOfferEnabled")

        offer_timeout = d.pop("offerTimeout", UNSET)

        offering_algorithm = d.pop("offeringAlgorithm", UNSET)

        member_list_type = d.pop("memberListType", UNSET)

        _usages = d.pop("usages", UNSET)
        usages: QueueUsages | Unset
        if isinstance(_usages, Unset):
            usages = UNSET
        else:
            usages = QueueUsages.from_dict(_usages)

        wrapup_timeout = d.pop("wrapupTimeout", UNSET)

        priority = d.pop("priority", UNSET)

        offer_abandoned_conversations = d.pop("offerAbandonedConversations", UNSET)

        is_preferred_agent_enabled = d.pop("isPreferredAgentEnabled", UNSET)

        _preferred_agent_timeouts = d.pop("preferredAgentTimeouts", UNSET)
        preferred_agent_timeouts: MapConversationChannelInt | Unset
        if isinstance(_preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = UNSET
        else:
            preferred_agent_timeouts = MapConversationChannelInt.from_dict(_preferred_agent_timeouts)

        preferred_agent_offline_timeout = d.pop("preferredAgentOfflineTimeout", UNSET)

        personal_agent_offline_timeout = d.pop("personalAgentOfflineTimeout", UNSET)

        is_restricted = d.pop("isRestricted", UNSET)

        _instance = cls(
            id=id,
            name=name,
            is_default=is_default,
            organization_id=organization_id,
            queue_thresholds=queue_thresholds,
            sla_calculation_method=sla_calculation_method,
            do_not_offer_timeouts=do_not_offer_timeouts,
            is_do_not_offer_enabled=is_do_not_offer_enabled,
            offer_timeout=offer_timeout,
            offering_algorithm=offering_algorithm,
            member_list_type=member_list_type,
            usages=usages,
            wrapup_timeout=wrapup_timeout,
            priority=priority,
            offer_abandoned_conversations=offer_abandoned_conversations,
            is_preferred_agent_enabled=is_preferred_agent_enabled,
            preferred_agent_timeouts=preferred_agent_timeouts,
            preferred_agent_offline_timeout=preferred_agent_offline_timeout,
            personal_agent_offline_timeout=personal_agent_offline_timeout,
            is_restricted=is_restricted,
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
