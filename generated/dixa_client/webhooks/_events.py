"""Which class each `event_fqn` parses into: written by scripts/webhook_models.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from .._webhooks import UnknownWebhookEvent
    from .models import (
        AgentBannedEnduser,
        AgentBannedIp,
        AgentUnbannedEnduser,
        AgentUnbannedIp,
        ConversationAbandoned,
        ConversationAssigned,
        ConversationClosed,
        ConversationCreated,
        ConversationCustomAttributeUpdated,
        ConversationEndUserReplaced,
        ConversationEnqueued,
        ConversationMessageAdded,
        ConversationMessageDeliveryDelivered,
        ConversationMessageDeliveryFailed,
        ConversationMessageDeliveryInfo,
        ConversationMessageDeliverySeen,
        ConversationMessageDeliverySent,
        ConversationMessageDeliverySpamComplaint,
        ConversationNoteAdded,
        ConversationOpen,
        ConversationPending,
        ConversationPendingExpired,
        ConversationRated,
        ConversationTagAdded,
        ConversationTagRemoved,
        ConversationTransferred,
        ConversationUnassigned,
        SlaEvaluationAchieved,
        SlaEvaluationBreached,
        SlaEvaluationPending,
        SlaEvaluationVoided,
        TypingStarted,
    )

DOCUMENT_SHA256 = "446ad2fb428b07ed03d6171e439ba947be2c632cc2ff55a5116fc272ac2cbc1b"

# event_fqn -> class name in dixa_client.webhooks.models
EVENT_MODELS: dict[str, str] = {
    "AGENT_BANNED_ENDUSER": "AgentBannedEnduser",
    "AGENT_BANNED_IP": "AgentBannedIp",
    "AGENT_UNBANNED_ENDUSER": "AgentUnbannedEnduser",
    "AGENT_UNBANNED_IP": "AgentUnbannedIp",
    "CONVERSATION_ABANDONED": "ConversationAbandoned",
    "CONVERSATION_ASSIGNED": "ConversationAssigned",
    "CONVERSATION_CLOSED": "ConversationClosed",
    "CONVERSATION_CREATED": "ConversationCreated",
    "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED": "ConversationCustomAttributeUpdated",
    "CONVERSATION_END_USER_REPLACED": "ConversationEndUserReplaced",
    "CONVERSATION_ENQUEUED": "ConversationEnqueued",
    "CONVERSATION_MESSAGE_ADDED": "ConversationMessageAdded",
    "CONVERSATION_MESSAGE_DELIVERY_DELIVERED": "ConversationMessageDeliveryDelivered",
    "CONVERSATION_MESSAGE_DELIVERY_FAILED": "ConversationMessageDeliveryFailed",
    "CONVERSATION_MESSAGE_DELIVERY_INFO": "ConversationMessageDeliveryInfo",
    "CONVERSATION_MESSAGE_DELIVERY_SEEN": "ConversationMessageDeliverySeen",
    "CONVERSATION_MESSAGE_DELIVERY_SENT": "ConversationMessageDeliverySent",
    "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT": "ConversationMessageDeliverySpamComplaint",
    "CONVERSATION_NOTE_ADDED": "ConversationNoteAdded",
    "CONVERSATION_OPEN": "ConversationOpen",
    "CONVERSATION_PENDING": "ConversationPending",
    "CONVERSATION_PENDING_EXPIRED": "ConversationPendingExpired",
    "CONVERSATION_RATED": "ConversationRated",
    "CONVERSATION_TAG_ADDED": "ConversationTagAdded",
    "CONVERSATION_TAG_REMOVED": "ConversationTagRemoved",
    "CONVERSATION_TRANSFERRED": "ConversationTransferred",
    "CONVERSATION_UNASSIGNED": "ConversationUnassigned",
    "SLA_EVALUATION_ACHIEVED": "SlaEvaluationAchieved",
    "SLA_EVALUATION_BREACHED": "SlaEvaluationBreached",
    "SLA_EVALUATION_PENDING": "SlaEvaluationPending",
    "SLA_EVALUATION_VOIDED": "SlaEvaluationVoided",
    "TYPING_STARTED": "TypingStarted",
}

# subscription event name (the API's `events` values) -> event_fqn
SUBSCRIPTION_EVENTS: dict[str, str] = {
    "AgentBannedEnduser": "AGENT_BANNED_ENDUSER",
    "AgentBannedIp": "AGENT_BANNED_IP",
    "AgentUnbannedEnduser": "AGENT_UNBANNED_ENDUSER",
    "AgentUnbannedIp": "AGENT_UNBANNED_IP",
    "ConversationAbandoned": "CONVERSATION_ABANDONED",
    "ConversationAssigned": "CONVERSATION_ASSIGNED",
    "ConversationClosed": "CONVERSATION_CLOSED",
    "ConversationCreated": "CONVERSATION_CREATED",
    "ConversationCustomAttributeUpdated": "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED",
    "ConversationEndUserReplaced": "CONVERSATION_END_USER_REPLACED",
    "ConversationEnqueued": "CONVERSATION_ENQUEUED",
    "ConversationMessageAdded": "CONVERSATION_MESSAGE_ADDED",
    "ConversationMessageDeliveryDelivered": "CONVERSATION_MESSAGE_DELIVERY_DELIVERED",
    "ConversationMessageDeliveryFailed": "CONVERSATION_MESSAGE_DELIVERY_FAILED",
    "ConversationMessageDeliveryInfo": "CONVERSATION_MESSAGE_DELIVERY_INFO",
    "ConversationMessageDeliverySeen": "CONVERSATION_MESSAGE_DELIVERY_SEEN",
    "ConversationMessageDeliverySent": "CONVERSATION_MESSAGE_DELIVERY_SENT",
    "ConversationMessageDeliverySpamComplaint": "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT",
    "ConversationNoteAdded": "CONVERSATION_NOTE_ADDED",
    "ConversationOpen": "CONVERSATION_OPEN",
    "ConversationPending": "CONVERSATION_PENDING",
    "ConversationPendingExpired": "CONVERSATION_PENDING_EXPIRED",
    "ConversationRated": "CONVERSATION_RATED",
    "ConversationTagAdded": "CONVERSATION_TAG_ADDED",
    "ConversationTagRemoved": "CONVERSATION_TAG_REMOVED",
    "ConversationTransferred": "CONVERSATION_TRANSFERRED",
    "ConversationUnassigned": "CONVERSATION_UNASSIGNED",
    "SLAEvaluationAchieved": "SLA_EVALUATION_ACHIEVED",
    "SLAEvaluationBreached": "SLA_EVALUATION_BREACHED",
    "SLAEvaluationPending": "SLA_EVALUATION_PENDING",
    "SLAEvaluationVoided": "SLA_EVALUATION_VOIDED",
    "TypingStarted": "TYPING_STARTED",
}

WebhookEvent: TypeAlias = "AgentBannedEnduser | AgentBannedIp | AgentUnbannedEnduser | AgentUnbannedIp | ConversationAbandoned | ConversationAssigned | ConversationClosed | ConversationCreated | ConversationCustomAttributeUpdated | ConversationEndUserReplaced | ConversationEnqueued | ConversationMessageAdded | ConversationMessageDeliveryDelivered | ConversationMessageDeliveryFailed | ConversationMessageDeliveryInfo | ConversationMessageDeliverySeen | ConversationMessageDeliverySent | ConversationMessageDeliverySpamComplaint | ConversationNoteAdded | ConversationOpen | ConversationPending | ConversationPendingExpired | ConversationRated | ConversationTagAdded | ConversationTagRemoved | ConversationTransferred | ConversationUnassigned | SlaEvaluationAchieved | SlaEvaluationBreached | SlaEvaluationPending | SlaEvaluationVoided | TypingStarted | UnknownWebhookEvent"
"""What `parse` and `unwrap` return: one class per known event, else UnknownWebhookEvent."""
