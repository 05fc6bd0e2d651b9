"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_banned_enduser import AgentBannedEnduser
    from .agent_banned_enduser_data import AgentBannedEnduserData
    from .agent_banned_ip import AgentBannedIp
    from .agent_banned_ip_data import AgentBannedIpData
    from .agent_unbanned_enduser import AgentUnbannedEnduser
    from .agent_unbanned_enduser_data import AgentUnbannedEnduserData
    from .agent_unbanned_ip import AgentUnbannedIp
    from .agent_unbanned_ip_data import AgentUnbannedIpData
    from .conversation import Conversation
    from .conversation_abandoned import ConversationAbandoned
    from .conversation_abandoned_data import ConversationAbandonedData
    from .conversation_assigned import ConversationAssigned
    from .conversation_assigned_data import ConversationAssignedData
    from .conversation_channel import ConversationChannel
    from .conversation_closed import ConversationClosed
    from .conversation_closed_data import ConversationClosedData
    from .conversation_created import ConversationCreated
    from .conversation_created_data import ConversationCreatedData
    from .conversation_custom_attribute_updated import ConversationCustomAttributeUpdated
    from .conversation_custom_attribute_updated_data import ConversationCustomAttributeUpdatedData
    from .conversation_direction import ConversationDirection
    from .conversation_end_user_replaced import ConversationEndUserReplaced
    from .conversation_end_user_replaced_data import ConversationEndUserReplacedData
    from .conversation_enqueued import ConversationEnqueued
    from .conversation_enqueued_data import ConversationEnqueuedData
    from .conversation_message_added import ConversationMessageAdded
    from .conversation_message_added_data import ConversationMessageAddedData
    from .conversation_message_delivery_delivered import ConversationMessageDeliveryDelivered
    from .conversation_message_delivery_delivered_data import ConversationMessageDeliveryDeliveredData
    from .conversation_message_delivery_failed import ConversationMessageDeliveryFailed
    from .conversation_message_delivery_failed_data import ConversationMessageDeliveryFailedData
    from .conversation_message_delivery_info import ConversationMessageDeliveryInfo
    from .conversation_message_delivery_info_data import ConversationMessageDeliveryInfoData
    from .conversation_message_delivery_seen import ConversationMessageDeliverySeen
    from .conversation_message_delivery_seen_data import ConversationMessageDeliverySeenData
    from .conversation_message_delivery_sent import ConversationMessageDeliverySent
    from .conversation_message_delivery_sent_data import ConversationMessageDeliverySentData
    from .conversation_message_delivery_spam_complaint import ConversationMessageDeliverySpamComplaint
    from .conversation_message_delivery_spam_complaint_data import ConversationMessageDeliverySpamComplaintData
    from .conversation_note_added import ConversationNoteAdded
    from .conversation_note_added_data import ConversationNoteAddedData
    from .conversation_open import ConversationOpen
    from .conversation_open_data import ConversationOpenData
    from .conversation_pending import ConversationPending
    from .conversation_pending_data import ConversationPendingData
    from .conversation_pending_expired import ConversationPendingExpired
    from .conversation_pending_expired_data import ConversationPendingExpiredData
    from .conversation_rated import ConversationRated
    from .conversation_rated_data import ConversationRatedData
    from .conversation_status import ConversationStatus
    from .conversation_tag_added import ConversationTagAdded
    from .conversation_tag_added_data import ConversationTagAddedData
    from .conversation_tag_removed import ConversationTagRemoved
    from .conversation_tag_removed_data import ConversationTagRemovedData
    from .conversation_transferred import ConversationTransferred
    from .conversation_transferred_data import ConversationTransferredData
    from .conversation_unassigned import ConversationUnassigned
    from .conversation_unassigned_data import ConversationUnassignedData
    from .organization import Organization
    from .queue import Queue
    from .sla_evaluation_achieved import SlaEvaluationAchieved
    from .sla_evaluation_achieved_data import SlaEvaluationAchievedData
    from .sla_evaluation_breached import SlaEvaluationBreached
    from .sla_evaluation_breached_data import SlaEvaluationBreachedData
    from .sla_evaluation_pending import SlaEvaluationPending
    from .sla_evaluation_pending_data import SlaEvaluationPendingData
    from .sla_evaluation_voided import SlaEvaluationVoided
    from .sla_evaluation_voided_data import SlaEvaluationVoidedData
    from .typing_started import TypingStarted
    from .typing_started_data import TypingStartedData
    from .user import User
    from .user_role import UserRole
    from .webhook_envelope import WebhookEnvelope

# class name -> the module that defines it
_MODULES = {
    "AgentBannedEnduser": ".agent_banned_enduser",
    "AgentBannedEnduserData": ".agent_banned_enduser_data",
    "AgentBannedIp": ".agent_banned_ip",
    "AgentBannedIpData": ".agent_banned_ip_data",
    "AgentUnbannedEnduser": ".agent_unbanned_enduser",
    "AgentUnbannedEnduserData": ".agent_unbanned_enduser_data",
    "AgentUnbannedIp": ".agent_unbanned_ip",
    "AgentUnbannedIpData": ".agent_unbanned_ip_data",
    "Conversation": ".conversation",
    "ConversationAbandoned": ".conversation_abandoned",
    "ConversationAbandonedData": ".conversation_abandoned_data",
    "ConversationAssigned": ".conversation_assigned",
    "ConversationAssignedData": ".conversation_assigned_data",
    "ConversationChannel": ".conversation_channel",
    "ConversationClosed": ".conversation_closed",
    "ConversationClosedData": ".conversation_closed_data",
    "ConversationCreated": ".conversation_created",
    "ConversationCreatedData": ".conversation_created_data",
    "ConversationCustomAttributeUpdated": ".conversation_custom_attribute_updated",
    "ConversationCustomAttributeUpdatedData": ".conversation_custom_attribute_updated_data",
    "ConversationDirection": ".conversation_direction",
    "ConversationEndUserReplaced": ".conversation_end_user_replaced",
    "ConversationEndUserReplacedData": ".conversation_end_user_replaced_data",
    "ConversationEnqueued": ".conversation_enqueued",
    "ConversationEnqueuedData": ".conversation_enqueued_data",
    "ConversationMessageAdded": ".conversation_message_added",
    "ConversationMessageAddedData": ".conversation_message_added_data",
    "ConversationMessageDeliveryDelivered": ".conversation_message_delivery_delivered",
    "ConversationMessageDeliveryDeliveredData": ".conversation_message_delivery_delivered_data",
    "ConversationMessageDeliveryFailed": ".conversation_message_delivery_failed",
    "ConversationMessageDeliveryFailedData": ".conversation_message_delivery_failed_data",
    "ConversationMessageDeliveryInfo": ".conversation_message_delivery_info",
    "ConversationMessageDeliveryInfoData": ".conversation_message_delivery_info_data",
    "ConversationMessageDeliverySeen": ".conversation_message_delivery_seen",
    "ConversationMessageDeliverySeenData": ".conversation_message_delivery_seen_data",
    "ConversationMessageDeliverySent": ".conversation_message_delivery_sent",
    "ConversationMessageDeliverySentData": ".conversation_message_delivery_sent_data",
    "ConversationMessageDeliverySpamComplaint": ".conversation_message_delivery_spam_complaint",
    "ConversationMessageDeliverySpamComplaintData": ".conversation_message_delivery_spam_complaint_data",
    "ConversationNoteAdded": ".conversation_note_added",
    "ConversationNoteAddedData": ".conversation_note_added_data",
    "ConversationOpen": ".conversation_open",
    "ConversationOpenData": ".conversation_open_data",
    "ConversationPending": ".conversation_pending",
    "ConversationPendingData": ".conversation_pending_data",
    "ConversationPendingExpired": ".conversation_pending_expired",
    "ConversationPendingExpiredData": ".conversation_pending_expired_data",
    "ConversationRated": ".conversation_rated",
    "ConversationRatedData": ".conversation_rated_data",
    "ConversationStatus": ".conversation_status",
    "ConversationTagAdded": ".conversation_tag_added",
    "ConversationTagAddedData": ".conversation_tag_added_data",
    "ConversationTagRemoved": ".conversation_tag_removed",
    "ConversationTagRemovedData": ".conversation_tag_removed_data",
    "ConversationTransferred": ".conversation_transferred",
    "ConversationTransferredData": ".conversation_transferred_data",
    "ConversationUnassigned": ".conversation_unassigned",
    "ConversationUnassignedData": ".conversation_unassigned_data",
    "Organization": ".organization",
    "Queue": ".queue",
    "SlaEvaluationAchieved": ".sla_evaluation_achieved",
    "SlaEvaluationAchievedData": ".sla_evaluation_achieved_data",
    "SlaEvaluationBreached": ".sla_evaluation_breached",
    "SlaEvaluationBreachedData": ".sla_evaluation_breached_data",
    "SlaEvaluationPending": ".sla_evaluation_pending",
    "SlaEvaluationPendingData": ".sla_evaluation_pending_data",
    "SlaEvaluationVoided": ".sla_evaluation_voided",
    "SlaEvaluationVoidedData": ".sla_evaluation_voided_data",
    "TypingStarted": ".typing_started",
    "TypingStartedData": ".typing_started_data",
    "User": ".user",
    "UserRole": ".user_role",
    "WebhookEnvelope": ".webhook_envelope",
}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        value = getattr(import_module(_MODULES[name], __name__), name)
        globals()[name] = value  # once loaded, a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AgentBannedEnduser",
    "AgentBannedEnduserData",
    "AgentBannedIp",
    "AgentBannedIpData",
    "AgentUnbannedEnduser",
    "AgentUnbannedEnduserData",
    "AgentUnbannedIp",
    "AgentUnbannedIpData",
    "Conversation",
    "ConversationAbandoned",
    "ConversationAbandonedData",
    "ConversationAssigned",
    "ConversationAssignedData",
    "ConversationChannel",
    "ConversationClosed",
    "ConversationClosedData",
    "ConversationCreated",
    "ConversationCreatedData",
    "ConversationCustomAttributeUpdated",
    "ConversationCustomAttributeUpdatedData",
    "ConversationDirection",
    "ConversationEndUserReplaced",
    "ConversationEndUserReplacedData",
    "ConversationEnqueued",
    "ConversationEnqueuedData",
    "ConversationMessageAdded",
    "ConversationMessageAddedData",
    "ConversationMessageDeliveryDelivered",
    "ConversationMessageDeliveryDeliveredData",
    "ConversationMessageDeliveryFailed",
    "ConversationMessageDeliveryFailedData",
    "ConversationMessageDeliveryInfo",
    "ConversationMessageDeliveryInfoData",
    "ConversationMessageDeliverySeen",
    "ConversationMessageDeliverySeenData",
    "ConversationMessageDeliverySent",
    "ConversationMessageDeliverySentData",
    "ConversationMessageDeliverySpamComplaint",
    "ConversationMessageDeliverySpamComplaintData",
    "ConversationNoteAdded",
    "ConversationNoteAddedData",
    "ConversationOpen",
    "ConversationOpenData",
    "ConversationPending",
    "ConversationPendingData",
    "ConversationPendingExpired",
    "ConversationPendingExpiredData",
    "ConversationRated",
    "ConversationRatedData",
    "ConversationStatus",
    "ConversationTagAdded",
    "ConversationTagAddedData",
    "ConversationTagRemoved",
    "ConversationTagRemovedData",
    "ConversationTransferred",
    "ConversationTransferredData",
    "ConversationUnassigned",
    "ConversationUnassignedData",
    "Organization",
    "Queue",
    "SlaEvaluationAchieved",
    "SlaEvaluationAchievedData",
    "SlaEvaluationBreached",
    "SlaEvaluationBreachedData",
    "SlaEvaluationPending",
    "SlaEvaluationPendingData",
    "SlaEvaluationVoided",
    "SlaEvaluationVoidedData",
    "TypingStarted",
    "TypingStartedData",
    "User",
    "UserRole",
    "WebhookEnvelope",
)
