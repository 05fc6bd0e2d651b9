"""Every union of models in the API under its own name, to annotate with: `def show(c: Conversation)`.

The same unions the models use (`GetConversationOutput.data`), fallback member included. What all
members share reads without narrowing (`conversation.created_at`); narrow with `isinstance` for
the rest. Written by scripts/union_aliases.py.
"""

from __future__ import annotations

from typing import TypeAlias

from .models import (
    AgentId,
    AgentPresenceDurationValue,
    AnonymizedConversation,
    AssignedDate,
    BasicAuth,
    Between,
    BooleanField,
    BulkActionFailureBulkErrorAgent,
    BulkActionFailureBulkErrorEndUser,
    BulkActionFailureBulkErrorUUID,
    BulkActionFailureErrorResponseInternalNoteData,
    BulkActionSuccessBulkErrorAgent,
    BulkActionSuccessBulkErrorEndUser,
    BulkActionSuccessBulkErrorUUID,
    BulkActionSuccessErrorResponseInternalNoteData,
    BulkErrorNotFound,
    Callback,
    CallRecordingAttributes,
    Channel,
    Chat,
    ChatAttributes,
    ChatConversation,
    ClosedDate,
    CombinedFilters,
    CombinedFiltersConditionIsNotOneOf,
    CombinedFiltersConditionIsOneOf,
    ContactForm,
    ContactFormAttributes,
    ContactFormConversation,
    ContactId,
    ConversationAssignedAttribute,
    ConversationAutoReplySentAttribute,
    ConversationChannelChangedAttribute,
    ConversationClaimedAttribute,
    ConversationCreatedAttribute,
    ConversationCustomAttributesUpdatedAttribute,
    ConversationEndUserReplacedAttribute,
    ConversationId,
    ConversationLanguageUpdatedAttribute,
    ConversationLinkedAttribute,
    ConversationOfferedAttribute,
    ConversationRatedAttribute,
    ConversationRatingNotOfferedAttribute,
    ConversationRatingOfferedAttribute,
    ConversationRatingScheduledAttribute,
    ConversationReservedAttribute,
    ConversationResolvedStateToggledAttribute,
    ConversationSubjectUpdatedAttribute,
    ConversationTranscriptionEndedAttribute,
    ConversationTransferredAttribute,
    ConversationUnassignedAttribute,
    CreationDate,
    Csat,
    CustomAttributeInputDefinitionSelect,
    CustomAttributeInputDefinitionText,
    CustomAttributeOperatorIsNotOneOf,
    CustomAttributeOperatorIsOneOf,
    DeliveryDetail,
    Direction,
    DoubleAggregateValue,
    DoubleField,
    Duration,
    DurationOperatorBetween,
    Email,
    EmailAttributes,
    EmailAutoReply,
    EmailConversation,
    EmailEndpoint,
    EmailForward,
    EmptyPatchSet,
    ErrorResponse,
    ExcludesAll,
    ExcludesOne,
    FacebookMessengerAttributes,
    FacebookMessengerConversation,
    Failure,
    FollowUp,
    GenericAttributes,
    GenericChannel,
    GenericConversation,
    GetMetricDataInputCsidFilter,
    GetMetricDataInputPeriodFilter,
    GetMetricRecordsDataInputCsidFilter,
    GetMetricRecordsDataInputPeriodFilter,
    Html,
    Inbound,
    InboundImport,
    IncludesAll,
    IncludesOne,
    Infrastructure,
    InstantField,
    Integrity,
    Interval,
    IntField,
    InvalidArgument,
    IsEmpty,
    IsNotEmpty,
    IsNotOneOf,
    IsOneOf,
    LastActivity,
    LastMessage,
    ListField,
    LongAggregateValue,
    LongerThanOrEqualTo,
    LongField,
    Markdown,
    MessageAddedAttribute,
    MessageRedactedAttribute,
    MessengerConversation,
    MessengerFormAttributes,
    MimeTypeImpl,
    NoAuth,
    NoRecentDelivery,
    NoteAddedAttribute,
    Nps,
    OperatorIsNotOneOf,
    OperatorIsOneOf,
    Outbound,
    OutboundImport,
    PhoneAttributes,
    Preset,
    PstnPhoneConversation,
    QueueId,
    QuickResponse,
    Regular,
    SearchFieldCustomAttribute,
    SearchFieldStatus,
    ShorterThanOrEqualTo,
    SideConversation,
    Since,
    Sms,
    SmsAttributes,
    SmsConversation,
    StringField,
    Success,
    TagAddedAttribute,
    TagId,
    TagRemovedAttribute,
    TelephonyEndpoint,
    Text,
    ThumbsUpOrDown,
    TimestampField,
    TokenAuth,
    TooLarge,
    TranscriptAttributes,
    TwitterAttributes,
    TwitterConversation,
    UnexpectedError,
    UnknownBulkError,
    UnknownChannelAvailability,
    UnknownChannelAvailabilityError,
    UnknownChannelOperator,
    UnknownCondition,
    UnknownContactEndpoint,
    UnknownContent,
    UnknownConversation,
    UnknownConversationLink,
    UnknownCreateConversationInput,
    UnknownCreateMessageInput,
    UnknownDirectionOperator,
    UnknownFieldHasSingleValueOperator,
    UnknownFilters,
    UnknownGetMetricDataInput,
    UnknownGetMetricRecordsDataInput,
    UnknownImportMessageInput,
    UnknownMimeType,
    UnknownStatusOperator,
    UnknownSubmittedRatingResult,
    UnknownTemplate,
    UnknownVariant,
    Until,
    UUIDField,
    Validation,
    WhatsAppAttributes,
    WhatsAppConversation,
)

__all__ = [
    "ActivityLogAttribute",
    "AggregateValue",
    "Attributes",
    "BulkActionOutcomeBulkErrorAgent",
    "BulkActionOutcomeBulkErrorEndUser",
    "BulkActionOutcomeBulkErrorUUID",
    "BulkActionOutcomeErrorResponseInternalNoteData",
    "BulkError",
    "ChannelAvailability",
    "ChannelAvailabilityError",
    "ChannelAvailabilityOutcome",
    "ChannelOperator",
    "CombinedFiltersCondition",
    "ContactEndpoint",
    "Content",
    "Conversation",
    "ConversationLink",
    "CreateConversationInput",
    "CreateMessageInput",
    "CustomAttributeInputDefinition",
    "CustomAttributeOperator",
    "DeliveryStatus",
    "DirectionOperator",
    "DurationOperator",
    "EmailContent",
    "FieldCanHaveMultipleValuesOrBeEmptyOperator",
    "FieldCanHaveSingleValueOrBeEmptyOperator",
    "FieldHasSingleValueOperator",
    "FieldType",
    "Filters1",
    "GetMetricDataInput",
    "GetMetricRecordsDataInput",
    "ImportMessageInput",
    "MimeType",
    "PeriodFilter",
    "PrimitiveField",
    "SearchField",
    "StatusOperator",
    "SubmittedRatingResult",
    "Template",
    "TimestampOperator",
    "WebhookAuthorization",
]

ActivityLogAttribute: TypeAlias = (
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
    | UnknownVariant
)
AggregateValue: TypeAlias = AgentPresenceDurationValue | DoubleAggregateValue | LongAggregateValue | UnknownVariant
Attributes: TypeAlias = (
    CallRecordingAttributes
    | ChatAttributes
    | ContactFormAttributes
    | EmailAttributes
    | FacebookMessengerAttributes
    | GenericAttributes
    | MessengerFormAttributes
    | PhoneAttributes
    | SmsAttributes
    | TranscriptAttributes
    | TwitterAttributes
    | UnknownVariant
    | WhatsAppAttributes
)
BulkActionOutcomeBulkErrorAgent: TypeAlias = (
    BulkActionFailureBulkErrorAgent | BulkActionSuccessBulkErrorAgent | UnknownVariant
)
BulkActionOutcomeBulkErrorEndUser: TypeAlias = (
    BulkActionFailureBulkErrorEndUser | BulkActionSuccessBulkErrorEndUser | UnknownVariant
)
BulkActionOutcomeBulkErrorUUID: TypeAlias = (
    BulkActionFailureBulkErrorUUID | BulkActionSuccessBulkErrorUUID | UnknownVariant
)
BulkActionOutcomeErrorResponseInternalNoteData: TypeAlias = (
    BulkActionFailureErrorResponseInternalNoteData | BulkActionSuccessErrorResponseInternalNoteData | UnknownVariant
)
BulkError: TypeAlias = (
    BulkErrorNotFound
    | EmptyPatchSet
    | ErrorResponse
    | Infrastructure
    | Integrity
    | InvalidArgument
    | UnknownBulkError
    | Validation
)
ChannelAvailability: TypeAlias = GenericChannel | UnknownChannelAvailability
ChannelAvailabilityError: TypeAlias = UnexpectedError | UnknownChannelAvailabilityError
ChannelAvailabilityOutcome: TypeAlias = Failure | Success | UnknownVariant
ChannelOperator: TypeAlias = OperatorIsNotOneOf | OperatorIsOneOf | UnknownChannelOperator
CombinedFiltersCondition: TypeAlias = (
    CombinedFiltersConditionIsNotOneOf | CombinedFiltersConditionIsOneOf | UnknownCondition
)
ContactEndpoint: TypeAlias = EmailEndpoint | TelephonyEndpoint | UnknownContactEndpoint
Content: TypeAlias = Html | Markdown | Text | UnknownContent
Conversation: TypeAlias = (
    AnonymizedConversation
    | ChatConversation
    | ContactFormConversation
    | EmailConversation
    | FacebookMessengerConversation
    | GenericConversation
    | MessengerConversation
    | PstnPhoneConversation
    | SmsConversation
    | TwitterConversation
    | UnknownConversation
    | WhatsAppConversation
)
ConversationLink: TypeAlias = EmailForward | FollowUp | SideConversation | UnknownConversationLink
CreateConversationInput: TypeAlias = Callback | Chat | ContactForm | Email | Sms | UnknownCreateConversationInput
CreateMessageInput: TypeAlias = Inbound | Outbound | UnknownCreateMessageInput
CustomAttributeInputDefinition: TypeAlias = (
    CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText | UnknownVariant
)
CustomAttributeOperator: TypeAlias = (
    CustomAttributeOperatorIsNotOneOf | CustomAttributeOperatorIsOneOf | IsEmpty | IsNotEmpty | UnknownVariant
)
DeliveryStatus: TypeAlias = DeliveryDetail | NoRecentDelivery | UnknownVariant
DirectionOperator: TypeAlias = OperatorIsNotOneOf | OperatorIsOneOf | UnknownDirectionOperator
DurationOperator: TypeAlias = DurationOperatorBetween | LongerThanOrEqualTo | ShorterThanOrEqualTo | UnknownVariant
EmailContent: TypeAlias = Regular | TooLarge | UnknownVariant
FieldCanHaveMultipleValuesOrBeEmptyOperator: TypeAlias = (
    ExcludesAll | ExcludesOne | IncludesAll | IncludesOne | IsEmpty | IsNotEmpty | UnknownVariant
)
FieldCanHaveSingleValueOrBeEmptyOperator: TypeAlias = IsEmpty | IsNotEmpty | IsNotOneOf | IsOneOf | UnknownVariant
FieldHasSingleValueOperator: TypeAlias = IsNotOneOf | IsOneOf | UnknownFieldHasSingleValueOperator
FieldType: TypeAlias = (
    BooleanField
    | DoubleField
    | InstantField
    | IntField
    | ListField
    | LongField
    | StringField
    | TimestampField
    | UUIDField
    | UnknownVariant
)
Filters1: TypeAlias = CombinedFilters | UnknownFilters
GetMetricDataInput: TypeAlias = (
    GetMetricDataInputCsidFilter | GetMetricDataInputPeriodFilter | UnknownGetMetricDataInput
)
GetMetricRecordsDataInput: TypeAlias = (
    GetMetricRecordsDataInputCsidFilter | GetMetricRecordsDataInputPeriodFilter | UnknownGetMetricRecordsDataInput
)
ImportMessageInput: TypeAlias = InboundImport | OutboundImport | UnknownImportMessageInput
MimeType: TypeAlias = MimeTypeImpl | UnknownMimeType
PeriodFilter: TypeAlias = Interval | Preset | UnknownVariant
PrimitiveField: TypeAlias = (
    BooleanField | DoubleField | InstantField | IntField | LongField | StringField | UUIDField | UnknownVariant
)
SearchField: TypeAlias = (
    AgentId
    | AssignedDate
    | Channel
    | ClosedDate
    | ContactId
    | ConversationId
    | CreationDate
    | Direction
    | Duration
    | LastActivity
    | LastMessage
    | QueueId
    | SearchFieldCustomAttribute
    | SearchFieldStatus
    | TagId
    | UnknownVariant
)
StatusOperator: TypeAlias = OperatorIsNotOneOf | OperatorIsOneOf | UnknownStatusOperator
SubmittedRatingResult: TypeAlias = Csat | Nps | ThumbsUpOrDown | UnknownSubmittedRatingResult
Template: TypeAlias = EmailAutoReply | QuickResponse | UnknownTemplate
TimestampOperator: TypeAlias = Between | Since | UnknownVariant | Until
WebhookAuthorization: TypeAlias = BasicAuth | NoAuth | TokenAuth | UnknownVariant
