from enum import StrEnum


class ActivityLogEntryType(StrEnum):
    CONVERSATION_ASSIGNED = "ConversationAssigned"
    CONVERSATION_AUTOREPLY_SENT = "ConversationAutoreplySent"
    CONVERSATION_CHANNEL_CHANGED = "ConversationChannelChanged"
    CONVERSATION_CLAIMED = "ConversationClaimed"
    CONVERSATION_CLOSED = "ConversationClosed"
    CONVERSATION_CREATED_BY_AGENT = "ConversationCreatedByAgent"
    CONVERSATION_CREATED_BY_CUSTOMER = "ConversationCreatedByCustomer"
    CONVERSATION_CUSTOM_ATTRIBUTES_UPDATED = "ConversationCustomAttributesUpdated"
    CONVERSATION_END_USER_REPLACED = "ConversationEndUserReplaced"
    CONVERSATION_LANGUAGE_UPDATED = "ConversationLanguageUpdated"
    CONVERSATION_LINKED_FROM_CHILD = "ConversationLinkedFromChild"
    CONVERSATION_LINKED_TO_PARENT = "ConversationLinkedToParent"
    CONVERSATION_MESSAGE_REDACTED = "ConversationMessageRedacted"
    CONVERSATION_OFFERED = "ConversationOffered"
    CONVERSATION_OFFER_ACCEPTED = "ConversationOfferAccepted"
    CONVERSATION_OFFER_REJECTED = "ConversationOfferRejected"
    CONVERSATION_OFFER_TIMEOUT = "ConversationOfferTimeout"
    CONVERSATION_PENDING = "ConversationPending"
    CONVERSATION_RATED = "ConversationRated"
    CONVERSATION_RATING_CANCELLED = "ConversationRatingCancelled"
    CONVERSATION_RATING_NOT_OFFERED = "ConversationRatingNotOffered"
    CONVERSATION_RATING_OFFERED = "ConversationRatingOffered"
    CONVERSATION_RATING_SCHEDULED = "ConversationRatingScheduled"
    CONVERSATION_RATING_UNSCHEDULED = "ConversationRatingUnscheduled"
    CONVERSATION_REOPENED = "ConversationReopened"
    CONVERSATION_RESERVED = "ConversationReserved"
    CONVERSATION_RESOLVED_STATE_TOGGLED = "ConversationResolvedStateToggled"
    CONVERSATION_TRANSCRIPTION_ENDED = "ConversationTranscriptionEnded"
    CONVERSATION_TRANSCRIPTION_STARTED = "ConversationTranscriptionStarted"
    CONVERSATION_UNASSIGNED = "ConversationUnassigned"
    CONVERSATION_UNLINKED_FROM_CHILD = "ConversationUnlinkedFromChild"
    CONVERSATION_UNLINKED_TO_PARENT = "ConversationUnlinkedToParent"
    FOLLOWUP_ADDED = "FollowupAdded"
    FOLLOWUP_EXPIRED = "FollowupExpired"
    FOLLOWUP_REMOVED = "FollowupRemoved"
    MESSAGE_ADDED_BY_AGENT = "MessageAddedByAgent"
    MESSAGE_ADDED_BY_CUSTOMER = "MessageAddedByCustomer"
    NOTE_ADDED = "NoteAdded"
    TAG_ADDED = "TagAdded"
    TAG_REMOVED = "TagRemoved"
    TRANSFER_FAILED = "TransferFailed"
    TRANSFER_INITIATED = "TransferInitiated"
    TRANSFER_SUCCESSFUL = "TransferSuccessful"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: object) -> "ActivityLogEntryType":
        """The member for a wire value: known values by lookup, unknown ones kept (see _missing_)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value, arg-type]

    @classmethod
    def _missing_(cls, value: object) -> "ActivityLogEntryType | None":
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
