from enum import StrEnum


class DeprecatedActivityLogType(StrEnum):
    CONVERSATION_ASSIGNED_ACTIVITY_TYPE = "ConversationAssignedActivityType"
    CONVERSATION_AUTOREPLY_SENT_ACTIVITY_TYPE = "ConversationAutoreplySentActivityType"
    CONVERSATION_CLAIMED_ACTIVITY_TYPE = "ConversationClaimedActivityType"
    CONVERSATION_CLOSED_ACTIVITY_TYPE = "ConversationClosedActivityType"
    CONVERSATION_CREATED_BY_AGENT_ACTIVITY_TYPE = "ConversationCreatedByAgentActivityType"
    CONVERSATION_CREATED_BY_CUSTOMER_ACTIVITY_TYPE = "ConversationCreatedByCustomerActivityType"
    CONVERSATION_END_USER_REPLACED_ACTIVITY_TYPE = "ConversationEndUserReplacedActivityType"
    CONVERSATION_LANGUAGE_UPDATED_ACTIVITY_TYPE = "ConversationLanguageUpdatedActivityType"
    CONVERSATION_OFFERED_ACTIVITY_TYPE = "ConversationOfferedActivityType"
    CONVERSATION_OFFER_ACCEPTED_ACTIVITY_TYPE = "ConversationOfferAcceptedActivityType"
    CONVERSATION_OFFER_REJECTED_ACTIVITY_TYPE = "ConversationOfferRejectedActivityType"
    CONVERSATION_OFFER_TIMEOUT_ACTIVITY_TYPE = "ConversationOfferTimeoutActivityType"
    CONVERSATION_PENDING_ACTIVITY_TYPE = "ConversationPendingActivityType"
    CONVERSATION_RATED_ACTIVITY_TYPE = "ConversationRatedActivityType"
    CONVERSATION_RATING_CANCELLED_ACTIVITY_TYPE = "ConversationRatingCancelledActivityType"
    CONVERSATION_RATING_OFFERED_ACTIVITY_TYPE = "ConversationRatingOfferedActivityType"
    CONVERSATION_RATING_SCHEDULED_ACTIVITY_TYPE = "ConversationRatingScheduledActivityType"
    CONVERSATION_RATING_UNSCHEDULED_ACTIVITY_TYPE = "ConversationRatingUnscheduledActivityType"
    CONVERSATION_REOPENED_ACTIVITY_TYPE = "ConversationReopenedActivityType"
    CONVERSATION_RESERVED_TYPE = "ConversationReservedType"
    CONVERSATION_TRANSCRIPTION_ENDED_ACTIVITY_TYPE = "ConversationTranscriptionEndedActivityType"
    CONVERSATION_TRANSCRIPTION_STARTED_ACTIVITY_TYPE = "ConversationTranscriptionStartedActivityType"
    CONVERSATION_UNASSIGNED_ACTIVITY_TYPE = "ConversationUnassignedActivityType"
    FOLLOWUP_ADDED_ACTIVITY_TYPE = "FollowupAddedActivityType"
    FOLLOWUP_EXPIRED_ACTIVITY_TYPE = "FollowupExpiredActivityType"
    FOLLOWUP_REMOVED_ACTIVITY_TYPE = "FollowupRemovedActivityType"
    MESSAGE_ADDED_BY_AGENT_ACTIVITY_TYPE = "MessageAddedByAgentActivityType"
    MESSAGE_ADDED_BY_CUSTOMER_ACTIVITY_TYPE = "MessageAddedByCustomerActivityType"
    NOTE_ADDED_ACTIVITY_TYPE = "NoteAddedActivityType"
    TAG_ADDED_ACTIVITY_TYPE = "TagAddedActivityType"
    TAG_REMOVED_ACTIVITY_TYPE = "TagRemovedActivityType"
    TRANSFER_FAILED_ACTIVITY_TYPE = "TransferFailedActivityType"
    TRANSFER_INITIATED_ACTIVITY_TYPE = "TransferInitiatedActivityType"
    TRANSFER_SUCCESSFUL_ACTIVITY_TYPE = "TransferSuccessfulActivityType"
    UNKNOWN_ACTIVITY_TYPE = "UnknownActivityType"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: object) -> "DeprecatedActivityLogType":
        """The member for a wire value: known values by lookup, unknown ones kept (see _missing_)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value, arg-type]

    @classmethod
    def _missing_(cls, value: object) -> "DeprecatedActivityLogType | None":
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
