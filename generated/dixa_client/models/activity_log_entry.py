from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser
    from ..models.conversation_assigned_activity_type import ConversationAssignedActivityType
    from ..models.conversation_assigned_attribute import ConversationAssignedAttribute
    from ..models.conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute
    from ..models.conversation_autoreply_sent_activity_type import ConversationAutoreplySentActivityType
    from ..models.conversation_channel_changed_attribute import ConversationChannelChangedAttribute
    from ..models.conversation_claimed_activity_type import ConversationClaimedActivityType
    from ..models.conversation_claimed_attribute import ConversationClaimedAttribute
    from ..models.conversation_closed_activity_type import ConversationClosedActivityType
    from ..models.conversation_created_attribute import ConversationCreatedAttribute
    from ..models.conversation_created_by_agent_activity_type import ConversationCreatedByAgentActivityType
    from ..models.conversation_created_by_customer_activity_type import ConversationCreatedByCustomerActivityType
    from ..models.conversation_custom_attributes_updated_attribute import ConversationCustomAttributesUpdatedAttribute
    from ..models.conversation_end_user_replaced_activity_type import ConversationEndUserReplacedActivityType
    from ..models.conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute
    from ..models.conversation_language_updated_activity_type import ConversationLanguageUpdatedActivityType
    from ..models.conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute
    from ..models.conversation_linked_attribute import ConversationLinkedAttribute
    from ..models.conversation_offer_accepted_activity_type import ConversationOfferAcceptedActivityType
    from ..models.conversation_offer_rejected_activity_type import ConversationOfferRejectedActivityType
    from ..models.conversation_offer_timeout_activity_type import ConversationOfferTimeoutActivityType
    from ..models.conversation_offered_activity_type import ConversationOfferedActivityType
    from ..models.conversation_offered_attribute import ConversationOfferedAttribute
    from ..models.conversation_pending_activity_type import ConversationPendingActivityType
    from ..models.conversation_rated_activity_type import ConversationRatedActivityType
    from ..models.conversation_rated_attribute import ConversationRatedAttribute
    from ..models.conversation_rating_cancelled_activity_type import ConversationRatingCancelledActivityType
    from ..models.conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute
    from ..models.conversation_rating_offered_activity_type import ConversationRatingOfferedActivityType
    from ..models.conversation_rating_offered_attribute import ConversationRatingOfferedAttribute
    from ..models.conversation_rating_scheduled_activity_type import ConversationRatingScheduledActivityType
    from ..models.conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute
    from ..models.conversation_rating_unscheduled_activity_type import ConversationRatingUnscheduledActivityType
    from ..models.conversation_reopened_activity_type import ConversationReopenedActivityType
    from ..models.conversation_reserved_attribute import ConversationReservedAttribute
    from ..models.conversation_reserved_type import ConversationReservedType
    from ..models.conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute
    from ..models.conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute
    from ..models.conversation_transcription_ended_activity_type import ConversationTranscriptionEndedActivityType
    from ..models.conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute
    from ..models.conversation_transcription_started_activity_type import ConversationTranscriptionStartedActivityType
    from ..models.conversation_transferred_attribute import ConversationTransferredAttribute
    from ..models.conversation_unassigned_activity_type import ConversationUnassignedActivityType
    from ..models.conversation_unassigned_attribute import ConversationUnassignedAttribute
    from ..models.followup_added_activity_type import FollowupAddedActivityType
    from ..models.followup_expired_activity_type import FollowupExpiredActivityType
    from ..models.followup_removed_activity_type import FollowupRemovedActivityType
    from ..models.message_added_attribute import MessageAddedAttribute
    from ..models.message_added_by_agent_activity_type import MessageAddedByAgentActivityType
    from ..models.message_added_by_customer_activity_type import MessageAddedByCustomerActivityType
    from ..models.message_redacted_attribute import MessageRedactedAttribute
    from ..models.note_added_activity_type import NoteAddedActivityType
    from ..models.note_added_attribute import NoteAddedAttribute
    from ..models.tag_added_activity_type import TagAddedActivityType
    from ..models.tag_added_attribute import TagAddedAttribute
    from ..models.tag_removed_activity_type import TagRemovedActivityType
    from ..models.tag_removed_attribute import TagRemovedAttribute
    from ..models.transfer_failed_activity_type import TransferFailedActivityType
    from ..models.transfer_initiated_activity_type import TransferInitiatedActivityType
    from ..models.transfer_successful_activity_type import TransferSuccessfulActivityType
    from ..models.unknown_activity_type import UnknownActivityType


T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
    id: UUID
    conversation_id: int
    activity_timestamp: datetime.datetime
    activity_type: (
        ConversationAssignedActivityType
        | ConversationAutoreplySentActivityType
        | ConversationClaimedActivityType
        | ConversationClosedActivityType
        | ConversationCreatedByAgentActivityType
        | ConversationCreatedByCustomerActivityType
        | ConversationEndUserReplacedActivityType
        | ConversationLanguageUpdatedActivityType
        | ConversationOfferAcceptedActivityType
        | ConversationOfferedActivityType
        | ConversationOfferRejectedActivityType
        | ConversationOfferTimeoutActivityType
        | ConversationPendingActivityType
        | ConversationRatedActivityType
        | ConversationRatingCancelledActivityType
        | ConversationRatingOfferedActivityType
        | ConversationRatingScheduledActivityType
        | ConversationRatingUnscheduledActivityType
        | ConversationReopenedActivityType
        | ConversationReservedType
        | ConversationTranscriptionEndedActivityType
        | ConversationTranscriptionStartedActivityType
        | ConversationUnassignedActivityType
        | FollowupAddedActivityType
        | FollowupExpiredActivityType
        | FollowupRemovedActivityType
        | MessageAddedByAgentActivityType
        | MessageAddedByCustomerActivityType
        | NoteAddedActivityType
        | TagAddedActivityType
        | TagRemovedActivityType
        | TransferFailedActivityType
        | TransferInitiatedActivityType
        | TransferSuccessfulActivityType
        | UnknownActivityType
    )
    """ Replaced by _type field """
    field_type_: str
    """ values: [ConversationRatingScheduled, ConversationPending, ConversationRatingUnscheduled,
    ConversationOfferRejected, ConversationEndUserReplaced, NoteAdded, FollowupExpired, ConversationRated, TagAdded,
    ConversationRatingNotOffered, ConversationOfferTimeout, ConversationChannelChanged, ConversationOfferAccepted,
    MessageAddedByCustomer, ConversationCreatedByCustomer, ConversationCreatedByAgent, ConversationUnlinkedToParent,
    TransferFailed, TransferSuccessful, ConversationTranscriptionEnded, ConversationOffered, ConversationUnassigned,
    ConversationMessageRedacted, TagRemoved, TransferInitiated, ConversationResolvedStateToggled,
    ConversationClaimed, ConversationReopened, ConversationClosed, ConversationLanguageUpdated, FollowupAdded,
    ConversationCustomAttributesUpdated, ConversationLinkedToParent, ConversationLinkedFromChild,
    ConversationAutoreplySent, ConversationReserved, ConversationAssigned, ConversationRatingOffered,
    ConversationUnlinkedFromChild, ConversationTranscriptionStarted, ConversationRatingCancelled,
    MessageAddedByAgent, FollowupRemoved] """
    author: ActivityLogUser | Unset = UNSET
    attributes: (
        ConversationAssignedAttribute
        | ConversationAutoReplySentAttribute
        | ConversationChannelChangedAttribute
        | ConversationClaimedAttribute
        | ConversationCreatedAttribute
        | ConversationCustomAttributesUpdatedAttribute
        | ConversationEndUserReplacedAttribute
        | ConversationLanguageUpdatedAttribute
        | ConversationLinkedAttribute
        | ConversationOfferedAttribute
        | ConversationRatedAttribute
        | ConversationRatingNotOfferedAttribute
        | ConversationRatingOfferedAttribute
        | ConversationRatingScheduledAttribute
        | ConversationReservedAttribute
        | ConversationResolvedStateToggledAttribute
        | ConversationSubjectUpdatedAttribute
        | ConversationTranscriptionEndedAttribute
        | ConversationTransferredAttribute
        | ConversationUnassignedAttribute
        | MessageAddedAttribute
        | MessageRedactedAttribute
        | NoteAddedAttribute
        | TagAddedAttribute
        | TagRemovedAttribute
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_assigned_activity_type import ConversationAssignedActivityType  # noqa: PLC0415
        from ..models.conversation_assigned_attribute import ConversationAssignedAttribute  # noqa: PLC0415
        from ..models.conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute  # noqa: PLC0415
        from ..models.conversation_autoreply_sent_activity_type import ConversationAutoreplySentActivityType  # noqa: PLC0415
        from ..models.conversation_channel_changed_attribute import ConversationChannelChangedAttribute  # noqa: PLC0415
        from ..models.conversation_claimed_activity_type import ConversationClaimedActivityType  # noqa: PLC0415
        from ..models.conversation_claimed_attribute import ConversationClaimedAttribute  # noqa: PLC0415
        from ..models.conversation_closed_activity_type import ConversationClosedActivityType  # noqa: PLC0415
        from ..models.conversation_created_attribute import ConversationCreatedAttribute  # noqa: PLC0415
        from ..models.conversation_created_by_agent_activity_type import ConversationCreatedByAgentActivityType  # noqa: PLC0415
        from ..models.conversation_created_by_customer_activity_type import ConversationCreatedByCustomerActivityType  # noqa: PLC0415
        from ..models.conversation_custom_attributes_updated_attribute import (
            ConversationCustomAttributesUpdatedAttribute,
        )  # noqa: PLC0415
        from ..models.conversation_end_user_replaced_activity_type import ConversationEndUserReplacedActivityType  # noqa: PLC0415
        from ..models.conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute  # noqa: PLC0415
        from ..models.conversation_language_updated_activity_type import ConversationLanguageUpdatedActivityType  # noqa: PLC0415
        from ..models.conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute  # noqa: PLC0415
        from ..models.conversation_linked_attribute import ConversationLinkedAttribute  # noqa: PLC0415
        from ..models.conversation_offer_accepted_activity_type import ConversationOfferAcceptedActivityType  # noqa: PLC0415
        from ..models.conversation_offer_rejected_activity_type import ConversationOfferRejectedActivityType  # noqa: PLC0415
        from ..models.conversation_offer_timeout_activity_type import ConversationOfferTimeoutActivityType  # noqa: PLC0415
        from ..models.conversation_offered_activity_type import ConversationOfferedActivityType  # noqa: PLC0415
        from ..models.conversation_offered_attribute import ConversationOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_pending_activity_type import ConversationPendingActivityType  # noqa: PLC0415
        from ..models.conversation_rated_activity_type import ConversationRatedActivityType  # noqa: PLC0415
        from ..models.conversation_rated_attribute import ConversationRatedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_cancelled_activity_type import ConversationRatingCancelledActivityType  # noqa: PLC0415
        from ..models.conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_offered_activity_type import ConversationRatingOfferedActivityType  # noqa: PLC0415
        from ..models.conversation_rating_offered_attribute import ConversationRatingOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_scheduled_activity_type import ConversationRatingScheduledActivityType  # noqa: PLC0415
        from ..models.conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute  # noqa: PLC0415
        from ..models.conversation_rating_unscheduled_activity_type import ConversationRatingUnscheduledActivityType  # noqa: PLC0415
        from ..models.conversation_reopened_activity_type import ConversationReopenedActivityType  # noqa: PLC0415
        from ..models.conversation_reserved_attribute import ConversationReservedAttribute  # noqa: PLC0415
        from ..models.conversation_reserved_type import ConversationReservedType  # noqa: PLC0415
        from ..models.conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute  # noqa: PLC0415
        from ..models.conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute  # noqa: PLC0415
        from ..models.conversation_transcription_ended_activity_type import ConversationTranscriptionEndedActivityType  # noqa: PLC0415
        from ..models.conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute  # noqa: PLC0415
        from ..models.conversation_transcription_started_activity_type import (
            ConversationTranscriptionStartedActivityType,
        )  # noqa: PLC0415
        from ..models.conversation_transferred_attribute import ConversationTransferredAttribute  # noqa: PLC0415
        from ..models.conversation_unassigned_activity_type import ConversationUnassignedActivityType  # noqa: PLC0415
        from ..models.conversation_unassigned_attribute import ConversationUnassignedAttribute  # noqa: PLC0415
        from ..models.followup_added_activity_type import FollowupAddedActivityType  # noqa: PLC0415
        from ..models.followup_expired_activity_type import FollowupExpiredActivityType  # noqa: PLC0415
        from ..models.followup_removed_activity_type import FollowupRemovedActivityType  # noqa: PLC0415
        from ..models.message_added_attribute import MessageAddedAttribute  # noqa: PLC0415
        from ..models.message_added_by_agent_activity_type import MessageAddedByAgentActivityType  # noqa: PLC0415
        from ..models.message_added_by_customer_activity_type import MessageAddedByCustomerActivityType  # noqa: PLC0415
        from ..models.message_redacted_attribute import MessageRedactedAttribute  # noqa: PLC0415
        from ..models.note_added_activity_type import NoteAddedActivityType  # noqa: PLC0415
        from ..models.note_added_attribute import NoteAddedAttribute  # noqa: PLC0415
        from ..models.tag_added_activity_type import TagAddedActivityType  # noqa: PLC0415
        from ..models.tag_added_attribute import TagAddedAttribute  # noqa: PLC0415
        from ..models.tag_removed_activity_type import TagRemovedActivityType  # noqa: PLC0415
        from ..models.transfer_failed_activity_type import TransferFailedActivityType  # noqa: PLC0415
        from ..models.transfer_initiated_activity_type import TransferInitiatedActivityType  # noqa: PLC0415
        from ..models.transfer_successful_activity_type import TransferSuccessfulActivityType  # noqa: PLC0415

        id = str(self.id)

        conversation_id = self.conversation_id

        activity_timestamp = self.activity_timestamp.isoformat()

        activity_type: dict[str, Any]
        if isinstance(self.activity_type, ConversationAssignedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationAutoreplySentActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationClaimedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationClosedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationCreatedByAgentActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationCreatedByCustomerActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationEndUserReplacedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationLanguageUpdatedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationOfferAcceptedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationOfferRejectedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationOfferTimeoutActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationOfferedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationPendingActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationRatedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationRatingCancelledActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationRatingOfferedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationRatingScheduledActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationRatingUnscheduledActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationReopenedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationReservedType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationTranscriptionEndedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationTranscriptionStartedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, ConversationUnassignedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, FollowupAddedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, FollowupExpiredActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, FollowupRemovedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, MessageAddedByAgentActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, MessageAddedByCustomerActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, NoteAddedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, TagAddedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, TagRemovedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, TransferFailedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, TransferInitiatedActivityType):
            activity_type = self.activity_type.to_dict()
        elif isinstance(self.activity_type, TransferSuccessfulActivityType):
            activity_type = self.activity_type.to_dict()
        else:
            activity_type = self.activity_type.to_dict()

        field_type_ = self.field_type_

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        attributes: dict[str, Any] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, ConversationAssignedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationAutoReplySentAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationChannelChangedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationClaimedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationCreatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationCustomAttributesUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationEndUserReplacedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationLanguageUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationLinkedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingNotOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingScheduledAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationReservedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationResolvedStateToggledAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationSubjectUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationTranscriptionEndedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationTransferredAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationUnassignedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, MessageAddedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, MessageRedactedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, NoteAddedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, TagAddedAttribute):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversationId": conversation_id,
                "activityTimestamp": activity_timestamp,
                "activityType": activity_type,
                "_type": field_type_,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415
        from ..models.conversation_assigned_activity_type import ConversationAssignedActivityType  # noqa: PLC0415
        from ..models.conversation_assigned_attribute import ConversationAssignedAttribute  # noqa: PLC0415
        from ..models.conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute  # noqa: PLC0415
        from ..models.conversation_autoreply_sent_activity_type import ConversationAutoreplySentActivityType  # noqa: PLC0415
        from ..models.conversation_channel_changed_attribute import ConversationChannelChangedAttribute  # noqa: PLC0415
        from ..models.conversation_claimed_activity_type import ConversationClaimedActivityType  # noqa: PLC0415
        from ..models.conversation_claimed_attribute import ConversationClaimedAttribute  # noqa: PLC0415
        from ..models.conversation_closed_activity_type import ConversationClosedActivityType  # noqa: PLC0415
        from ..models.conversation_created_attribute import ConversationCreatedAttribute  # noqa: PLC0415
        from ..models.conversation_created_by_agent_activity_type import ConversationCreatedByAgentActivityType  # noqa: PLC0415
        from ..models.conversation_created_by_customer_activity_type import ConversationCreatedByCustomerActivityType  # noqa: PLC0415
        from ..models.conversation_custom_attributes_updated_attribute import (
            ConversationCustomAttributesUpdatedAttribute,
        )  # noqa: PLC0415
        from ..models.conversation_end_user_replaced_activity_type import ConversationEndUserReplacedActivityType  # noqa: PLC0415
        from ..models.conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute  # noqa: PLC0415
        from ..models.conversation_language_updated_activity_type import ConversationLanguageUpdatedActivityType  # noqa: PLC0415
        from ..models.conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute  # noqa: PLC0415
        from ..models.conversation_linked_attribute import ConversationLinkedAttribute  # noqa: PLC0415
        from ..models.conversation_offer_accepted_activity_type import ConversationOfferAcceptedActivityType  # noqa: PLC0415
        from ..models.conversation_offer_rejected_activity_type import ConversationOfferRejectedActivityType  # noqa: PLC0415
        from ..models.conversation_offer_timeout_activity_type import ConversationOfferTimeoutActivityType  # noqa: PLC0415
        from ..models.conversation_offered_activity_type import ConversationOfferedActivityType  # noqa: PLC0415
        from ..models.conversation_offered_attribute import ConversationOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_pending_activity_type import ConversationPendingActivityType  # noqa: PLC0415
        from ..models.conversation_rated_activity_type import ConversationRatedActivityType  # noqa: PLC0415
        from ..models.conversation_rated_attribute import ConversationRatedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_cancelled_activity_type import ConversationRatingCancelledActivityType  # noqa: PLC0415
        from ..models.conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_offered_activity_type import ConversationRatingOfferedActivityType  # noqa: PLC0415
        from ..models.conversation_rating_offered_attribute import ConversationRatingOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_scheduled_activity_type import ConversationRatingScheduledActivityType  # noqa: PLC0415
        from ..models.conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute  # noqa: PLC0415
        from ..models.conversation_rating_unscheduled_activity_type import ConversationRatingUnscheduledActivityType  # noqa: PLC0415
        from ..models.conversation_reopened_activity_type import ConversationReopenedActivityType  # noqa: PLC0415
        from ..models.conversation_reserved_attribute import ConversationReservedAttribute  # noqa: PLC0415
        from ..models.conversation_reserved_type import ConversationReservedType  # noqa: PLC0415
        from ..models.conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute  # noqa: PLC0415
        from ..models.conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute  # noqa: PLC0415
        from ..models.conversation_transcription_ended_activity_type import ConversationTranscriptionEndedActivityType  # noqa: PLC0415
        from ..models.conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute  # noqa: PLC0415
        from ..models.conversation_transcription_started_activity_type import (
            ConversationTranscriptionStartedActivityType,
        )  # noqa: PLC0415
        from ..models.conversation_transferred_attribute import ConversationTransferredAttribute  # noqa: PLC0415
        from ..models.conversation_unassigned_activity_type import ConversationUnassignedActivityType  # noqa: PLC0415
        from ..models.conversation_unassigned_attribute import ConversationUnassignedAttribute  # noqa: PLC0415
        from ..models.followup_added_activity_type import FollowupAddedActivityType  # noqa: PLC0415
        from ..models.followup_expired_activity_type import FollowupExpiredActivityType  # noqa: PLC0415
        from ..models.followup_removed_activity_type import FollowupRemovedActivityType  # noqa: PLC0415
        from ..models.message_added_attribute import MessageAddedAttribute  # noqa: PLC0415
        from ..models.message_added_by_agent_activity_type import MessageAddedByAgentActivityType  # noqa: PLC0415
        from ..models.message_added_by_customer_activity_type import MessageAddedByCustomerActivityType  # noqa: PLC0415
        from ..models.message_redacted_attribute import MessageRedactedAttribute  # noqa: PLC0415
        from ..models.note_added_activity_type import NoteAddedActivityType  # noqa: PLC0415
        from ..models.note_added_attribute import NoteAddedAttribute  # noqa: PLC0415
        from ..models.tag_added_activity_type import TagAddedActivityType  # noqa: PLC0415
        from ..models.tag_added_attribute import TagAddedAttribute  # noqa: PLC0415
        from ..models.tag_removed_activity_type import TagRemovedActivityType  # noqa: PLC0415
        from ..models.tag_removed_attribute import TagRemovedAttribute  # noqa: PLC0415
        from ..models.transfer_failed_activity_type import TransferFailedActivityType  # noqa: PLC0415
        from ..models.transfer_initiated_activity_type import TransferInitiatedActivityType  # noqa: PLC0415
        from ..models.transfer_successful_activity_type import TransferSuccessfulActivityType  # noqa: PLC0415
        from ..models.unknown_activity_type import UnknownActivityType  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        conversation_id = d.pop("conversationId")

        activity_timestamp = datetime.datetime.fromisoformat(d.pop("activityTimestamp"))

        def _parse_activity_type(
            data: object,
        ) -> (
            ConversationAssignedActivityType
            | ConversationAutoreplySentActivityType
            | ConversationClaimedActivityType
            | ConversationClosedActivityType
            | ConversationCreatedByAgentActivityType
            | ConversationCreatedByCustomerActivityType
            | ConversationEndUserReplacedActivityType
            | ConversationLanguageUpdatedActivityType
            | ConversationOfferAcceptedActivityType
            | ConversationOfferedActivityType
            | ConversationOfferRejectedActivityType
            | ConversationOfferTimeoutActivityType
            | ConversationPendingActivityType
            | ConversationRatedActivityType
            | ConversationRatingCancelledActivityType
            | ConversationRatingOfferedActivityType
            | ConversationRatingScheduledActivityType
            | ConversationRatingUnscheduledActivityType
            | ConversationReopenedActivityType
            | ConversationReservedType
            | ConversationTranscriptionEndedActivityType
            | ConversationTranscriptionStartedActivityType
            | ConversationUnassignedActivityType
            | FollowupAddedActivityType
            | FollowupExpiredActivityType
            | FollowupRemovedActivityType
            | MessageAddedByAgentActivityType
            | MessageAddedByCustomerActivityType
            | NoteAddedActivityType
            | TagAddedActivityType
            | TagRemovedActivityType
            | TransferFailedActivityType
            | TransferInitiatedActivityType
            | TransferSuccessfulActivityType
            | UnknownActivityType
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_0 = ConversationAssignedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_1 = ConversationAutoreplySentActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_2 = ConversationClaimedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_3 = ConversationClosedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_4 = (
                    ConversationCreatedByAgentActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_5 = (
                    ConversationCreatedByCustomerActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_6 = (
                    ConversationEndUserReplacedActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_7 = (
                    ConversationLanguageUpdatedActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_8 = ConversationOfferAcceptedActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_9 = ConversationOfferRejectedActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_10 = ConversationOfferTimeoutActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_11 = ConversationOfferedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_12 = ConversationPendingActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_13 = ConversationRatedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_14 = (
                    ConversationRatingCancelledActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_15 = (
                    ConversationRatingOfferedActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_16 = (
                    ConversationRatingScheduledActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_17 = (
                    ConversationRatingUnscheduledActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_18 = ConversationReopenedActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_19 = ConversationReservedType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_20 = (
                    ConversationTranscriptionEndedActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_21 = (
                    ConversationTranscriptionStartedActivityType.from_dict(data)
                )

                return componentsschemas_deprecated_activity_log_type_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_22 = ConversationUnassignedActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_23 = FollowupAddedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_24 = FollowupExpiredActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_25 = FollowupRemovedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_26 = MessageAddedByAgentActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_27 = MessageAddedByCustomerActivityType.from_dict(
                    data
                )

                return componentsschemas_deprecated_activity_log_type_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_28 = NoteAddedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_29 = TagAddedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_30 = TagRemovedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_31 = TransferFailedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_32 = TransferInitiatedActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deprecated_activity_log_type_type_33 = TransferSuccessfulActivityType.from_dict(data)

                return componentsschemas_deprecated_activity_log_type_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_deprecated_activity_log_type_type_34 = UnknownActivityType.from_dict(data)

            return componentsschemas_deprecated_activity_log_type_type_34

        activity_type = _parse_activity_type(d.pop("activityType"))

        field_type_ = d.pop("_type")

        _author = d.pop("author", UNSET)
        author: ActivityLogUser | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = ActivityLogUser.from_dict(_author)

        def _parse_attributes(
            data: object,
        ) -> (
            ConversationAssignedAttribute
            | ConversationAutoReplySentAttribute
            | ConversationChannelChangedAttribute
            | ConversationClaimedAttribute
            | ConversationCreatedAttribute
            | ConversationCustomAttributesUpdatedAttribute
            | ConversationEndUserReplacedAttribute
            | ConversationLanguageUpdatedAttribute
            | ConversationLinkedAttribute
            | ConversationOfferedAttribute
            | ConversationRatedAttribute
            | ConversationRatingNotOfferedAttribute
            | ConversationRatingOfferedAttribute
            | ConversationRatingScheduledAttribute
            | ConversationReservedAttribute
            | ConversationResolvedStateToggledAttribute
            | ConversationSubjectUpdatedAttribute
            | ConversationTranscriptionEndedAttribute
            | ConversationTransferredAttribute
            | ConversationUnassignedAttribute
            | MessageAddedAttribute
            | MessageRedactedAttribute
            | NoteAddedAttribute
            | TagAddedAttribute
            | TagRemovedAttribute
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_0 = ConversationAssignedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_1 = ConversationAutoReplySentAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_2 = ConversationChannelChangedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_3 = ConversationClaimedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_4 = ConversationCreatedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_5 = (
                    ConversationCustomAttributesUpdatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_6 = ConversationEndUserReplacedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_7 = ConversationLanguageUpdatedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_8 = ConversationLinkedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_9 = ConversationOfferedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_10 = ConversationRatedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_11 = ConversationRatingNotOfferedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_12 = ConversationRatingOfferedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_13 = ConversationRatingScheduledAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_14 = ConversationReservedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_15 = ConversationResolvedStateToggledAttribute.from_dict(
                    data
                )

                return componentsschemas_activity_log_attribute_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_16 = ConversationSubjectUpdatedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_17 = ConversationTranscriptionEndedAttribute.from_dict(
                    data
                )

                return componentsschemas_activity_log_attribute_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_18 = ConversationTransferredAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_19 = ConversationUnassignedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_20 = MessageAddedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_21 = MessageRedactedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_22 = NoteAddedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_23 = TagAddedAttribute.from_dict(data)

                return componentsschemas_activity_log_attribute_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_activity_log_attribute_type_24 = TagRemovedAttribute.from_dict(data)

            return componentsschemas_activity_log_attribute_type_24

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        _instance = cls(
            id=id,
            conversation_id=conversation_id,
            activity_timestamp=activity_timestamp,
            activity_type=activity_type,
            field_type_=field_type_,
            author=author,
            attributes=attributes,
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
