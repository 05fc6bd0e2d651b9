from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object

if TYPE_CHECKING:
    from ..models.agent_id import AgentId
    from ..models.assigned_date import AssignedDate
    from ..models.channel import Channel
    from ..models.closed_date import ClosedDate
    from ..models.contact_id import ContactId
    from ..models.conversation_id import ConversationId
    from ..models.creation_date import CreationDate
    from ..models.direction import Direction
    from ..models.duration import Duration
    from ..models.last_activity import LastActivity
    from ..models.last_message import LastMessage
    from ..models.queue_id import QueueId
    from ..models.search_field_custom_attribute import SearchFieldCustomAttribute
    from ..models.search_field_status import SearchFieldStatus
    from ..models.tag_id import TagId
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        AgentId, \
        AssignedDate, \
        Channel, \
        ClosedDate, \
        ContactId, \
        ConversationId, \
        CreationDate, \
        Direction, \
        Duration, \
        LastActivity, \
        LastMessage, \
        QueueId, \
        SearchFieldCustomAttribute, \
        SearchFieldStatus, \
        TagId, \
        UnknownVariant
    from ..models.agent_id import AgentId  # noqa: PLC0415
    from ..models.assigned_date import AssignedDate  # noqa: PLC0415
    from ..models.channel import Channel  # noqa: PLC0415
    from ..models.closed_date import ClosedDate  # noqa: PLC0415
    from ..models.contact_id import ContactId  # noqa: PLC0415
    from ..models.conversation_id import ConversationId  # noqa: PLC0415
    from ..models.creation_date import CreationDate  # noqa: PLC0415
    from ..models.direction import Direction  # noqa: PLC0415
    from ..models.duration import Duration  # noqa: PLC0415
    from ..models.last_activity import LastActivity  # noqa: PLC0415
    from ..models.last_message import LastMessage  # noqa: PLC0415
    from ..models.queue_id import QueueId  # noqa: PLC0415
    from ..models.search_field_custom_attribute import SearchFieldCustomAttribute  # noqa: PLC0415
    from ..models.search_field_status import SearchFieldStatus  # noqa: PLC0415
    from ..models.tag_id import TagId  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    field: (
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["field"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["field"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"field": "field"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        field: dict[str, Any]
        if isinstance(self.field, AgentId):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, AssignedDate):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, Channel):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, ClosedDate):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, ContactId):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, ConversationId):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, CreationDate):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, SearchFieldCustomAttribute):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, Direction):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, Duration):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, LastActivity):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, LastMessage):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, QueueId):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, SearchFieldStatus):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        elif isinstance(self.field, TagId):
            field = self.field.to_dict()
            field = _tagged(self.field, field)
        else:
            field = self.field.to_dict()
            field = _tagged(self.field, field)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Condition:
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
            field = cast(
                "AgentId | AssignedDate | Channel | ClosedDate | ContactId | ConversationId | CreationDate | Direction | Duration | LastActivity | LastMessage | QueueId | SearchFieldCustomAttribute | SearchFieldStatus | TagId | UnknownVariant",
                _resolve_union(
                    d.pop("field"),
                    lambda: (
                        _Variant("AgentId", _is_mapping, AgentId.from_dict, AgentId),
                        _Variant("AssignedDate", _is_mapping, AssignedDate.from_dict, AssignedDate),
                        _Variant("Channel", _is_mapping, Channel.from_dict, Channel),
                        _Variant("ClosedDate", _is_mapping, ClosedDate.from_dict, ClosedDate),
                        _Variant("ContactId", _is_mapping, ContactId.from_dict, ContactId),
                        _Variant("ConversationId", _is_mapping, ConversationId.from_dict, ConversationId),
                        _Variant("CreationDate", _is_mapping, CreationDate.from_dict, CreationDate),
                        _Variant(
                            "SearchFieldCustomAttribute",
                            _is_mapping,
                            SearchFieldCustomAttribute.from_dict,
                            SearchFieldCustomAttribute,
                        ),
                        _Variant("Direction", _is_mapping, Direction.from_dict, Direction),
                        _Variant("Duration", _is_mapping, Duration.from_dict, Duration),
                        _Variant("LastActivity", _is_mapping, LastActivity.from_dict, LastActivity),
                        _Variant("LastMessage", _is_mapping, LastMessage.from_dict, LastMessage),
                        _Variant("QueueId", _is_mapping, QueueId.from_dict, QueueId),
                        _Variant("SearchFieldStatus", _is_mapping, SearchFieldStatus.from_dict, SearchFieldStatus),
                        _Variant("TagId", _is_mapping, TagId.from_dict, TagId),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "field") from _exc

        _instance = cls(
            field=field,
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
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "field",
    ]
)


def _decode(_dixa_d: Any) -> Condition:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Condition)
    _dixa_v = _dixa_d["field"]
    _dixa_tags = _DIXA_TAGS.get("field")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["field"] = _tag_decoders(
            AgentId,
            AssignedDate,
            Channel,
            ClosedDate,
            ContactId,
            ConversationId,
            CreationDate,
            SearchFieldCustomAttribute,
            Direction,
            Duration,
            LastActivity,
            LastMessage,
            QueueId,
            SearchFieldStatus,
            TagId,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        field = cast(
            "AgentId | AssignedDate | Channel | ClosedDate | ContactId | ConversationId | CreationDate | Direction | Duration | LastActivity | LastMessage | QueueId | SearchFieldCustomAttribute | SearchFieldStatus | TagId | UnknownVariant",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("AgentId", _is_mapping, AgentId.from_dict, AgentId),
                    _Variant("AssignedDate", _is_mapping, AssignedDate.from_dict, AssignedDate),
                    _Variant("Channel", _is_mapping, Channel.from_dict, Channel),
                    _Variant("ClosedDate", _is_mapping, ClosedDate.from_dict, ClosedDate),
                    _Variant("ContactId", _is_mapping, ContactId.from_dict, ContactId),
                    _Variant("ConversationId", _is_mapping, ConversationId.from_dict, ConversationId),
                    _Variant("CreationDate", _is_mapping, CreationDate.from_dict, CreationDate),
                    _Variant(
                        "SearchFieldCustomAttribute",
                        _is_mapping,
                        SearchFieldCustomAttribute.from_dict,
                        SearchFieldCustomAttribute,
                    ),
                    _Variant("Direction", _is_mapping, Direction.from_dict, Direction),
                    _Variant("Duration", _is_mapping, Duration.from_dict, Duration),
                    _Variant("LastActivity", _is_mapping, LastActivity.from_dict, LastActivity),
                    _Variant("LastMessage", _is_mapping, LastMessage.from_dict, LastMessage),
                    _Variant("QueueId", _is_mapping, QueueId.from_dict, QueueId),
                    _Variant("SearchFieldStatus", _is_mapping, SearchFieldStatus.from_dict, SearchFieldStatus),
                    _Variant("TagId", _is_mapping, TagId.from_dict, TagId),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.field = field

    else:
        _dixa_o.field = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Condition.__dixa_decode__ = _decode
