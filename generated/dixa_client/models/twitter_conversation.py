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
from ..models.conversation_channel import ConversationChannel
from ..models.conversation_direction import ConversationDirection
from ..models.conversation_type import ConversationType
from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.conversation_queue import ConversationQueue
    from ..models.custom_attribute import CustomAttribute
    from ..models.email_forward import EmailForward
    from ..models.follow_up import FollowUp
    from ..models.side_conversation import SideConversation
    from ..models.unknown_conversation_link import UnknownConversationLink

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        Assignment, \
        ConversationQueue, \
        CustomAttribute, \
        EmailForward, \
        FollowUp, \
        SideConversation, \
        UnknownConversationLink
    from ..models.assignment import Assignment  # noqa: PLC0415
    from ..models.conversation_queue import ConversationQueue  # noqa: PLC0415
    from ..models.custom_attribute import CustomAttribute  # noqa: PLC0415
    from ..models.email_forward import EmailForward  # noqa: PLC0415
    from ..models.follow_up import FollowUp  # noqa: PLC0415
    from ..models.side_conversation import SideConversation  # noqa: PLC0415
    from ..models.unknown_conversation_link import UnknownConversationLink  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="TwitterConversation")


@_attrs_define
class TwitterConversation:
    id: int
    requester_id: UUID
    channel: ConversationChannel
    created_at: datetime.datetime
    conversation_type: ConversationType
    contact_point_twitter_id: str | Unset = UNSET
    end_user_twitter_id: str | Unset = UNSET
    direction: ConversationDirection | Unset = UNSET
    state: State | Unset = UNSET
    state_updated_at: datetime.datetime | Unset = UNSET
    assignment: Assignment | Unset = UNSET
    queue: ConversationQueue | Unset = UNSET
    link: EmailForward | FollowUp | SideConversation | UnknownConversationLink | Unset = UNSET
    custom_attributes: list[CustomAttribute] | Unset = UNSET
    transport_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "TwitterConversation"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "requesterId", "channel", "createdAt", "conversationType"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "requesterId",
            "channel",
            "createdAt",
            "conversationType",
            "contactPointTwitterId",
            "endUserTwitterId",
            "direction",
            "state",
            "stateUpdatedAt",
            "assignment",
            "queue",
            "link",
            "customAttributes",
            "transportExpiresAt",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "requester_id": "requesterId",
        "channel": "channel",
        "created_at": "createdAt",
        "conversation_type": "conversationType",
        "contact_point_twitter_id": "contactPointTwitterId",
        "end_user_twitter_id": "endUserTwitterId",
        "direction": "direction",
        "state": "state",
        "state_updated_at": "stateUpdatedAt",
        "assignment": "assignment",
        "queue": "queue",
        "link": "link",
        "custom_attributes": "customAttributes",
        "transport_expires_at": "transportExpiresAt",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        requester_id = str(self.requester_id)

        channel = self.channel.value

        created_at = _format_datetime(self.created_at)

        conversation_type = self.conversation_type.value

        contact_point_twitter_id = self.contact_point_twitter_id

        end_user_twitter_id = self.end_user_twitter_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = _format_datetime(self.state_updated_at)

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        link: dict[str, Any] | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, EmailForward):
            link = self.link.to_dict()
            link = _tagged(self.link, link)
        elif isinstance(self.link, FollowUp):
            link = self.link.to_dict()
            link = _tagged(self.link, link)
        elif isinstance(self.link, SideConversation):
            link = self.link.to_dict()
            link = _tagged(self.link, link)
        else:
            link = self.link.to_dict()
            link = _tagged(self.link, link)

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        transport_expires_at: str | Unset = UNSET
        if not isinstance(self.transport_expires_at, Unset):
            transport_expires_at = _format_datetime(self.transport_expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requesterId": requester_id,
                "channel": channel,
                "createdAt": created_at,
                "conversationType": conversation_type,
            }
        )
        if contact_point_twitter_id is not UNSET:
            field_dict["contactPointTwitterId"] = contact_point_twitter_id
        if end_user_twitter_id is not UNSET:
            field_dict["endUserTwitterId"] = end_user_twitter_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if state is not UNSET:
            field_dict["state"] = state
        if state_updated_at is not UNSET:
            field_dict["stateUpdatedAt"] = state_updated_at
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if queue is not UNSET:
            field_dict["queue"] = queue
        if link is not UNSET:
            field_dict["link"] = link
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if transport_expires_at is not UNSET:
            field_dict["transportExpiresAt"] = transport_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is TwitterConversation:
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
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            id = _expect_int(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            requester_id = _parse_uuid(d.pop("requesterId"))

        except Exception as _exc:
            raise _at(_exc, "requesterId") from _exc

        try:
            channel = ConversationChannel.parse(_expect_str(d.pop("channel")))

        except Exception as _exc:
            raise _at(_exc, "channel") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            conversation_type = ConversationType.parse(_expect_str(d.pop("conversationType")))

        except Exception as _exc:
            raise _at(_exc, "conversationType") from _exc

        try:
            contact_point_twitter_id = (
                _value if (_value := d.pop("contactPointTwitterId", UNSET)) is not None else UNSET
            )
            if contact_point_twitter_id is not UNSET:
                _expect_str(contact_point_twitter_id)
        except Exception as _exc:
            raise _at(_exc, "contactPointTwitterId") from _exc

        try:
            end_user_twitter_id = _value if (_value := d.pop("endUserTwitterId", UNSET)) is not None else UNSET
            if end_user_twitter_id is not UNSET:
                _expect_str(end_user_twitter_id)
        except Exception as _exc:
            raise _at(_exc, "endUserTwitterId") from _exc

        try:
            _direction = _value if (_value := d.pop("direction", UNSET)) is not None else UNSET
            direction: ConversationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = ConversationDirection.parse(_expect_str(_direction))

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            _state = _value if (_value := d.pop("state", UNSET)) is not None else UNSET
            state: State | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = State.parse(_expect_str(_state))

        except Exception as _exc:
            raise _at(_exc, "state") from _exc

        try:
            _state_updated_at = _value if (_value := d.pop("stateUpdatedAt", UNSET)) is not None else UNSET
            state_updated_at: datetime.datetime | Unset
            if isinstance(_state_updated_at, Unset):
                state_updated_at = UNSET
            else:
                state_updated_at = _parse_datetime(_state_updated_at)

        except Exception as _exc:
            raise _at(_exc, "stateUpdatedAt") from _exc

        try:
            _assignment = _value if (_value := d.pop("assignment", UNSET)) is not None else UNSET
            assignment: Assignment | Unset
            if isinstance(_assignment, Unset):
                assignment = UNSET
            else:
                assignment = Assignment.from_dict(_assignment)

        except Exception as _exc:
            raise _at(_exc, "assignment") from _exc

        try:
            _queue = _value if (_value := d.pop("queue", UNSET)) is not None else UNSET
            queue: ConversationQueue | Unset
            if isinstance(_queue, Unset):
                queue = UNSET
            else:
                queue = ConversationQueue.from_dict(_queue)

        except Exception as _exc:
            raise _at(_exc, "queue") from _exc

        try:
            link = cast(
                "EmailForward | FollowUp | SideConversation | UnknownConversationLink | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("link", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("EmailForward", _is_mapping, EmailForward.from_dict, EmailForward),
                        _Variant("FollowUp", _is_mapping, FollowUp.from_dict, FollowUp),
                        _Variant("SideConversation", _is_mapping, SideConversation.from_dict, SideConversation),
                        _Variant(
                            "UnknownConversationLink",
                            _is_mapping,
                            UnknownConversationLink.from_dict,
                            UnknownConversationLink,
                        ),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "link") from _exc

        try:
            _custom_attributes = _value if (_value := d.pop("customAttributes", UNSET)) is not None else UNSET
            custom_attributes: list[CustomAttribute] | Unset = UNSET
            if _custom_attributes is not UNSET:
                if not isinstance(_custom_attributes, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_custom_attributes, dict) else type(_custom_attributes).__name__}"
                    )

                custom_attributes = []
                for _index_custom_attributes, custom_attributes_item_data in enumerate(_custom_attributes):
                    try:
                        custom_attributes_item = CustomAttribute.from_dict(custom_attributes_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_custom_attributes) from _exc
                    custom_attributes.append(custom_attributes_item)

        except Exception as _exc:
            raise _at(_exc, "customAttributes") from _exc

        try:
            _transport_expires_at = _value if (_value := d.pop("transportExpiresAt", UNSET)) is not None else UNSET
            transport_expires_at: datetime.datetime | Unset
            if isinstance(_transport_expires_at, Unset):
                transport_expires_at = UNSET
            else:
                transport_expires_at = _parse_datetime(_transport_expires_at)

        except Exception as _exc:
            raise _at(_exc, "transportExpiresAt") from _exc

        _instance = cls(
            id=id,
            requester_id=requester_id,
            channel=channel,
            created_at=created_at,
            conversation_type=conversation_type,
            contact_point_twitter_id=contact_point_twitter_id,
            end_user_twitter_id=end_user_twitter_id,
            direction=direction,
            state=state,
            state_updated_at=state_updated_at,
            assignment=assignment,
            queue=queue,
            link=link,
            custom_attributes=custom_attributes,
            transport_expires_at=transport_expires_at,
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
_DIXA_VALUES_ConversationChannel: dict[Any, Any] = ConversationChannel._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_ConversationDirection: dict[Any, Any] = (
    ConversationDirection._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_VALUES_ConversationType: dict[Any, Any] = ConversationType._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_State: dict[Any, Any] = State._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "requesterId",
        "channel",
        "createdAt",
        "conversationType",
        "contactPointTwitterId",
        "endUserTwitterId",
        "direction",
        "state",
        "stateUpdatedAt",
        "assignment",
        "queue",
        "link",
        "customAttributes",
        "transportExpiresAt",
        "_type",
    ]
)


def _decode(_dixa_d: Any) -> TwitterConversation:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(TwitterConversation)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not int:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["requesterId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.requester_id = _dixa_u
    else:
        _dixa_o.requester_id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["channel"]
    _dixa_o.channel = _DIXA_VALUES_ConversationChannel.get(_dixa_v) or ConversationChannel.parse(_dixa_v)

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["conversationType"]
    _dixa_o.conversation_type = _DIXA_VALUES_ConversationType.get(_dixa_v) or ConversationType.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 5  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.contact_point_twitter_id = _dixa_o.end_user_twitter_id = _dixa_o.direction = _dixa_o.state = (
            _dixa_o.state_updated_at
        ) = _dixa_o.assignment = _dixa_o.queue = _dixa_o.link = _dixa_o.custom_attributes = (
            _dixa_o.transport_expires_at
        ) = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("contactPointTwitterId")
    if _dixa_v is None:
        _dixa_o.contact_point_twitter_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.contact_point_twitter_id = _dixa_v

    _dixa_v = _dixa_d.get("endUserTwitterId")
    if _dixa_v is None:
        _dixa_o.end_user_twitter_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.end_user_twitter_id = _dixa_v

    _dixa_v = _dixa_d.get("direction")
    if _dixa_v is None:
        _dixa_o.direction = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.direction = _DIXA_VALUES_ConversationDirection.get(_dixa_v) or ConversationDirection.parse(_dixa_v)

    _dixa_v = _dixa_d.get("state")
    if _dixa_v is None:
        _dixa_o.state = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.state = _DIXA_VALUES_State.get(_dixa_v) or State.parse(_dixa_v)

    _dixa_v = _dixa_d.get("stateUpdatedAt")
    if _dixa_v is None:
        _dixa_o.state_updated_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.state_updated_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.state_updated_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d.get("assignment")
    if _dixa_v is None:
        _dixa_o.assignment = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.assignment = Assignment.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("queue")
    if _dixa_v is None:
        _dixa_o.queue = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.queue = ConversationQueue.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("link")
    if _dixa_v is None:
        _dixa_o.link = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("link")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["link"] = _tag_decoders(
                EmailForward,
                FollowUp,
                SideConversation,
                UnknownConversationLink,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            link = cast(
                "EmailForward | FollowUp | SideConversation | UnknownConversationLink | Unset",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant("EmailForward", _is_mapping, EmailForward.from_dict, EmailForward),
                        _Variant("FollowUp", _is_mapping, FollowUp.from_dict, FollowUp),
                        _Variant("SideConversation", _is_mapping, SideConversation.from_dict, SideConversation),
                        _Variant(
                            "UnknownConversationLink",
                            _is_mapping,
                            UnknownConversationLink.from_dict,
                            UnknownConversationLink,
                        ),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.link = link

        else:
            _dixa_o.link = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d.get("customAttributes")
    if _dixa_v is None:
        _dixa_o.custom_attributes = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = CustomAttribute.__dixa_decode__
        _dixa_o.custom_attributes = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("transportExpiresAt")
    if _dixa_v is None:
        _dixa_o.transport_expires_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.transport_expires_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.transport_expires_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


TwitterConversation.__dixa_decode__ = _decode
