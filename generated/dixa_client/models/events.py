from enum import StrEnum


class Events(StrEnum):
    AGENT_BANNED_ENDUSER = "AgentBannedEnduser"
    AGENT_BANNED_IP = "AgentBannedIp"
    AGENT_UNBANNED_ENDUSER = "AgentUnbannedEnduser"
    AGENT_UNBANNED_IP = "AgentUnbannedIp"
    CONVERSATION_ABANDONED = "ConversationAbandoned"
    CONVERSATION_ASSIGNED = "ConversationAssigned"
    CONVERSATION_CLOSED = "ConversationClosed"
    CONVERSATION_CREATED = "ConversationCreated"
    CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED = "ConversationCustomAttributeUpdated"
    CONVERSATION_END_USER_REPLACED = "ConversationEndUserReplaced"
    CONVERSATION_ENQUEUED = "ConversationEnqueued"
    CONVERSATION_MESSAGE_ADDED = "ConversationMessageAdded"
    CONVERSATION_MESSAGE_DELIVERY_DELIVERED = "ConversationMessageDeliveryDelivered"
    CONVERSATION_MESSAGE_DELIVERY_FAILED = "ConversationMessageDeliveryFailed"
    CONVERSATION_MESSAGE_DELIVERY_INFO = "ConversationMessageDeliveryInfo"
    CONVERSATION_MESSAGE_DELIVERY_SEEN = "ConversationMessageDeliverySeen"
    CONVERSATION_MESSAGE_DELIVERY_SENT = "ConversationMessageDeliverySent"
    CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT = "ConversationMessageDeliverySpamComplaint"
    CONVERSATION_NOTE_ADDED = "ConversationNoteAdded"
    CONVERSATION_OPEN = "ConversationOpen"
    CONVERSATION_PENDING = "ConversationPending"
    CONVERSATION_PENDING_EXPIRED = "ConversationPendingExpired"
    CONVERSATION_RATED = "ConversationRated"
    CONVERSATION_TAG_ADDED = "ConversationTagAdded"
    CONVERSATION_TAG_REMOVED = "ConversationTagRemoved"
    CONVERSATION_TRANSFERRED = "ConversationTransferred"
    CONVERSATION_UNASSIGNED = "ConversationUnassigned"
    SLA_EVALUATION_ACHIEVED = "SLAEvaluationAchieved"
    SLA_EVALUATION_BREACHED = "SLAEvaluationBreached"
    SLA_EVALUATION_PENDING = "SLAEvaluationPending"
    SLA_EVALUATION_VOIDED = "SLAEvaluationVoided"
    TYPING_STARTED = "TypingStarted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: object) -> "Events":
        """The member for a wire value: known values by lookup, unknown ones kept (see _missing_)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value, arg-type]

    @classmethod
    def _missing_(cls, value: object) -> "Events | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """False for a value this client was generated without."""
        return type(self)._member_map_.get(self._name_) is self
