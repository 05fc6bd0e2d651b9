"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_log_entry import ActivityLogEntry
    from .activity_log_entry_type import ActivityLogEntryType
    from .activity_log_user import ActivityLogUser
    from .agent import Agent
    from .agent_id import AgentId
    from .agent_output import AgentOutput
    from .agent_presence_duration_value import AgentPresenceDurationValue
    from .agent_team import AgentTeam
    from .agent_teams_output import AgentTeamsOutput
    from .agents_to_team_input import AgentsToTeamInput
    from .aggregate_metadata import AggregateMetadata
    from .aggregations import Aggregations
    from .anonymization_request_status import AnonymizationRequestStatus
    from .anonymize_entity_input import AnonymizeEntityInput
    from .anonymize_entity_output import AnonymizeEntityOutput
    from .anonymized_conversation import AnonymizedConversation
    from .article import Article
    from .article_catalog_item import ArticleCatalogItem
    from .article_content import ArticleContent
    from .article_translation import ArticleTranslation
    from .article_translations import ArticleTranslations
    from .assigned_date import AssignedDate
    from .assignment import Assignment
    from .attachment_error import AttachmentError
    from .attachment_result import AttachmentResult
    from .attachments import Attachments
    from .availability import Availability
    from .available_at import AvailableAt
    from .bad_request import BadRequest
    from .basic_auth import BasicAuth
    from .between import Between
    from .boolean_field import BooleanField
    from .browser_info import BrowserInfo
    from .bulk_action_failure_bulk_error_agent import BulkActionFailureBulkErrorAgent
    from .bulk_action_failure_bulk_error_end_user import BulkActionFailureBulkErrorEndUser
    from .bulk_action_failure_bulk_error_uuid import BulkActionFailureBulkErrorUUID
    from .bulk_action_failure_error_response_internal_note_data import BulkActionFailureErrorResponseInternalNoteData
    from .bulk_action_success_bulk_error_agent import BulkActionSuccessBulkErrorAgent
    from .bulk_action_success_bulk_error_end_user import BulkActionSuccessBulkErrorEndUser
    from .bulk_action_success_bulk_error_uuid import BulkActionSuccessBulkErrorUUID
    from .bulk_action_success_error_response_internal_note_data import BulkActionSuccessErrorResponseInternalNoteData
    from .bulk_create_internal_note_input import BulkCreateInternalNoteInput
    from .bulk_create_note_output import BulkCreateNoteOutput
    from .bulk_error_not_found import BulkErrorNotFound
    from .bulk_patch_agent_input import BulkPatchAgentInput
    from .bulk_patch_end_user_input import BulkPatchEndUserInput
    from .bulk_patch_end_users_input import BulkPatchEndUsersInput
    from .bulk_patch_end_users_output import BulkPatchEndUsersOutput
    from .bulk_queue_endpoint_input import BulkQueueEndpointInput
    from .bulk_queue_endpoint_output import BulkQueueEndpointOutput
    from .bulk_tag_conversation_input import BulkTagConversationInput
    from .bulk_update_agent_input import BulkUpdateAgentInput
    from .bulk_update_agent_output import BulkUpdateAgentOutput
    from .bulk_update_end_user_input import BulkUpdateEndUserInput
    from .bulk_update_end_users_input import BulkUpdateEndUsersInput
    from .bulk_update_end_users_output import BulkUpdateEndUsersOutput
    from .business_hour import BusinessHour
    from .business_hour_exception import BusinessHourException
    from .business_hour_exception_type import BusinessHourExceptionType
    from .business_hour_regular import BusinessHourRegular
    from .business_hour_regular_type import BusinessHourRegularType
    from .business_hour_status import BusinessHourStatus
    from .business_hour_type import BusinessHourType
    from .business_hours_schedule import BusinessHoursSchedule
    from .business_hours_schedule_definition import BusinessHoursScheduleDefinition
    from .business_hours_upcoming_schedule import BusinessHoursUpcomingSchedule
    from .call_recording_attributes import CallRecordingAttributes
    from .callback import Callback
    from .callback_direction import CallbackDirection
    from .category import Category
    from .category_catalog_item import CategoryCatalogItem
    from .category_translations import CategoryTranslations
    from .channel import Channel
    from .chat import Chat
    from .chat_attributes import ChatAttributes
    from .chat_conversation import ChatConversation
    from .checksum import Checksum
    from .claim_conversation_input import ClaimConversationInput
    from .close_conversation_input import CloseConversationInput
    from .closed_date import ClosedDate
    from .closing import Closing
    from .collection import Collection
    from .collection_catalog_item import CollectionCatalogItem
    from .combined_filters import CombinedFilters
    from .combined_filters_condition_is_not_one_of import CombinedFiltersConditionIsNotOneOf
    from .combined_filters_condition_is_one_of import CombinedFiltersConditionIsOneOf
    from .condition import Condition
    from .conflict import Conflict
    from .connection_status import ConnectionStatus
    from .contact_form import ContactForm
    from .contact_form_attributes import ContactFormAttributes
    from .contact_form_conversation import ContactFormConversation
    from .contact_id import ContactId
    from .conversation_assigned_attribute import ConversationAssignedAttribute
    from .conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute
    from .conversation_channel import ConversationChannel
    from .conversation_channel_changed_attribute import ConversationChannelChangedAttribute
    from .conversation_claimed_attribute import ConversationClaimedAttribute
    from .conversation_created_attribute import ConversationCreatedAttribute
    from .conversation_custom_attributes_updated_attribute import ConversationCustomAttributesUpdatedAttribute
    from .conversation_direction import ConversationDirection
    from .conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute
    from .conversation_flow import ConversationFlow
    from .conversation_id import ConversationId
    from .conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute
    from .conversation_linked_attribute import ConversationLinkedAttribute
    from .conversation_offered_attribute import ConversationOfferedAttribute
    from .conversation_queue import ConversationQueue
    from .conversation_rated_attribute import ConversationRatedAttribute
    from .conversation_rating import ConversationRating
    from .conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute
    from .conversation_rating_offered_attribute import ConversationRatingOfferedAttribute
    from .conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute
    from .conversation_reserved_attribute import ConversationReservedAttribute
    from .conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute
    from .conversation_response import ConversationResponse
    from .conversation_search_hit import ConversationSearchHit
    from .conversation_search_inner_hit import ConversationSearchInnerHit
    from .conversation_search_with_filters_hit import ConversationSearchWithFiltersHit
    from .conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute
    from .conversation_tags_output import ConversationTagsOutput
    from .conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute
    from .conversation_transferred_attribute import ConversationTransferredAttribute
    from .conversation_type import ConversationType
    from .conversation_unassigned_attribute import ConversationUnassignedAttribute
    from .create_agent_input import CreateAgentInput
    from .create_agents_input import CreateAgentsInput
    from .create_agents_output import CreateAgentsOutput
    from .create_conversation_output import CreateConversationOutput
    from .create_end_user_input import CreateEndUserInput
    from .create_end_user_output import CreateEndUserOutput
    from .create_end_users_input import CreateEndUsersInput
    from .create_end_users_output import CreateEndUsersOutput
    from .create_internal_note_input import CreateInternalNoteInput
    from .create_knowledge_article_input import CreateKnowledgeArticleInput
    from .create_knowledge_article_output import CreateKnowledgeArticleOutput
    from .create_message_output import CreateMessageOutput
    from .create_message_output_data import CreateMessageOutputData
    from .create_note_output import CreateNoteOutput
    from .create_or_update_queue_request import CreateOrUpdateQueueRequest
    from .create_queue_input import CreateQueueInput
    from .create_queue_output import CreateQueueOutput
    from .create_rating_offer_input import CreateRatingOfferInput
    from .create_rating_offer_output import CreateRatingOfferOutput
    from .create_rating_result_input import CreateRatingResultInput
    from .create_rating_result_output import CreateRatingResultOutput
    from .create_tag_input import CreateTagInput
    from .create_tag_output import CreateTagOutput
    from .create_team_input import CreateTeamInput
    from .create_team_output import CreateTeamOutput
    from .create_webhook_subscription_input import CreateWebhookSubscriptionInput
    from .create_webhook_subscription_output import CreateWebhookSubscriptionOutput
    from .creation_date import CreationDate
    from .csat import Csat
    from .custom_attribute import CustomAttribute
    from .custom_attribute_definition import CustomAttributeDefinition
    from .custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect
    from .custom_attribute_input_definition_text import CustomAttributeInputDefinitionText
    from .custom_attribute_operator_is_not_one_of import CustomAttributeOperatorIsNotOneOf
    from .custom_attribute_operator_is_one_of import CustomAttributeOperatorIsOneOf
    from .delete_agents_from_team_input import DeleteAgentsFromTeamInput
    from .delivery_detail import DeliveryDetail
    from .deprecated_activity_log_type import DeprecatedActivityLogType
    from .deprecated_anonymization_type import DeprecatedAnonymizationType
    from .direction import Direction
    from .double_aggregate_value import DoubleAggregateValue
    from .double_aggregate_value_measure import DoubleAggregateValueMeasure
    from .double_field import DoubleField
    from .duration import Duration
    from .duration_operator_between import DurationOperatorBetween
    from .email import Email
    from .email_attributes import EmailAttributes
    from .email_auto_reply import EmailAutoReply
    from .email_contact import EmailContact
    from .email_conversation import EmailConversation
    from .email_endpoint import EmailEndpoint
    from .email_forward import EmailForward
    from .empty_patch_set import EmptyPatchSet
    from .end_user import EndUser
    from .entity_type import EntityType
    from .error_response import ErrorResponse
    from .event_delivery_log import EventDeliveryLog
    from .event_delivery_status import EventDeliveryStatus
    from .events import Events
    from .excludes_all import ExcludesAll
    from .excludes_one import ExcludesOne
    from .facebook_messenger_attributes import FacebookMessengerAttributes
    from .facebook_messenger_conversation import FacebookMessengerConversation
    from .failure import Failure
    from .field import Field
    from .field_metadata import FieldMetadata
    from .file import File
    from .file_meta import FileMeta
    from .filter_ import Filter
    from .filter_metadata import FilterMetadata
    from .filter_value import FilterValue
    from .filters import Filters
    from .follow_up import FollowUp
    from .followup_conversation_input import FollowupConversationInput
    from .form_submission import FormSubmission
    from .functionality import Functionality
    from .generic_attributes import GenericAttributes
    from .generic_channel import GenericChannel
    from .generic_conversation import GenericConversation
    from .generic_conversation_import import GenericConversationImport
    from .get_activity_log_output import GetActivityLogOutput
    from .get_business_hours_schedule_definition_output import GetBusinessHoursScheduleDefinitionOutput
    from .get_business_hours_schedule_definition_result import GetBusinessHoursScheduleDefinitionResult
    from .get_business_open_status_output import GetBusinessOpenStatusOutput
    from .get_business_open_status_result import GetBusinessOpenStatusResult
    from .get_contact_endpoints_type import GetContactEndpointsType
    from .get_contact_point_by_id_output import GetContactPointByIdOutput
    from .get_conversation_output import GetConversationOutput
    from .get_conversations_flows_channel import GetConversationsFlowsChannel
    from .get_custom_attributes_definitions_output import GetCustomAttributesDefinitionsOutput
    from .get_end_user_output import GetEndUserOutput
    from .get_filter_values_output import GetFilterValuesOutput
    from .get_knowledge_article_output import GetKnowledgeArticleOutput
    from .get_knowledge_article_translations_output import GetKnowledgeArticleTranslationsOutput
    from .get_knowledge_category_output import GetKnowledgeCategoryOutput
    from .get_knowledge_category_translations_output import GetKnowledgeCategoryTranslationsOutput
    from .get_knowledge_collection_catalog_output import GetKnowledgeCollectionCatalogOutput
    from .get_knowledge_collection_output import GetKnowledgeCollectionOutput
    from .get_metric_data_input_csid_filter import GetMetricDataInputCsidFilter
    from .get_metric_data_input_period_filter import GetMetricDataInputPeriodFilter
    from .get_metric_data_output import GetMetricDataOutput
    from .get_metric_output import GetMetricOutput
    from .get_metric_record_output import GetMetricRecordOutput
    from .get_metric_records_data_input_csid_filter import GetMetricRecordsDataInputCsidFilter
    from .get_metric_records_data_input_period_filter import GetMetricRecordsDataInputPeriodFilter
    from .get_metric_records_data_output import GetMetricRecordsDataOutput
    from .get_metric_records_output import GetMetricRecordsOutput
    from .get_metrics_output import GetMetricsOutput
    from .get_organization_output import GetOrganizationOutput
    from .get_queue_by_id_output import GetQueueByIdOutput
    from .get_queued_conversation_position_output import GetQueuedConversationPositionOutput
    from .get_tag_output import GetTagOutput
    from .get_templates_type import GetTemplatesType
    from .get_upcoming_business_hours_schedule_output import GetUpcomingBusinessHoursScheduleOutput
    from .get_upcoming_business_hours_schedule_result import GetUpcomingBusinessHoursScheduleResult
    from .get_webhook_event_delivery_logs_output import GetWebhookEventDeliveryLogsOutput
    from .get_webhook_last_delivery_status_output import GetWebhookLastDeliveryStatusOutput
    from .get_webhook_subscription_output import GetWebhookSubscriptionOutput
    from .help_center_link import HelpCenterLink
    from .html import Html
    from .import_conversation_output import ImportConversationOutput
    from .import_conversation_response import ImportConversationResponse
    from .inbound import Inbound
    from .inbound_import import InboundImport
    from .includes_all import IncludesAll
    from .includes_one import IncludesOne
    from .infrastructure import Infrastructure
    from .inherited_restriction import InheritedRestriction
    from .instant_field import InstantField
    from .int_field import IntField
    from .integrity import Integrity
    from .internal_note_data import InternalNoteData
    from .interval import Interval
    from .invalid_argument import InvalidArgument
    from .is_empty import IsEmpty
    from .is_not_empty import IsNotEmpty
    from .is_not_one_of import IsNotOneOf
    from .is_one_of import IsOneOf
    from .last_activity import LastActivity
    from .last_message import LastMessage
    from .link_conversation_input import LinkConversationInput
    from .link_type import LinkType
    from .list_activity_log_output import ListActivityLogOutput
    from .list_agents_output import ListAgentsOutput
    from .list_business_hours_schedules_output import ListBusinessHoursSchedulesOutput
    from .list_business_hours_schedules_result import ListBusinessHoursSchedulesResult
    from .list_contact_points_output import ListContactPointsOutput
    from .list_conversation_ratings_output import ListConversationRatingsOutput
    from .list_custom_attributes_definitions_output import ListCustomAttributesDefinitionsOutput
    from .list_end_user_conversations_output import ListEndUserConversationsOutput
    from .list_end_users_output import ListEndUsersOutput
    from .list_field import ListField
    from .list_flows_output import ListFlowsOutput
    from .list_internal_notes_output import ListInternalNotesOutput
    from .list_knowledge_collections_output import ListKnowledgeCollectionsOutput
    from .list_linked_conversations_output import ListLinkedConversationsOutput
    from .list_messages_output import ListMessagesOutput
    from .list_presence_output import ListPresenceOutput
    from .list_queues_output import ListQueuesOutput
    from .list_tags_output import ListTagsOutput
    from .list_team_members_output import ListTeamMembersOutput
    from .list_teams_output import ListTeamsOutput
    from .list_templates_output import ListTemplatesOutput
    from .list_webhook_subscriptions_endpoint_output import ListWebhookSubscriptionsEndpointOutput
    from .long_aggregate_value import LongAggregateValue
    from .long_aggregate_value_measure import LongAggregateValueMeasure
    from .long_field import LongField
    from .longer_than_or_equal_to import LongerThanOrEqualTo
    from .map_attribute_value import MapAttributeValue
    from .map_conversation_channel_int import MapConversationChannelInt
    from .map_conversation_channel_set_string import MapConversationChannelSetString
    from .map_form_attribute_value import MapFormAttributeValue
    from .map_queue_threshold_int import MapQueueThresholdInt
    from .map_string import MapString
    from .map_uuid_option_attribute_value import MapUUIDOptionAttributeValue
    from .map_vector_string import MapVectorString
    from .map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from .markdown import Markdown
    from .member_list_type import MemberListType
    from .message import Message
    from .message_added_attribute import MessageAddedAttribute
    from .message_redacted_attribute import MessageRedactedAttribute
    from .messenger_conversation import MessengerConversation
    from .messenger_form_attributes import MessengerFormAttributes
    from .metric_data import MetricData
    from .metric_metadata import MetricMetadata
    from .metric_record import MetricRecord
    from .metric_record_metadata import MetricRecordMetadata
    from .mime_type_impl import MimeTypeImpl
    from .no_auth import NoAuth
    from .no_recent_delivery import NoRecentDelivery
    from .not_found import NotFound
    from .note_added_attribute import NoteAddedAttribute
    from .nps import Nps
    from .offer_algorithm import OfferAlgorithm
    from .one_of_field import OneOfField
    from .operator_is_not_one_of import OperatorIsNotOneOf
    from .operator_is_one_of import OperatorIsOneOf
    from .organization_details import OrganizationDetails
    from .organization_details_status import OrganizationDetailsStatus
    from .outbound import Outbound
    from .outbound_import import OutboundImport
    from .pagination_links import PaginationLinks
    from .partial_error import PartialError
    from .patch_agent_input import PatchAgentInput
    from .patch_conversation_custom_attributes_output import PatchConversationCustomAttributesOutput
    from .patch_end_user_custom_attributes_output import PatchEndUserCustomAttributesOutput
    from .patch_end_user_input import PatchEndUserInput
    from .patch_end_user_output import PatchEndUserOutput
    from .patch_webhook_subscription_input import PatchWebhookSubscriptionInput
    from .patch_webhook_subscription_output import PatchWebhookSubscriptionOutput
    from .phone_attributes import PhoneAttributes
    from .presence_duration import PresenceDuration
    from .presence_status import PresenceStatus
    from .preset import Preset
    from .preset_value_object import PresetValueObject
    from .pstn_phone_conversation import PstnPhoneConversation
    from .query import Query
    from .queue import Queue
    from .queue_availability_output import QueueAvailabilityOutput
    from .queue_id import QueueId
    from .queue_member import QueueMember
    from .queue_members_output import QueueMembersOutput
    from .queue_usages import QueueUsages
    from .queued_conversation import QueuedConversation
    from .quick_response import QuickResponse
    from .rating_offer import RatingOffer
    from .rating_result import RatingResult
    from .rating_status import RatingStatus
    from .rating_type import RatingType
    from .recurring import Recurring
    from .regular import Regular
    from .reopen_conversation_input import ReopenConversationInput
    from .requester_connection_status import RequesterConnectionStatus
    from .restrictions import Restrictions
    from .search_conversations_with_filters_output import SearchConversationsWithFiltersOutput
    from .search_field_custom_attribute import SearchFieldCustomAttribute
    from .search_field_status import SearchFieldStatus
    from .search_output import SearchOutput
    from .search_parameters_input import SearchParametersInput
    from .select import Select
    from .select_option import SelectOption
    from .server_error import ServerError
    from .shorter_than_or_equal_to import ShorterThanOrEqualTo
    from .side_conversation import SideConversation
    from .since import Since
    from .sla_calculation_method import SlaCalculationMethod
    from .sms import Sms
    from .sms_attributes import SmsAttributes
    from .sms_conversation import SmsConversation
    from .state import State
    from .status import Status
    from .strategy import Strategy
    from .string_field import StringField
    from .success import Success
    from .tag import Tag
    from .tag_added_attribute import TagAddedAttribute
    from .tag_conversation_input import TagConversationInput
    from .tag_id import TagId
    from .tag_removed_attribute import TagRemovedAttribute
    from .tag_state import TagState
    from .tags_update_input import TagsUpdateInput
    from .team import Team
    from .team_member import TeamMember
    from .telephony_endpoint import TelephonyEndpoint
    from .text import Text
    from .thumbs_up_or_down import ThumbsUpOrDown
    from .time_interval import TimeInterval
    from .timestamp_field import TimestampField
    from .token_auth import TokenAuth
    from .too_large import TooLarge
    from .transcript_attributes import TranscriptAttributes
    from .transfer_conversation_input import TransferConversationInput
    from .translation import Translation
    from .translation_1 import Translation1
    from .translation_error import TranslationError
    from .translation_input import TranslationInput
    from .translation_list import TranslationList
    from .translation_title import TranslationTitle
    from .twitter_attributes import TwitterAttributes
    from .twitter_conversation import TwitterConversation
    from .type_ import Type
    from .unauthorized import Unauthorized
    from .unexpected_error import UnexpectedError
    from .unknown_bulk_error import UnknownBulkError
    from .unknown_channel_availability import UnknownChannelAvailability
    from .unknown_channel_availability_error import UnknownChannelAvailabilityError
    from .unknown_channel_operator import UnknownChannelOperator
    from .unknown_condition import UnknownCondition
    from .unknown_contact_endpoint import UnknownContactEndpoint
    from .unknown_content import UnknownContent
    from .unknown_conversation import UnknownConversation
    from .unknown_conversation_link import UnknownConversationLink
    from .unknown_create_conversation_input import UnknownCreateConversationInput
    from .unknown_create_message_input import UnknownCreateMessageInput
    from .unknown_direction_operator import UnknownDirectionOperator
    from .unknown_field_has_single_value_operator import UnknownFieldHasSingleValueOperator
    from .unknown_filters import UnknownFilters
    from .unknown_get_metric_data_input import UnknownGetMetricDataInput
    from .unknown_get_metric_records_data_input import UnknownGetMetricRecordsDataInput
    from .unknown_import_message_input import UnknownImportMessageInput
    from .unknown_mime_type import UnknownMimeType
    from .unknown_status_operator import UnknownStatusOperator
    from .unknown_submitted_rating_result import UnknownSubmittedRatingResult
    from .unknown_template import UnknownTemplate
    from .unknown_variant import UnknownVariant
    from .until import Until
    from .update_agent_input import UpdateAgentInput
    from .update_agent_presence_channel_input import UpdateAgentPresenceChannelInput
    from .update_agent_presence_channel_input_channel import UpdateAgentPresenceChannelInputChannel
    from .update_end_user_input import UpdateEndUserInput
    from .update_end_user_output import UpdateEndUserOutput
    from .update_knowledge_article_input import UpdateKnowledgeArticleInput
    from .update_knowledge_article_output import UpdateKnowledgeArticleOutput
    from .update_translations_input import UpdateTranslationsInput
    from .update_translations_output import UpdateTranslationsOutput
    from .upload_attachments_input import UploadAttachmentsInput
    from .upload_attachments_output import UploadAttachmentsOutput
    from .user_presence import UserPresence
    from .user_presence_output import UserPresenceOutput
    from .uuid_field import UUIDField
    from .validation import Validation
    from .value import Value
    from .values import Values
    from .webhook_headers_map_string_string import WebhookHeadersMapStringString
    from .webhook_subscription import WebhookSubscription
    from .whats_app_attributes import WhatsAppAttributes
    from .whats_app_conversation import WhatsAppConversation

# class name -> the module that defines it
_MODULES = {
    "ActivityLogEntry": ".activity_log_entry",
    "ActivityLogEntryType": ".activity_log_entry_type",
    "ActivityLogUser": ".activity_log_user",
    "Agent": ".agent",
    "AgentId": ".agent_id",
    "AgentOutput": ".agent_output",
    "AgentPresenceDurationValue": ".agent_presence_duration_value",
    "AgentTeam": ".agent_team",
    "AgentTeamsOutput": ".agent_teams_output",
    "AgentsToTeamInput": ".agents_to_team_input",
    "AggregateMetadata": ".aggregate_metadata",
    "Aggregations": ".aggregations",
    "AnonymizationRequestStatus": ".anonymization_request_status",
    "AnonymizeEntityInput": ".anonymize_entity_input",
    "AnonymizeEntityOutput": ".anonymize_entity_output",
    "AnonymizedConversation": ".anonymized_conversation",
    "Article": ".article",
    "ArticleCatalogItem": ".article_catalog_item",
    "ArticleContent": ".article_content",
    "ArticleTranslation": ".article_translation",
    "ArticleTranslations": ".article_translations",
    "AssignedDate": ".assigned_date",
    "Assignment": ".assignment",
    "AttachmentError": ".attachment_error",
    "AttachmentResult": ".attachment_result",
    "Attachments": ".attachments",
    "Availability": ".availability",
    "AvailableAt": ".available_at",
    "BadRequest": ".bad_request",
    "BasicAuth": ".basic_auth",
    "Between": ".between",
    "BooleanField": ".boolean_field",
    "BrowserInfo": ".browser_info",
    "BulkActionFailureBulkErrorAgent": ".bulk_action_failure_bulk_error_agent",
    "BulkActionFailureBulkErrorEndUser": ".bulk_action_failure_bulk_error_end_user",
    "BulkActionFailureBulkErrorUUID": ".bulk_action_failure_bulk_error_uuid",
    "BulkActionFailureErrorResponseInternalNoteData": ".bulk_action_failure_error_response_internal_note_data",
    "BulkActionSuccessBulkErrorAgent": ".bulk_action_success_bulk_error_agent",
    "BulkActionSuccessBulkErrorEndUser": ".bulk_action_success_bulk_error_end_user",
    "BulkActionSuccessBulkErrorUUID": ".bulk_action_success_bulk_error_uuid",
    "BulkActionSuccessErrorResponseInternalNoteData": ".bulk_action_success_error_response_internal_note_data",
    "BulkCreateInternalNoteInput": ".bulk_create_internal_note_input",
    "BulkCreateNoteOutput": ".bulk_create_note_output",
    "BulkErrorNotFound": ".bulk_error_not_found",
    "BulkPatchAgentInput": ".bulk_patch_agent_input",
    "BulkPatchEndUserInput": ".bulk_patch_end_user_input",
    "BulkPatchEndUsersInput": ".bulk_patch_end_users_input",
    "BulkPatchEndUsersOutput": ".bulk_patch_end_users_output",
    "BulkQueueEndpointInput": ".bulk_queue_endpoint_input",
    "BulkQueueEndpointOutput": ".bulk_queue_endpoint_output",
    "BulkTagConversationInput": ".bulk_tag_conversation_input",
    "BulkUpdateAgentInput": ".bulk_update_agent_input",
    "BulkUpdateAgentOutput": ".bulk_update_agent_output",
    "BulkUpdateEndUserInput": ".bulk_update_end_user_input",
    "BulkUpdateEndUsersInput": ".bulk_update_end_users_input",
    "BulkUpdateEndUsersOutput": ".bulk_update_end_users_output",
    "BusinessHour": ".business_hour",
    "BusinessHourException": ".business_hour_exception",
    "BusinessHourExceptionType": ".business_hour_exception_type",
    "BusinessHourRegular": ".business_hour_regular",
    "BusinessHourRegularType": ".business_hour_regular_type",
    "BusinessHourStatus": ".business_hour_status",
    "BusinessHourType": ".business_hour_type",
    "BusinessHoursSchedule": ".business_hours_schedule",
    "BusinessHoursScheduleDefinition": ".business_hours_schedule_definition",
    "BusinessHoursUpcomingSchedule": ".business_hours_upcoming_schedule",
    "CallRecordingAttributes": ".call_recording_attributes",
    "Callback": ".callback",
    "CallbackDirection": ".callback_direction",
    "Category": ".category",
    "CategoryCatalogItem": ".category_catalog_item",
    "CategoryTranslations": ".category_translations",
    "Channel": ".channel",
    "Chat": ".chat",
    "ChatAttributes": ".chat_attributes",
    "ChatConversation": ".chat_conversation",
    "Checksum": ".checksum",
    "ClaimConversationInput": ".claim_conversation_input",
    "CloseConversationInput": ".close_conversation_input",
    "ClosedDate": ".closed_date",
    "Closing": ".closing",
    "Collection": ".collection",
    "CollectionCatalogItem": ".collection_catalog_item",
    "CombinedFilters": ".combined_filters",
    "CombinedFiltersConditionIsNotOneOf": ".combined_filters_condition_is_not_one_of",
    "CombinedFiltersConditionIsOneOf": ".combined_filters_condition_is_one_of",
    "Condition": ".condition",
    "Conflict": ".conflict",
    "ConnectionStatus": ".connection_status",
    "ContactForm": ".contact_form",
    "ContactFormAttributes": ".contact_form_attributes",
    "ContactFormConversation": ".contact_form_conversation",
    "ContactId": ".contact_id",
    "ConversationAssignedAttribute": ".conversation_assigned_attribute",
    "ConversationAutoReplySentAttribute": ".conversation_auto_reply_sent_attribute",
    "ConversationChannel": ".conversation_channel",
    "ConversationChannelChangedAttribute": ".conversation_channel_changed_attribute",
    "ConversationClaimedAttribute": ".conversation_claimed_attribute",
    "ConversationCreatedAttribute": ".conversation_created_attribute",
    "ConversationCustomAttributesUpdatedAttribute": ".conversation_custom_attributes_updated_attribute",
    "ConversationDirection": ".conversation_direction",
    "ConversationEndUserReplacedAttribute": ".conversation_end_user_replaced_attribute",
    "ConversationFlow": ".conversation_flow",
    "ConversationId": ".conversation_id",
    "ConversationLanguageUpdatedAttribute": ".conversation_language_updated_attribute",
    "ConversationLinkedAttribute": ".conversation_linked_attribute",
    "ConversationOfferedAttribute": ".conversation_offered_attribute",
    "ConversationQueue": ".conversation_queue",
    "ConversationRatedAttribute": ".conversation_rated_attribute",
    "ConversationRating": ".conversation_rating",
    "ConversationRatingNotOfferedAttribute": ".conversation_rating_not_offered_attribute",
    "ConversationRatingOfferedAttribute": ".conversation_rating_offered_attribute",
    "ConversationRatingScheduledAttribute": ".conversation_rating_scheduled_attribute",
    "ConversationReservedAttribute": ".conversation_reserved_attribute",
    "ConversationResolvedStateToggledAttribute": ".conversation_resolved_state_toggled_attribute",
    "ConversationResponse": ".conversation_response",
    "ConversationSearchHit": ".conversation_search_hit",
    "ConversationSearchInnerHit": ".conversation_search_inner_hit",
    "ConversationSearchWithFiltersHit": ".conversation_search_with_filters_hit",
    "ConversationSubjectUpdatedAttribute": ".conversation_subject_updated_attribute",
    "ConversationTagsOutput": ".conversation_tags_output",
    "ConversationTranscriptionEndedAttribute": ".conversation_transcription_ended_attribute",
    "ConversationTransferredAttribute": ".conversation_transferred_attribute",
    "ConversationType": ".conversation_type",
    "ConversationUnassignedAttribute": ".conversation_unassigned_attribute",
    "CreateAgentInput": ".create_agent_input",
    "CreateAgentsInput": ".create_agents_input",
    "CreateAgentsOutput": ".create_agents_output",
    "CreateConversationOutput": ".create_conversation_output",
    "CreateEndUserInput": ".create_end_user_input",
    "CreateEndUserOutput": ".create_end_user_output",
    "CreateEndUsersInput": ".create_end_users_input",
    "CreateEndUsersOutput": ".create_end_users_output",
    "CreateInternalNoteInput": ".create_internal_note_input",
    "CreateKnowledgeArticleInput": ".create_knowledge_article_input",
    "CreateKnowledgeArticleOutput": ".create_knowledge_article_output",
    "CreateMessageOutput": ".create_message_output",
    "CreateMessageOutputData": ".create_message_output_data",
    "CreateNoteOutput": ".create_note_output",
    "CreateOrUpdateQueueRequest": ".create_or_update_queue_request",
    "CreateQueueInput": ".create_queue_input",
    "CreateQueueOutput": ".create_queue_output",
    "CreateRatingOfferInput": ".create_rating_offer_input",
    "CreateRatingOfferOutput": ".create_rating_offer_output",
    "CreateRatingResultInput": ".create_rating_result_input",
    "CreateRatingResultOutput": ".create_rating_result_output",
    "CreateTagInput": ".create_tag_input",
    "CreateTagOutput": ".create_tag_output",
    "CreateTeamInput": ".create_team_input",
    "CreateTeamOutput": ".create_team_output",
    "CreateWebhookSubscriptionInput": ".create_webhook_subscription_input",
    "CreateWebhookSubscriptionOutput": ".create_webhook_subscription_output",
    "CreationDate": ".creation_date",
    "Csat": ".csat",
    "CustomAttribute": ".custom_attribute",
    "CustomAttributeDefinition": ".custom_attribute_definition",
    "CustomAttributeInputDefinitionSelect": ".custom_attribute_input_definition_select",
    "CustomAttributeInputDefinitionText": ".custom_attribute_input_definition_text",
    "CustomAttributeOperatorIsNotOneOf": ".custom_attribute_operator_is_not_one_of",
    "CustomAttributeOperatorIsOneOf": ".custom_attribute_operator_is_one_of",
    "DeleteAgentsFromTeamInput": ".delete_agents_from_team_input",
    "DeliveryDetail": ".delivery_detail",
    "DeprecatedActivityLogType": ".deprecated_activity_log_type",
    "DeprecatedAnonymizationType": ".deprecated_anonymization_type",
    "Direction": ".direction",
    "DoubleAggregateValue": ".double_aggregate_value",
    "DoubleAggregateValueMeasure": ".double_aggregate_value_measure",
    "DoubleField": ".double_field",
    "Duration": ".duration",
    "DurationOperatorBetween": ".duration_operator_between",
    "Email": ".email",
    "EmailAttributes": ".email_attributes",
    "EmailAutoReply": ".email_auto_reply",
    "EmailContact": ".email_contact",
    "EmailConversation": ".email_conversation",
    "EmailEndpoint": ".email_endpoint",
    "EmailForward": ".email_forward",
    "EmptyPatchSet": ".empty_patch_set",
    "EndUser": ".end_user",
    "EntityType": ".entity_type",
    "ErrorResponse": ".error_response",
    "EventDeliveryLog": ".event_delivery_log",
    "EventDeliveryStatus": ".event_delivery_status",
    "Events": ".events",
    "ExcludesAll": ".excludes_all",
    "ExcludesOne": ".excludes_one",
    "FacebookMessengerAttributes": ".facebook_messenger_attributes",
    "FacebookMessengerConversation": ".facebook_messenger_conversation",
    "Failure": ".failure",
    "Field": ".field",
    "FieldMetadata": ".field_metadata",
    "File": ".file",
    "FileMeta": ".file_meta",
    "Filter": ".filter_",
    "FilterMetadata": ".filter_metadata",
    "FilterValue": ".filter_value",
    "Filters": ".filters",
    "FollowUp": ".follow_up",
    "FollowupConversationInput": ".followup_conversation_input",
    "FormSubmission": ".form_submission",
    "Functionality": ".functionality",
    "GenericAttributes": ".generic_attributes",
    "GenericChannel": ".generic_channel",
    "GenericConversation": ".generic_conversation",
    "GenericConversationImport": ".generic_conversation_import",
    "GetActivityLogOutput": ".get_activity_log_output",
    "GetBusinessHoursScheduleDefinitionOutput": ".get_business_hours_schedule_definition_output",
    "GetBusinessHoursScheduleDefinitionResult": ".get_business_hours_schedule_definition_result",
    "GetBusinessOpenStatusOutput": ".get_business_open_status_output",
    "GetBusinessOpenStatusResult": ".get_business_open_status_result",
    "GetContactEndpointsType": ".get_contact_endpoints_type",
    "GetContactPointByIdOutput": ".get_contact_point_by_id_output",
    "GetConversationOutput": ".get_conversation_output",
    "GetConversationsFlowsChannel": ".get_conversations_flows_channel",
    "GetCustomAttributesDefinitionsOutput": ".get_custom_attributes_definitions_output",
    "GetEndUserOutput": ".get_end_user_output",
    "GetFilterValuesOutput": ".get_filter_values_output",
    "GetKnowledgeArticleOutput": ".get_knowledge_article_output",
    "GetKnowledgeArticleTranslationsOutput": ".get_knowledge_article_translations_output",
    "GetKnowledgeCategoryOutput": ".get_knowledge_category_output",
    "GetKnowledgeCategoryTranslationsOutput": ".get_knowledge_category_translations_output",
    "GetKnowledgeCollectionCatalogOutput": ".get_knowledge_collection_catalog_output",
    "GetKnowledgeCollectionOutput": ".get_knowledge_collection_output",
    "GetMetricDataInputCsidFilter": ".get_metric_data_input_csid_filter",
    "GetMetricDataInputPeriodFilter": ".get_metric_data_input_period_filter",
    "GetMetricDataOutput": ".get_metric_data_output",
    "GetMetricOutput": ".get_metric_output",
    "GetMetricRecordOutput": ".get_metric_record_output",
    "GetMetricRecordsDataInputCsidFilter": ".get_metric_records_data_input_csid_filter",
    "GetMetricRecordsDataInputPeriodFilter": ".get_metric_records_data_input_period_filter",
    "GetMetricRecordsDataOutput": ".get_metric_records_data_output",
    "GetMetricRecordsOutput": ".get_metric_records_output",
    "GetMetricsOutput": ".get_metrics_output",
    "GetOrganizationOutput": ".get_organization_output",
    "GetQueueByIdOutput": ".get_queue_by_id_output",
    "GetQueuedConversationPositionOutput": ".get_queued_conversation_position_output",
    "GetTagOutput": ".get_tag_output",
    "GetTemplatesType": ".get_templates_type",
    "GetUpcomingBusinessHoursScheduleOutput": ".get_upcoming_business_hours_schedule_output",
    "GetUpcomingBusinessHoursScheduleResult": ".get_upcoming_business_hours_schedule_result",
    "GetWebhookEventDeliveryLogsOutput": ".get_webhook_event_delivery_logs_output",
    "GetWebhookLastDeliveryStatusOutput": ".get_webhook_last_delivery_status_output",
    "GetWebhookSubscriptionOutput": ".get_webhook_subscription_output",
    "HelpCenterLink": ".help_center_link",
    "Html": ".html",
    "ImportConversationOutput": ".import_conversation_output",
    "ImportConversationResponse": ".import_conversation_response",
    "Inbound": ".inbound",
    "InboundImport": ".inbound_import",
    "IncludesAll": ".includes_all",
    "IncludesOne": ".includes_one",
    "Infrastructure": ".infrastructure",
    "InheritedRestriction": ".inherited_restriction",
    "InstantField": ".instant_field",
    "IntField": ".int_field",
    "Integrity": ".integrity",
    "InternalNoteData": ".internal_note_data",
    "Interval": ".interval",
    "InvalidArgument": ".invalid_argument",
    "IsEmpty": ".is_empty",
    "IsNotEmpty": ".is_not_empty",
    "IsNotOneOf": ".is_not_one_of",
    "IsOneOf": ".is_one_of",
    "LastActivity": ".last_activity",
    "LastMessage": ".last_message",
    "LinkConversationInput": ".link_conversation_input",
    "LinkType": ".link_type",
    "ListActivityLogOutput": ".list_activity_log_output",
    "ListAgentsOutput": ".list_agents_output",
    "ListBusinessHoursSchedulesOutput": ".list_business_hours_schedules_output",
    "ListBusinessHoursSchedulesResult": ".list_business_hours_schedules_result",
    "ListContactPointsOutput": ".list_contact_points_output",
    "ListConversationRatingsOutput": ".list_conversation_ratings_output",
    "ListCustomAttributesDefinitionsOutput": ".list_custom_attributes_definitions_output",
    "ListEndUserConversationsOutput": ".list_end_user_conversations_output",
    "ListEndUsersOutput": ".list_end_users_output",
    "ListField": ".list_field",
    "ListFlowsOutput": ".list_flows_output",
    "ListInternalNotesOutput": ".list_internal_notes_output",
    "ListKnowledgeCollectionsOutput": ".list_knowledge_collections_output",
    "ListLinkedConversationsOutput": ".list_linked_conversations_output",
    "ListMessagesOutput": ".list_messages_output",
    "ListPresenceOutput": ".list_presence_output",
    "ListQueuesOutput": ".list_queues_output",
    "ListTagsOutput": ".list_tags_output",
    "ListTeamMembersOutput": ".list_team_members_output",
    "ListTeamsOutput": ".list_teams_output",
    "ListTemplatesOutput": ".list_templates_output",
    "ListWebhookSubscriptionsEndpointOutput": ".list_webhook_subscriptions_endpoint_output",
    "LongAggregateValue": ".long_aggregate_value",
    "LongAggregateValueMeasure": ".long_aggregate_value_measure",
    "LongField": ".long_field",
    "LongerThanOrEqualTo": ".longer_than_or_equal_to",
    "MapAttributeValue": ".map_attribute_value",
    "MapConversationChannelInt": ".map_conversation_channel_int",
    "MapConversationChannelSetString": ".map_conversation_channel_set_string",
    "MapFormAttributeValue": ".map_form_attribute_value",
    "MapQueueThresholdInt": ".map_queue_threshold_int",
    "MapString": ".map_string",
    "MapUUIDOptionAttributeValue": ".map_uuid_option_attribute_value",
    "MapVectorString": ".map_vector_string",
    "MapWebhookEventTypeFilters": ".map_webhook_event_type_filters",
    "Markdown": ".markdown",
    "MemberListType": ".member_list_type",
    "Message": ".message",
    "MessageAddedAttribute": ".message_added_attribute",
    "MessageRedactedAttribute": ".message_redacted_attribute",
    "MessengerConversation": ".messenger_conversation",
    "MessengerFormAttributes": ".messenger_form_attributes",
    "MetricData": ".metric_data",
    "MetricMetadata": ".metric_metadata",
    "MetricRecord": ".metric_record",
    "MetricRecordMetadata": ".metric_record_metadata",
    "MimeTypeImpl": ".mime_type_impl",
    "NoAuth": ".no_auth",
    "NoRecentDelivery": ".no_recent_delivery",
    "NotFound": ".not_found",
    "NoteAddedAttribute": ".note_added_attribute",
    "Nps": ".nps",
    "OfferAlgorithm": ".offer_algorithm",
    "OneOfField": ".one_of_field",
    "OperatorIsNotOneOf": ".operator_is_not_one_of",
    "OperatorIsOneOf": ".operator_is_one_of",
    "OrganizationDetails": ".organization_details",
    "OrganizationDetailsStatus": ".organization_details_status",
    "Outbound": ".outbound",
    "OutboundImport": ".outbound_import",
    "PaginationLinks": ".pagination_links",
    "PartialError": ".partial_error",
    "PatchAgentInput": ".patch_agent_input",
    "PatchConversationCustomAttributesOutput": ".patch_conversation_custom_attributes_output",
    "PatchEndUserCustomAttributesOutput": ".patch_end_user_custom_attributes_output",
    "PatchEndUserInput": ".patch_end_user_input",
    "PatchEndUserOutput": ".patch_end_user_output",
    "PatchWebhookSubscriptionInput": ".patch_webhook_subscription_input",
    "PatchWebhookSubscriptionOutput": ".patch_webhook_subscription_output",
    "PhoneAttributes": ".phone_attributes",
    "PresenceDuration": ".presence_duration",
    "PresenceStatus": ".presence_status",
    "Preset": ".preset",
    "PresetValueObject": ".preset_value_object",
    "PstnPhoneConversation": ".pstn_phone_conversation",
    "Query": ".query",
    "Queue": ".queue",
    "QueueAvailabilityOutput": ".queue_availability_output",
    "QueueId": ".queue_id",
    "QueueMember": ".queue_member",
    "QueueMembersOutput": ".queue_members_output",
    "QueueUsages": ".queue_usages",
    "QueuedConversation": ".queued_conversation",
    "QuickResponse": ".quick_response",
    "RatingOffer": ".rating_offer",
    "RatingResult": ".rating_result",
    "RatingStatus": ".rating_status",
    "RatingType": ".rating_type",
    "Recurring": ".recurring",
    "Regular": ".regular",
    "ReopenConversationInput": ".reopen_conversation_input",
    "RequesterConnectionStatus": ".requester_connection_status",
    "Restrictions": ".restrictions",
    "SearchConversationsWithFiltersOutput": ".search_conversations_with_filters_output",
    "SearchFieldCustomAttribute": ".search_field_custom_attribute",
    "SearchFieldStatus": ".search_field_status",
    "SearchOutput": ".search_output",
    "SearchParametersInput": ".search_parameters_input",
    "Select": ".select",
    "SelectOption": ".select_option",
    "ServerError": ".server_error",
    "ShorterThanOrEqualTo": ".shorter_than_or_equal_to",
    "SideConversation": ".side_conversation",
    "Since": ".since",
    "SlaCalculationMethod": ".sla_calculation_method",
    "Sms": ".sms",
    "SmsAttributes": ".sms_attributes",
    "SmsConversation": ".sms_conversation",
    "State": ".state",
    "Status": ".status",
    "Strategy": ".strategy",
    "StringField": ".string_field",
    "Success": ".success",
    "Tag": ".tag",
    "TagAddedAttribute": ".tag_added_attribute",
    "TagConversationInput": ".tag_conversation_input",
    "TagId": ".tag_id",
    "TagRemovedAttribute": ".tag_removed_attribute",
    "TagState": ".tag_state",
    "TagsUpdateInput": ".tags_update_input",
    "Team": ".team",
    "TeamMember": ".team_member",
    "TelephonyEndpoint": ".telephony_endpoint",
    "Text": ".text",
    "ThumbsUpOrDown": ".thumbs_up_or_down",
    "TimeInterval": ".time_interval",
    "TimestampField": ".timestamp_field",
    "TokenAuth": ".token_auth",
    "TooLarge": ".too_large",
    "TranscriptAttributes": ".transcript_attributes",
    "TransferConversationInput": ".transfer_conversation_input",
    "Translation": ".translation",
    "Translation1": ".translation_1",
    "TranslationError": ".translation_error",
    "TranslationInput": ".translation_input",
    "TranslationList": ".translation_list",
    "TranslationTitle": ".translation_title",
    "TwitterAttributes": ".twitter_attributes",
    "TwitterConversation": ".twitter_conversation",
    "Type": ".type_",
    "Unauthorized": ".unauthorized",
    "UnexpectedError": ".unexpected_error",
    "UnknownBulkError": ".unknown_bulk_error",
    "UnknownChannelAvailability": ".unknown_channel_availability",
    "UnknownChannelAvailabilityError": ".unknown_channel_availability_error",
    "UnknownChannelOperator": ".unknown_channel_operator",
    "UnknownCondition": ".unknown_condition",
    "UnknownContactEndpoint": ".unknown_contact_endpoint",
    "UnknownContent": ".unknown_content",
    "UnknownConversation": ".unknown_conversation",
    "UnknownConversationLink": ".unknown_conversation_link",
    "UnknownCreateConversationInput": ".unknown_create_conversation_input",
    "UnknownCreateMessageInput": ".unknown_create_message_input",
    "UnknownDirectionOperator": ".unknown_direction_operator",
    "UnknownFieldHasSingleValueOperator": ".unknown_field_has_single_value_operator",
    "UnknownFilters": ".unknown_filters",
    "UnknownGetMetricDataInput": ".unknown_get_metric_data_input",
    "UnknownGetMetricRecordsDataInput": ".unknown_get_metric_records_data_input",
    "UnknownImportMessageInput": ".unknown_import_message_input",
    "UnknownMimeType": ".unknown_mime_type",
    "UnknownStatusOperator": ".unknown_status_operator",
    "UnknownSubmittedRatingResult": ".unknown_submitted_rating_result",
    "UnknownTemplate": ".unknown_template",
    "UnknownVariant": ".unknown_variant",
    "Until": ".until",
    "UpdateAgentInput": ".update_agent_input",
    "UpdateAgentPresenceChannelInput": ".update_agent_presence_channel_input",
    "UpdateAgentPresenceChannelInputChannel": ".update_agent_presence_channel_input_channel",
    "UpdateEndUserInput": ".update_end_user_input",
    "UpdateEndUserOutput": ".update_end_user_output",
    "UpdateKnowledgeArticleInput": ".update_knowledge_article_input",
    "UpdateKnowledgeArticleOutput": ".update_knowledge_article_output",
    "UpdateTranslationsInput": ".update_translations_input",
    "UpdateTranslationsOutput": ".update_translations_output",
    "UploadAttachmentsInput": ".upload_attachments_input",
    "UploadAttachmentsOutput": ".upload_attachments_output",
    "UserPresence": ".user_presence",
    "UserPresenceOutput": ".user_presence_output",
    "UUIDField": ".uuid_field",
    "Validation": ".validation",
    "Value": ".value",
    "Values": ".values",
    "WebhookHeadersMapStringString": ".webhook_headers_map_string_string",
    "WebhookSubscription": ".webhook_subscription",
    "WhatsAppAttributes": ".whats_app_attributes",
    "WhatsAppConversation": ".whats_app_conversation",
}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        value = getattr(import_module(_MODULES[name], __name__), name)
        globals()[name] = value  # once loaded, a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "ActivityLogEntry",
    "ActivityLogEntryType",
    "ActivityLogUser",
    "Agent",
    "AgentId",
    "AgentOutput",
    "AgentPresenceDurationValue",
    "AgentsToTeamInput",
    "AgentTeam",
    "AgentTeamsOutput",
    "AggregateMetadata",
    "Aggregations",
    "AnonymizationRequestStatus",
    "AnonymizedConversation",
    "AnonymizeEntityInput",
    "AnonymizeEntityOutput",
    "Article",
    "ArticleCatalogItem",
    "ArticleContent",
    "ArticleTranslation",
    "ArticleTranslations",
    "AssignedDate",
    "Assignment",
    "AttachmentError",
    "AttachmentResult",
    "Attachments",
    "Availability",
    "AvailableAt",
    "BadRequest",
    "BasicAuth",
    "Between",
    "BooleanField",
    "BrowserInfo",
    "BulkActionFailureBulkErrorAgent",
    "BulkActionFailureBulkErrorEndUser",
    "BulkActionFailureBulkErrorUUID",
    "BulkActionFailureErrorResponseInternalNoteData",
    "BulkActionSuccessBulkErrorAgent",
    "BulkActionSuccessBulkErrorEndUser",
    "BulkActionSuccessBulkErrorUUID",
    "BulkActionSuccessErrorResponseInternalNoteData",
    "BulkCreateInternalNoteInput",
    "BulkCreateNoteOutput",
    "BulkErrorNotFound",
    "BulkPatchAgentInput",
    "BulkPatchEndUserInput",
    "BulkPatchEndUsersInput",
    "BulkPatchEndUsersOutput",
    "BulkQueueEndpointInput",
    "BulkQueueEndpointOutput",
    "BulkTagConversationInput",
    "BulkUpdateAgentInput",
    "BulkUpdateAgentOutput",
    "BulkUpdateEndUserInput",
    "BulkUpdateEndUsersInput",
    "BulkUpdateEndUsersOutput",
    "BusinessHour",
    "BusinessHourException",
    "BusinessHourExceptionType",
    "BusinessHourRegular",
    "BusinessHourRegularType",
    "BusinessHoursSchedule",
    "BusinessHoursScheduleDefinition",
    "BusinessHourStatus",
    "BusinessHoursUpcomingSchedule",
    "BusinessHourType",
    "Callback",
    "CallbackDirection",
    "CallRecordingAttributes",
    "Category",
    "CategoryCatalogItem",
    "CategoryTranslations",
    "Channel",
    "Chat",
    "ChatAttributes",
    "ChatConversation",
    "Checksum",
    "ClaimConversationInput",
    "CloseConversationInput",
    "ClosedDate",
    "Closing",
    "Collection",
    "CollectionCatalogItem",
    "CombinedFilters",
    "CombinedFiltersConditionIsNotOneOf",
    "CombinedFiltersConditionIsOneOf",
    "Condition",
    "Conflict",
    "ConnectionStatus",
    "ContactForm",
    "ContactFormAttributes",
    "ContactFormConversation",
    "ContactId",
    "ConversationAssignedAttribute",
    "ConversationAutoReplySentAttribute",
    "ConversationChannel",
    "ConversationChannelChangedAttribute",
    "ConversationClaimedAttribute",
    "ConversationCreatedAttribute",
    "ConversationCustomAttributesUpdatedAttribute",
    "ConversationDirection",
    "ConversationEndUserReplacedAttribute",
    "ConversationFlow",
    "ConversationId",
    "ConversationLanguageUpdatedAttribute",
    "ConversationLinkedAttribute",
    "ConversationOfferedAttribute",
    "ConversationQueue",
    "ConversationRatedAttribute",
    "ConversationRating",
    "ConversationRatingNotOfferedAttribute",
    "ConversationRatingOfferedAttribute",
    "ConversationRatingScheduledAttribute",
    "ConversationReservedAttribute",
    "ConversationResolvedStateToggledAttribute",
    "ConversationResponse",
    "ConversationSearchHit",
    "ConversationSearchInnerHit",
    "ConversationSearchWithFiltersHit",
    "ConversationSubjectUpdatedAttribute",
    "ConversationTagsOutput",
    "ConversationTranscriptionEndedAttribute",
    "ConversationTransferredAttribute",
    "ConversationType",
    "ConversationUnassignedAttribute",
    "CreateAgentInput",
    "CreateAgentsInput",
    "CreateAgentsOutput",
    "CreateConversationOutput",
    "CreateEndUserInput",
    "CreateEndUserOutput",
    "CreateEndUsersInput",
    "CreateEndUsersOutput",
    "CreateInternalNoteInput",
    "CreateKnowledgeArticleInput",
    "CreateKnowledgeArticleOutput",
    "CreateMessageOutput",
    "CreateMessageOutputData",
    "CreateNoteOutput",
    "CreateOrUpdateQueueRequest",
    "CreateQueueInput",
    "CreateQueueOutput",
    "CreateRatingOfferInput",
    "CreateRatingOfferOutput",
    "CreateRatingResultInput",
    "CreateRatingResultOutput",
    "CreateTagInput",
    "CreateTagOutput",
    "CreateTeamInput",
    "CreateTeamOutput",
    "CreateWebhookSubscriptionInput",
    "CreateWebhookSubscriptionOutput",
    "CreationDate",
    "Csat",
    "CustomAttribute",
    "CustomAttributeDefinition",
    "CustomAttributeInputDefinitionSelect",
    "CustomAttributeInputDefinitionText",
    "CustomAttributeOperatorIsNotOneOf",
    "CustomAttributeOperatorIsOneOf",
    "DeleteAgentsFromTeamInput",
    "DeliveryDetail",
    "DeprecatedActivityLogType",
    "DeprecatedAnonymizationType",
    "Direction",
    "DoubleAggregateValue",
    "DoubleAggregateValueMeasure",
    "DoubleField",
    "Duration",
    "DurationOperatorBetween",
    "Email",
    "EmailAttributes",
    "EmailAutoReply",
    "EmailContact",
    "EmailConversation",
    "EmailEndpoint",
    "EmailForward",
    "EmptyPatchSet",
    "EndUser",
    "EntityType",
    "ErrorResponse",
    "EventDeliveryLog",
    "EventDeliveryStatus",
    "Events",
    "ExcludesAll",
    "ExcludesOne",
    "FacebookMessengerAttributes",
    "FacebookMessengerConversation",
    "Failure",
    "Field",
    "FieldMetadata",
    "File",
    "FileMeta",
    "Filter",
    "FilterMetadata",
    "Filters",
    "FilterValue",
    "FollowUp",
    "FollowupConversationInput",
    "FormSubmission",
    "Functionality",
    "GenericAttributes",
    "GenericChannel",
    "GenericConversation",
    "GenericConversationImport",
    "GetActivityLogOutput",
    "GetBusinessHoursScheduleDefinitionOutput",
    "GetBusinessHoursScheduleDefinitionResult",
    "GetBusinessOpenStatusOutput",
    "GetBusinessOpenStatusResult",
    "GetContactEndpointsType",
    "GetContactPointByIdOutput",
    "GetConversationOutput",
    "GetConversationsFlowsChannel",
    "GetCustomAttributesDefinitionsOutput",
    "GetEndUserOutput",
    "GetFilterValuesOutput",
    "GetKnowledgeArticleOutput",
    "GetKnowledgeArticleTranslationsOutput",
    "GetKnowledgeCategoryOutput",
    "GetKnowledgeCategoryTranslationsOutput",
    "GetKnowledgeCollectionCatalogOutput",
    "GetKnowledgeCollectionOutput",
    "GetMetricDataInputCsidFilter",
    "GetMetricDataInputPeriodFilter",
    "GetMetricDataOutput",
    "GetMetricOutput",
    "GetMetricRecordOutput",
    "GetMetricRecordsDataInputCsidFilter",
    "GetMetricRecordsDataInputPeriodFilter",
    "GetMetricRecordsDataOutput",
    "GetMetricRecordsOutput",
    "GetMetricsOutput",
    "GetOrganizationOutput",
    "GetQueueByIdOutput",
    "GetQueuedConversationPositionOutput",
    "GetTagOutput",
    "GetTemplatesType",
    "GetUpcomingBusinessHoursScheduleOutput",
    "GetUpcomingBusinessHoursScheduleResult",
    "GetWebhookEventDeliveryLogsOutput",
    "GetWebhookLastDeliveryStatusOutput",
    "GetWebhookSubscriptionOutput",
    "HelpCenterLink",
    "Html",
    "ImportConversationOutput",
    "ImportConversationResponse",
    "Inbound",
    "InboundImport",
    "IncludesAll",
    "IncludesOne",
    "Infrastructure",
    "InheritedRestriction",
    "InstantField",
    "Integrity",
    "InternalNoteData",
    "Interval",
    "IntField",
    "InvalidArgument",
    "IsEmpty",
    "IsNotEmpty",
    "IsNotOneOf",
    "IsOneOf",
    "LastActivity",
    "LastMessage",
    "LinkConversationInput",
    "LinkType",
    "ListActivityLogOutput",
    "ListAgentsOutput",
    "ListBusinessHoursSchedulesOutput",
    "ListBusinessHoursSchedulesResult",
    "ListContactPointsOutput",
    "ListConversationRatingsOutput",
    "ListCustomAttributesDefinitionsOutput",
    "ListEndUserConversationsOutput",
    "ListEndUsersOutput",
    "ListField",
    "ListFlowsOutput",
    "ListInternalNotesOutput",
    "ListKnowledgeCollectionsOutput",
    "ListLinkedConversationsOutput",
    "ListMessagesOutput",
    "ListPresenceOutput",
    "ListQueuesOutput",
    "ListTagsOutput",
    "ListTeamMembersOutput",
    "ListTeamsOutput",
    "ListTemplatesOutput",
    "ListWebhookSubscriptionsEndpointOutput",
    "LongAggregateValue",
    "LongAggregateValueMeasure",
    "LongerThanOrEqualTo",
    "LongField",
    "MapAttributeValue",
    "MapConversationChannelInt",
    "MapConversationChannelSetString",
    "MapFormAttributeValue",
    "MapQueueThresholdInt",
    "MapString",
    "MapUUIDOptionAttributeValue",
    "MapVectorString",
    "MapWebhookEventTypeFilters",
    "Markdown",
    "MemberListType",
    "Message",
    "MessageAddedAttribute",
    "MessageRedactedAttribute",
    "MessengerConversation",
    "MessengerFormAttributes",
    "MetricData",
    "MetricMetadata",
    "MetricRecord",
    "MetricRecordMetadata",
    "MimeTypeImpl",
    "NoAuth",
    "NoRecentDelivery",
    "NoteAddedAttribute",
    "NotFound",
    "Nps",
    "OfferAlgorithm",
    "OneOfField",
    "OperatorIsNotOneOf",
    "OperatorIsOneOf",
    "OrganizationDetails",
    "OrganizationDetailsStatus",
    "Outbound",
    "OutboundImport",
    "PaginationLinks",
    "PartialError",
    "PatchAgentInput",
    "PatchConversationCustomAttributesOutput",
    "PatchEndUserCustomAttributesOutput",
    "PatchEndUserInput",
    "PatchEndUserOutput",
    "PatchWebhookSubscriptionInput",
    "PatchWebhookSubscriptionOutput",
    "PhoneAttributes",
    "PresenceDuration",
    "PresenceStatus",
    "Preset",
    "PresetValueObject",
    "PstnPhoneConversation",
    "Query",
    "Queue",
    "QueueAvailabilityOutput",
    "QueuedConversation",
    "QueueId",
    "QueueMember",
    "QueueMembersOutput",
    "QueueUsages",
    "QuickResponse",
    "RatingOffer",
    "RatingResult",
    "RatingStatus",
    "RatingType",
    "Recurring",
    "Regular",
    "ReopenConversationInput",
    "RequesterConnectionStatus",
    "Restrictions",
    "SearchConversationsWithFiltersOutput",
    "SearchFieldCustomAttribute",
    "SearchFieldStatus",
    "SearchOutput",
    "SearchParametersInput",
    "Select",
    "SelectOption",
    "ServerError",
    "ShorterThanOrEqualTo",
    "SideConversation",
    "Since",
    "SlaCalculationMethod",
    "Sms",
    "SmsAttributes",
    "SmsConversation",
    "State",
    "Status",
    "Strategy",
    "StringField",
    "Success",
    "Tag",
    "TagAddedAttribute",
    "TagConversationInput",
    "TagId",
    "TagRemovedAttribute",
    "TagState",
    "TagsUpdateInput",
    "Team",
    "TeamMember",
    "TelephonyEndpoint",
    "Text",
    "ThumbsUpOrDown",
    "TimeInterval",
    "TimestampField",
    "TokenAuth",
    "TooLarge",
    "TranscriptAttributes",
    "TransferConversationInput",
    "Translation",
    "Translation1",
    "TranslationError",
    "TranslationInput",
    "TranslationList",
    "TranslationTitle",
    "TwitterAttributes",
    "TwitterConversation",
    "Type",
    "Unauthorized",
    "UnexpectedError",
    "UnknownBulkError",
    "UnknownChannelAvailability",
    "UnknownChannelAvailabilityError",
    "UnknownChannelOperator",
    "UnknownCondition",
    "UnknownContactEndpoint",
    "UnknownContent",
    "UnknownConversation",
    "UnknownConversationLink",
    "UnknownCreateConversationInput",
    "UnknownCreateMessageInput",
    "UnknownDirectionOperator",
    "UnknownFieldHasSingleValueOperator",
    "UnknownFilters",
    "UnknownGetMetricDataInput",
    "UnknownGetMetricRecordsDataInput",
    "UnknownImportMessageInput",
    "UnknownMimeType",
    "UnknownStatusOperator",
    "UnknownSubmittedRatingResult",
    "UnknownTemplate",
    "UnknownVariant",
    "Until",
    "UpdateAgentInput",
    "UpdateAgentPresenceChannelInput",
    "UpdateAgentPresenceChannelInputChannel",
    "UpdateEndUserInput",
    "UpdateEndUserOutput",
    "UpdateKnowledgeArticleInput",
    "UpdateKnowledgeArticleOutput",
    "UpdateTranslationsInput",
    "UpdateTranslationsOutput",
    "UploadAttachmentsInput",
    "UploadAttachmentsOutput",
    "UserPresence",
    "UserPresenceOutput",
    "UUIDField",
    "Validation",
    "Value",
    "Values",
    "WebhookHeadersMapStringString",
    "WebhookSubscription",
    "WhatsAppAttributes",
    "WhatsAppConversation",
)
