"""Delivery bodies of our own, built from the fields Dixa's webhook pages document (see
../shared/docs/dixa-webhooks.md), and Dixa's signing recipe, for the webhook tests."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from typing import Any, TypeVar

from dixa_client.types import Unset

T = TypeVar("T")

SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

ORGANIZATION: dict[str, Any] = {"id": "5b9e2f4c-1d3a-4e8b-a7c6-0f2e9d8c7b6a", "name": "Example Org"}
END_USER: dict[str, Any] = {
    "id": "0c3f5e9a-8b1d-4f6e-9a2c-7d4b1e0f3a5c",
    "name": "Erin Enduser",
    "email": "erin@example.com",
    "phone": None,
    "roles": ["Enduser"],
}
AGENT: dict[str, Any] = {
    "id": "7e1d9c3b-2a4f-4b8e-8c6d-5f0a9e2b1c4d",
    "name": "Ada Agent",
    "email": "ada@example.com",
    "phone": "+4511223344",
    "roles": ["Admin", "Agent"],
}
QUEUE: dict[str, Any] = {"id": "2d8b4f6a-9c1e-4a3b-b5d7-e0f2a4c6b8d1", "name": "Support"}
CONVERSATION: dict[str, Any] = {
    "csid": 42,
    "channel": "WIDGET_CHAT",
    "status": "OPEN",
    "direction": "INBOUND",
    "queue": QUEUE,
    "contact_point": "support@example.com",
    "requester": END_USER,
    "assignee": AGENT,
    "subject": None,
    "tags": [],
    "created_at": "2023-07-13T08:59:01.250Z",
}

# `data` per event_fqn, from the documented fields; events whose `data` Dixa's pages leave
# undocumented get keys of our own invention, which must come back whole.
UNDOCUMENTED_DATA: dict[str, Any] = {"conversation": {"csid": 42}, "something": {"nested": [1, "two", None]}}
DATA: dict[str, dict[str, Any]] = {
    "CONVERSATION_CREATED": {"conversation": CONVERSATION},
    "CONVERSATION_OPEN": {"conversation": CONVERSATION},
    "CONVERSATION_PENDING": {"conversation": CONVERSATION},
    "CONVERSATION_PENDING_EXPIRED": {"conversation": CONVERSATION, "pendingByUser": AGENT},
    "CONVERSATION_CLOSED": {"conversation": CONVERSATION},
    "CONVERSATION_ABANDONED": {"conversation": CONVERSATION, "queue": QUEUE},
    "CONVERSATION_ENQUEUED": {"conversation": CONVERSATION},
    "CONVERSATION_NOTE_ADDED": {
        "conversation": CONVERSATION,
        "note_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "text": "Called the customer back",
        "created_at": "2023-07-13T09:02:29.400Z",
        "author": AGENT,
    },
}
# The 32 subscription names of the beta document's CreateWebhookSubscriptionInput.events, with the
# event_fqn the facts file gives (most inferred) and the class named after it.
EVENTS: dict[str, tuple[str, str]] = {
    "ConversationCreated": ("CONVERSATION_CREATED", "ConversationCreated"),
    "ConversationOpen": ("CONVERSATION_OPEN", "ConversationOpen"),
    "ConversationPending": ("CONVERSATION_PENDING", "ConversationPending"),
    "ConversationPendingExpired": ("CONVERSATION_PENDING_EXPIRED", "ConversationPendingExpired"),
    "ConversationClosed": ("CONVERSATION_CLOSED", "ConversationClosed"),
    "ConversationAbandoned": ("CONVERSATION_ABANDONED", "ConversationAbandoned"),
    "ConversationEnqueued": ("CONVERSATION_ENQUEUED", "ConversationEnqueued"),
    "ConversationAssigned": ("CONVERSATION_ASSIGNED", "ConversationAssigned"),
    "ConversationUnassigned": ("CONVERSATION_UNASSIGNED", "ConversationUnassigned"),
    "ConversationNoteAdded": ("CONVERSATION_NOTE_ADDED", "ConversationNoteAdded"),
    "ConversationMessageAdded": ("CONVERSATION_MESSAGE_ADDED", "ConversationMessageAdded"),
    "ConversationTagAdded": ("CONVERSATION_TAG_ADDED", "ConversationTagAdded"),
    "ConversationTagRemoved": ("CONVERSATION_TAG_REMOVED", "ConversationTagRemoved"),
    "ConversationRated": ("CONVERSATION_RATED", "ConversationRated"),
    "ConversationTransferred": ("CONVERSATION_TRANSFERRED", "ConversationTransferred"),
    "ConversationCustomAttributeUpdated": (
        "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED",
        "ConversationCustomAttributeUpdated",
    ),
    "ConversationEndUserReplaced": ("CONVERSATION_END_USER_REPLACED", "ConversationEndUserReplaced"),
    "AgentBannedEnduser": ("AGENT_BANNED_ENDUSER", "AgentBannedEnduser"),
    "AgentUnbannedEnduser": ("AGENT_UNBANNED_ENDUSER", "AgentUnbannedEnduser"),
    "AgentBannedIp": ("AGENT_BANNED_IP", "AgentBannedIp"),
    "AgentUnbannedIp": ("AGENT_UNBANNED_IP", "AgentUnbannedIp"),
    "TypingStarted": ("TYPING_STARTED", "TypingStarted"),
    "SLAEvaluationPending": ("SLA_EVALUATION_PENDING", "SlaEvaluationPending"),
    "SLAEvaluationBreached": ("SLA_EVALUATION_BREACHED", "SlaEvaluationBreached"),
    "SLAEvaluationAchieved": ("SLA_EVALUATION_ACHIEVED", "SlaEvaluationAchieved"),
    "SLAEvaluationVoided": ("SLA_EVALUATION_VOIDED", "SlaEvaluationVoided"),
    "ConversationMessageDeliverySent": ("CONVERSATION_MESSAGE_DELIVERY_SENT", "ConversationMessageDeliverySent"),
    "ConversationMessageDeliveryDelivered": (
        "CONVERSATION_MESSAGE_DELIVERY_DELIVERED",
        "ConversationMessageDeliveryDelivered",
    ),
    "ConversationMessageDeliverySeen": ("CONVERSATION_MESSAGE_DELIVERY_SEEN", "ConversationMessageDeliverySeen"),
    "ConversationMessageDeliveryFailed": (
        "CONVERSATION_MESSAGE_DELIVERY_FAILED",
        "ConversationMessageDeliveryFailed",
    ),
    "ConversationMessageDeliveryInfo": ("CONVERSATION_MESSAGE_DELIVERY_INFO", "ConversationMessageDeliveryInfo"),
    "ConversationMessageDeliverySpamComplaint": (
        "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT",
        "ConversationMessageDeliverySpamComplaint",
    ),
}


def delivery(event_fqn: str, data: dict[str, Any] | None = None, **envelope: Any) -> dict[str, Any]:
    """A delivery body: the documented envelope around `data` (by default the event's documented data)."""
    body: dict[str, Any] = {
        "event_id": "3f0d6a0e-6f1b-4c39-9d64-2b8f3c1a7e55",
        "event_fqn": event_fqn,
        "event_version": "1",
        "event_timestamp": "2023-07-13T09:02:29.512Z",
        "organization": ORGANIZATION,
        "data": DATA.get(event_fqn, UNDOCUMENTED_DATA) if data is None else data,
    }
    body.update(envelope)
    return copy.deepcopy(body)


def encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def sign(body: bytes, timestamp_ms: int, secret: str = SECRET) -> dict[str, str]:
    """The headers Dixa sends with `body`: HMAC-SHA256 keyed with the hex-decoded secret."""
    mac = hmac.new(bytes.fromhex(secret), f"{timestamp_ms}.".encode() + body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-DIXA-SUBSCRIPTION-ID": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
        "X-DIXA-SIGNATURE": f"t={timestamp_ms},v1={mac}",
    }


def without_nulls(value: Any) -> Any:
    """`value` with null-valued keys dropped: the models read an optional `null` as unset."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def present(value: T | Unset) -> T:
    """`value`, asserted to be set (optional fields are `X | Unset` to a type checker)."""
    assert not isinstance(value, Unset), "expected a value, got UNSET"
    return value
