from enum import StrEnum


class Events(StrEnum):
    AGENTBANNEDENDUSER = "AgentBannedEnduser"
    AGENTBANNEDIP = "AgentBannedIp"
    AGENTUNBANNEDENDUSER = "AgentUnbannedEnduser"
    AGENTUNBANNEDIP = "AgentUnbannedIp"
    CONVERSATIONABANDONED = "ConversationAbandoned"
    CONVERSATIONASSIGNED = "ConversationAssigned"
    CONVERSATIONCLOSED = "ConversationClosed"
    CONVERSATIONCREATED = "ConversationCreated"
    CONVERSATIONCUSTOMATTRIBUTEUPDATED = "ConversationCustomAttributeUpdated"
    CONVERSATIONENDUSERREPLACED = "ConversationEndUserReplaced"
    CONVERSATIONENQUEUED = "ConversationEnqueued"
    CONVERSATIONMESSAGEADDED = "ConversationMessageAdded"
    CONVERSATIONMESSAGEDELIVERYDELIVERED = "ConversationMessageDeliveryDelivered"
    CONVERSATIONMESSAGEDELIVERYFAILED = "ConversationMessageDeliveryFailed"
    CONVERSATIONMESSAGEDELIVERYINFO = "ConversationMessageDeliveryInfo"
    CONVERSATIONMESSAGEDELIVERYSEEN = "ConversationMessageDeliverySeen"
    CONVERSATIONMESSAGEDELIVERYSENT = "ConversationMessageDeliverySent"
    CONVERSATIONMESSAGEDELIVERYSPAMCOMPLAINT = "ConversationMessageDeliverySpamComplaint"
    CONVERSATIONNOTEADDED = "ConversationNoteAdded"
    CONVERSATIONOPEN = "ConversationOpen"
    CONVERSATIONPENDING = "ConversationPending"
    CONVERSATIONPENDINGEXPIRED = "ConversationPendingExpired"
    CONVERSATIONRATED = "ConversationRated"
    CONVERSATIONTAGADDED = "ConversationTagAdded"
    CONVERSATIONTAGREMOVED = "ConversationTagRemoved"
    CONVERSATIONTRANSFERRED = "ConversationTransferred"
    CONVERSATIONUNASSIGNED = "ConversationUnassigned"
    SLAEVALUATIONACHIEVED = "SLAEvaluationAchieved"
    SLAEVALUATIONBREACHED = "SLAEvaluationBreached"
    SLAEVALUATIONPENDING = "SLAEvaluationPending"
    SLAEVALUATIONVOIDED = "SLAEvaluationVoided"
    TYPINGSTARTED = "TypingStarted"

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
        return self._name_ != "UNKNOWN"
