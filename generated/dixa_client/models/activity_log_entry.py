from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime as _format_datetime
from .._datetime import from_iso as _from_iso
from .._datetime import parse_datetime as _parse_datetime
from .._datetime import read_timestamp as _read_timestamp
from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import UNKNOWN_SAFETY as _UNKNOWN_SAFETY
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..models.activity_log_entry_type import ActivityLogEntryType
from ..models.deprecated_activity_log_type import DeprecatedActivityLogType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser
    from ..models.conversation_assigned_attribute import ConversationAssignedAttribute
    from ..models.conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute
    from ..models.conversation_channel_changed_attribute import ConversationChannelChangedAttribute
    from ..models.conversation_claimed_attribute import ConversationClaimedAttribute
    from ..models.conversation_created_attribute import ConversationCreatedAttribute
    from ..models.conversation_custom_attributes_updated_attribute import ConversationCustomAttributesUpdatedAttribute
    from ..models.conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute
    from ..models.conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute
    from ..models.conversation_linked_attribute import ConversationLinkedAttribute
    from ..models.conversation_offered_attribute import ConversationOfferedAttribute
    from ..models.conversation_rated_attribute import ConversationRatedAttribute
    from ..models.conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute
    from ..models.conversation_rating_offered_attribute import ConversationRatingOfferedAttribute
    from ..models.conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute
    from ..models.conversation_reserved_attribute import ConversationReservedAttribute
    from ..models.conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute
    from ..models.conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute
    from ..models.conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute
    from ..models.conversation_transferred_attribute import ConversationTransferredAttribute
    from ..models.conversation_unassigned_attribute import ConversationUnassignedAttribute
    from ..models.message_added_attribute import MessageAddedAttribute
    from ..models.message_redacted_attribute import MessageRedactedAttribute
    from ..models.note_added_attribute import NoteAddedAttribute
    from ..models.tag_added_attribute import TagAddedAttribute
    from ..models.tag_removed_attribute import TagRemovedAttribute
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        ActivityLogUser, \
        ConversationAssignedAttribute, \
        ConversationAutoReplySentAttribute, \
        ConversationChannelChangedAttribute, \
        ConversationClaimedAttribute, \
        ConversationCreatedAttribute, \
        ConversationCustomAttributesUpdatedAttribute, \
        ConversationEndUserReplacedAttribute, \
        ConversationLanguageUpdatedAttribute, \
        ConversationLinkedAttribute, \
        ConversationOfferedAttribute, \
        ConversationRatedAttribute, \
        ConversationRatingNotOfferedAttribute, \
        ConversationRatingOfferedAttribute, \
        ConversationRatingScheduledAttribute, \
        ConversationReservedAttribute, \
        ConversationResolvedStateToggledAttribute, \
        ConversationSubjectUpdatedAttribute, \
        ConversationTranscriptionEndedAttribute, \
        ConversationTransferredAttribute, \
        ConversationUnassignedAttribute, \
        MessageAddedAttribute, \
        MessageRedactedAttribute, \
        NoteAddedAttribute, \
        TagAddedAttribute, \
        TagRemovedAttribute, \
        UnknownVariant
    from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415
    from ..models.conversation_assigned_attribute import ConversationAssignedAttribute  # noqa: PLC0415
    from ..models.conversation_auto_reply_sent_attribute import ConversationAutoReplySentAttribute  # noqa: PLC0415
    from ..models.conversation_channel_changed_attribute import ConversationChannelChangedAttribute  # noqa: PLC0415
    from ..models.conversation_claimed_attribute import ConversationClaimedAttribute  # noqa: PLC0415
    from ..models.conversation_created_attribute import ConversationCreatedAttribute  # noqa: PLC0415
    from ..models.conversation_custom_attributes_updated_attribute import ConversationCustomAttributesUpdatedAttribute  # noqa: PLC0415
    from ..models.conversation_end_user_replaced_attribute import ConversationEndUserReplacedAttribute  # noqa: PLC0415
    from ..models.conversation_language_updated_attribute import ConversationLanguageUpdatedAttribute  # noqa: PLC0415
    from ..models.conversation_linked_attribute import ConversationLinkedAttribute  # noqa: PLC0415
    from ..models.conversation_offered_attribute import ConversationOfferedAttribute  # noqa: PLC0415
    from ..models.conversation_rated_attribute import ConversationRatedAttribute  # noqa: PLC0415
    from ..models.conversation_rating_not_offered_attribute import ConversationRatingNotOfferedAttribute  # noqa: PLC0415
    from ..models.conversation_rating_offered_attribute import ConversationRatingOfferedAttribute  # noqa: PLC0415
    from ..models.conversation_rating_scheduled_attribute import ConversationRatingScheduledAttribute  # noqa: PLC0415
    from ..models.conversation_reserved_attribute import ConversationReservedAttribute  # noqa: PLC0415
    from ..models.conversation_resolved_state_toggled_attribute import ConversationResolvedStateToggledAttribute  # noqa: PLC0415
    from ..models.conversation_subject_updated_attribute import ConversationSubjectUpdatedAttribute  # noqa: PLC0415
    from ..models.conversation_transcription_ended_attribute import ConversationTranscriptionEndedAttribute  # noqa: PLC0415
    from ..models.conversation_transferred_attribute import ConversationTransferredAttribute  # noqa: PLC0415
    from ..models.conversation_unassigned_attribute import ConversationUnassignedAttribute  # noqa: PLC0415
    from ..models.message_added_attribute import MessageAddedAttribute  # noqa: PLC0415
    from ..models.message_redacted_attribute import MessageRedactedAttribute  # noqa: PLC0415
    from ..models.note_added_attribute import NoteAddedAttribute  # noqa: PLC0415
    from ..models.tag_added_attribute import TagAddedAttribute  # noqa: PLC0415
    from ..models.tag_removed_attribute import TagRemovedAttribute  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
    id: UUID
    conversation_id: int
    activity_timestamp: datetime.datetime
    activity_type: DeprecatedActivityLogType
    """ Replaced by _type field """
    field_type_: ActivityLogEntryType
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
        | UnknownVariant
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "conversationId", "activityTimestamp", "activityType", "_type"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["id", "conversationId", "activityTimestamp", "activityType", "_type", "author", "attributes"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "conversation_id": "conversationId",
        "activity_timestamp": "activityTimestamp",
        "activity_type": "activityType",
        "field_type_": "_type",
        "author": "author",
        "attributes": "attributes",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = str(self.id)

        conversation_id = self.conversation_id

        activity_timestamp = _format_datetime(self.activity_timestamp)

        activity_type = self.activity_type.value

        field_type_ = self.field_type_.value

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        attributes: dict[str, Any] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, ConversationAssignedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationAutoReplySentAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationChannelChangedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationClaimedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationCreatedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationCustomAttributesUpdatedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationEndUserReplacedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationLanguageUpdatedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationLinkedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationOfferedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationRatedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationRatingNotOfferedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationRatingOfferedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationRatingScheduledAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationReservedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationResolvedStateToggledAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationSubjectUpdatedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationTranscriptionEndedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationTransferredAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ConversationUnassignedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, MessageAddedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, MessageRedactedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, NoteAddedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, TagAddedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, TagRemovedAttribute):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        else:
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)

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
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ActivityLogEntry:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            conversation_id = _expect_int(d.pop("conversationId"))
        except Exception as _exc:
            raise _at(_exc, "conversationId") from _exc

        try:
            activity_timestamp = _parse_datetime(d.pop("activityTimestamp"))

        except Exception as _exc:
            raise _at(_exc, "activityTimestamp") from _exc

        try:
            activity_type = DeprecatedActivityLogType.parse(_expect_str(d.pop("activityType")))

        except Exception as _exc:
            raise _at(_exc, "activityType") from _exc

        try:
            field_type_ = ActivityLogEntryType.parse(_expect_str(d.pop("_type")))

        except Exception as _exc:
            raise _at(_exc, "_type") from _exc

        try:
            _author = _value if (_value := d.pop("author", UNSET)) is not None else UNSET
            author: ActivityLogUser | Unset
            if isinstance(_author, Unset):
                author = UNSET
            else:
                author = ActivityLogUser.from_dict(_author)

        except Exception as _exc:
            raise _at(_exc, "author") from _exc

        try:
            attributes = cast(
                "ConversationAssignedAttribute | ConversationAutoReplySentAttribute | ConversationChannelChangedAttribute | ConversationClaimedAttribute | ConversationCreatedAttribute | ConversationCustomAttributesUpdatedAttribute | ConversationEndUserReplacedAttribute | ConversationLanguageUpdatedAttribute | ConversationLinkedAttribute | ConversationOfferedAttribute | ConversationRatedAttribute | ConversationRatingNotOfferedAttribute | ConversationRatingOfferedAttribute | ConversationRatingScheduledAttribute | ConversationReservedAttribute | ConversationResolvedStateToggledAttribute | ConversationSubjectUpdatedAttribute | ConversationTranscriptionEndedAttribute | ConversationTransferredAttribute | ConversationUnassignedAttribute | MessageAddedAttribute | MessageRedactedAttribute | NoteAddedAttribute | TagAddedAttribute | TagRemovedAttribute | UnknownVariant | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("attributes", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant(
                            "ConversationAssignedAttribute",
                            _is_mapping,
                            ConversationAssignedAttribute.from_dict,
                            ConversationAssignedAttribute,
                        ),
                        _Variant(
                            "ConversationAutoReplySentAttribute",
                            _is_mapping,
                            ConversationAutoReplySentAttribute.from_dict,
                            ConversationAutoReplySentAttribute,
                        ),
                        _Variant(
                            "ConversationChannelChangedAttribute",
                            _is_mapping,
                            ConversationChannelChangedAttribute.from_dict,
                            ConversationChannelChangedAttribute,
                        ),
                        _Variant(
                            "ConversationClaimedAttribute",
                            _is_mapping,
                            ConversationClaimedAttribute.from_dict,
                            ConversationClaimedAttribute,
                        ),
                        _Variant(
                            "ConversationCreatedAttribute",
                            _is_mapping,
                            ConversationCreatedAttribute.from_dict,
                            ConversationCreatedAttribute,
                        ),
                        _Variant(
                            "ConversationCustomAttributesUpdatedAttribute",
                            _is_mapping,
                            ConversationCustomAttributesUpdatedAttribute.from_dict,
                            ConversationCustomAttributesUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationEndUserReplacedAttribute",
                            _is_mapping,
                            ConversationEndUserReplacedAttribute.from_dict,
                            ConversationEndUserReplacedAttribute,
                        ),
                        _Variant(
                            "ConversationLanguageUpdatedAttribute",
                            _is_mapping,
                            ConversationLanguageUpdatedAttribute.from_dict,
                            ConversationLanguageUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationLinkedAttribute",
                            _is_mapping,
                            ConversationLinkedAttribute.from_dict,
                            ConversationLinkedAttribute,
                        ),
                        _Variant(
                            "ConversationOfferedAttribute",
                            _is_mapping,
                            ConversationOfferedAttribute.from_dict,
                            ConversationOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatedAttribute",
                            _is_mapping,
                            ConversationRatedAttribute.from_dict,
                            ConversationRatedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingNotOfferedAttribute",
                            _is_mapping,
                            ConversationRatingNotOfferedAttribute.from_dict,
                            ConversationRatingNotOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingOfferedAttribute",
                            _is_mapping,
                            ConversationRatingOfferedAttribute.from_dict,
                            ConversationRatingOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingScheduledAttribute",
                            _is_mapping,
                            ConversationRatingScheduledAttribute.from_dict,
                            ConversationRatingScheduledAttribute,
                        ),
                        _Variant(
                            "ConversationReservedAttribute",
                            _is_mapping,
                            ConversationReservedAttribute.from_dict,
                            ConversationReservedAttribute,
                        ),
                        _Variant(
                            "ConversationResolvedStateToggledAttribute",
                            _is_mapping,
                            ConversationResolvedStateToggledAttribute.from_dict,
                            ConversationResolvedStateToggledAttribute,
                        ),
                        _Variant(
                            "ConversationSubjectUpdatedAttribute",
                            _is_mapping,
                            ConversationSubjectUpdatedAttribute.from_dict,
                            ConversationSubjectUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationTranscriptionEndedAttribute",
                            _is_mapping,
                            ConversationTranscriptionEndedAttribute.from_dict,
                            ConversationTranscriptionEndedAttribute,
                        ),
                        _Variant(
                            "ConversationTransferredAttribute",
                            _is_mapping,
                            ConversationTransferredAttribute.from_dict,
                            ConversationTransferredAttribute,
                        ),
                        _Variant(
                            "ConversationUnassignedAttribute",
                            _is_mapping,
                            ConversationUnassignedAttribute.from_dict,
                            ConversationUnassignedAttribute,
                        ),
                        _Variant(
                            "MessageAddedAttribute", _is_mapping, MessageAddedAttribute.from_dict, MessageAddedAttribute
                        ),
                        _Variant(
                            "MessageRedactedAttribute",
                            _is_mapping,
                            MessageRedactedAttribute.from_dict,
                            MessageRedactedAttribute,
                        ),
                        _Variant("NoteAddedAttribute", _is_mapping, NoteAddedAttribute.from_dict, NoteAddedAttribute),
                        _Variant("TagAddedAttribute", _is_mapping, TagAddedAttribute.from_dict, TagAddedAttribute),
                        _Variant(
                            "TagRemovedAttribute", _is_mapping, TagRemovedAttribute.from_dict, TagRemovedAttribute
                        ),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "attributes") from _exc

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


_new = object.__new__
_DIXA_VALUES_ActivityLogEntryType: dict[Any, Any] = (
    ActivityLogEntryType._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_VALUES_DeprecatedActivityLogType: dict[Any, Any] = (
    DeprecatedActivityLogType._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "conversationId",
        "activityTimestamp",
        "activityType",
        "_type",
        "author",
        "attributes",
    ]
)


def _decode(_dixa_d: Any) -> ActivityLogEntry:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ActivityLogEntry)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["conversationId"]
    if _dixa_v.__class__ is not int:
        raise _FastPathMiss
    _dixa_o.conversation_id = _dixa_v

    _dixa_v = _dixa_d["activityTimestamp"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.activity_timestamp = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.activity_timestamp = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["activityType"]
    _dixa_o.activity_type = _DIXA_VALUES_DeprecatedActivityLogType.get(_dixa_v) or DeprecatedActivityLogType.parse(
        _dixa_v
    )

    _dixa_v = _dixa_d["_type"]
    _dixa_o.field_type_ = _DIXA_VALUES_ActivityLogEntryType.get(_dixa_v) or ActivityLogEntryType.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 5  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.author = _dixa_o.attributes = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("author")
    if _dixa_v is None:
        _dixa_o.author = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.author = ActivityLogUser.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("attributes")
    if _dixa_v is None:
        _dixa_o.attributes = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("attributes")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["attributes"] = _tag_decoders(
                ConversationAssignedAttribute,
                ConversationAutoReplySentAttribute,
                ConversationChannelChangedAttribute,
                ConversationClaimedAttribute,
                ConversationCreatedAttribute,
                ConversationCustomAttributesUpdatedAttribute,
                ConversationEndUserReplacedAttribute,
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
                MessageAddedAttribute,
                MessageRedactedAttribute,
                NoteAddedAttribute,
                TagAddedAttribute,
                TagRemovedAttribute,
                UnknownVariant,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            attributes = cast(
                "ConversationAssignedAttribute | ConversationAutoReplySentAttribute | ConversationChannelChangedAttribute | ConversationClaimedAttribute | ConversationCreatedAttribute | ConversationCustomAttributesUpdatedAttribute | ConversationEndUserReplacedAttribute | ConversationLanguageUpdatedAttribute | ConversationLinkedAttribute | ConversationOfferedAttribute | ConversationRatedAttribute | ConversationRatingNotOfferedAttribute | ConversationRatingOfferedAttribute | ConversationRatingScheduledAttribute | ConversationReservedAttribute | ConversationResolvedStateToggledAttribute | ConversationSubjectUpdatedAttribute | ConversationTranscriptionEndedAttribute | ConversationTransferredAttribute | ConversationUnassignedAttribute | MessageAddedAttribute | MessageRedactedAttribute | NoteAddedAttribute | TagAddedAttribute | TagRemovedAttribute | UnknownVariant | Unset",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant(
                            "ConversationAssignedAttribute",
                            _is_mapping,
                            ConversationAssignedAttribute.from_dict,
                            ConversationAssignedAttribute,
                        ),
                        _Variant(
                            "ConversationAutoReplySentAttribute",
                            _is_mapping,
                            ConversationAutoReplySentAttribute.from_dict,
                            ConversationAutoReplySentAttribute,
                        ),
                        _Variant(
                            "ConversationChannelChangedAttribute",
                            _is_mapping,
                            ConversationChannelChangedAttribute.from_dict,
                            ConversationChannelChangedAttribute,
                        ),
                        _Variant(
                            "ConversationClaimedAttribute",
                            _is_mapping,
                            ConversationClaimedAttribute.from_dict,
                            ConversationClaimedAttribute,
                        ),
                        _Variant(
                            "ConversationCreatedAttribute",
                            _is_mapping,
                            ConversationCreatedAttribute.from_dict,
                            ConversationCreatedAttribute,
                        ),
                        _Variant(
                            "ConversationCustomAttributesUpdatedAttribute",
                            _is_mapping,
                            ConversationCustomAttributesUpdatedAttribute.from_dict,
                            ConversationCustomAttributesUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationEndUserReplacedAttribute",
                            _is_mapping,
                            ConversationEndUserReplacedAttribute.from_dict,
                            ConversationEndUserReplacedAttribute,
                        ),
                        _Variant(
                            "ConversationLanguageUpdatedAttribute",
                            _is_mapping,
                            ConversationLanguageUpdatedAttribute.from_dict,
                            ConversationLanguageUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationLinkedAttribute",
                            _is_mapping,
                            ConversationLinkedAttribute.from_dict,
                            ConversationLinkedAttribute,
                        ),
                        _Variant(
                            "ConversationOfferedAttribute",
                            _is_mapping,
                            ConversationOfferedAttribute.from_dict,
                            ConversationOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatedAttribute",
                            _is_mapping,
                            ConversationRatedAttribute.from_dict,
                            ConversationRatedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingNotOfferedAttribute",
                            _is_mapping,
                            ConversationRatingNotOfferedAttribute.from_dict,
                            ConversationRatingNotOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingOfferedAttribute",
                            _is_mapping,
                            ConversationRatingOfferedAttribute.from_dict,
                            ConversationRatingOfferedAttribute,
                        ),
                        _Variant(
                            "ConversationRatingScheduledAttribute",
                            _is_mapping,
                            ConversationRatingScheduledAttribute.from_dict,
                            ConversationRatingScheduledAttribute,
                        ),
                        _Variant(
                            "ConversationReservedAttribute",
                            _is_mapping,
                            ConversationReservedAttribute.from_dict,
                            ConversationReservedAttribute,
                        ),
                        _Variant(
                            "ConversationResolvedStateToggledAttribute",
                            _is_mapping,
                            ConversationResolvedStateToggledAttribute.from_dict,
                            ConversationResolvedStateToggledAttribute,
                        ),
                        _Variant(
                            "ConversationSubjectUpdatedAttribute",
                            _is_mapping,
                            ConversationSubjectUpdatedAttribute.from_dict,
                            ConversationSubjectUpdatedAttribute,
                        ),
                        _Variant(
                            "ConversationTranscriptionEndedAttribute",
                            _is_mapping,
                            ConversationTranscriptionEndedAttribute.from_dict,
                            ConversationTranscriptionEndedAttribute,
                        ),
                        _Variant(
                            "ConversationTransferredAttribute",
                            _is_mapping,
                            ConversationTransferredAttribute.from_dict,
                            ConversationTransferredAttribute,
                        ),
                        _Variant(
                            "ConversationUnassignedAttribute",
                            _is_mapping,
                            ConversationUnassignedAttribute.from_dict,
                            ConversationUnassignedAttribute,
                        ),
                        _Variant(
                            "MessageAddedAttribute", _is_mapping, MessageAddedAttribute.from_dict, MessageAddedAttribute
                        ),
                        _Variant(
                            "MessageRedactedAttribute",
                            _is_mapping,
                            MessageRedactedAttribute.from_dict,
                            MessageRedactedAttribute,
                        ),
                        _Variant("NoteAddedAttribute", _is_mapping, NoteAddedAttribute.from_dict, NoteAddedAttribute),
                        _Variant("TagAddedAttribute", _is_mapping, TagAddedAttribute.from_dict, TagAddedAttribute),
                        _Variant(
                            "TagRemovedAttribute", _is_mapping, TagRemovedAttribute.from_dict, TagRemovedAttribute
                        ),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.attributes = attributes

        else:
            _dixa_o.attributes = _dixa_decode(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ActivityLogEntry.__dixa_decode__ = _decode
