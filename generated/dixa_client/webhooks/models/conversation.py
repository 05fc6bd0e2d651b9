from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._datetime import format_datetime as _format_datetime
from ..._datetime import from_iso as _from_iso
from ..._datetime import parse_datetime as _parse_datetime
from ..._datetime import read_timestamp as _read_timestamp
from ..._extra import lazy_additional_properties as _lazy_additional_properties
from ..._validation import FastPathMiss as _FastPathMiss
from ..._validation import at as _at
from ..._validation import check_request as _check_request
from ..._validation import expect_int as _expect_int
from ..._validation import expect_list as _expect_list
from ..._validation import expect_str as _expect_str
from ..._validation import not_an_object as _not_an_object
from ...types import UNSET, Unset
from ..models.conversation_channel import ConversationChannel
from ..models.conversation_direction import ConversationDirection
from ..models.conversation_status import ConversationStatus

if TYPE_CHECKING:
    from ..models.queue import Queue
    from ..models.user import User

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Queue, User
    from ..models.queue import Queue  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """The conversation an event is about. Dixa's table for this object was not retrievable; the keys and their types are
    read off the API document's example, so each may be absent.

    """

    csid: int | Unset = UNSET
    """ The conversation's number (presumably the REST API's conversation id; not stated). """
    channel: ConversationChannel | Unset = UNSET
    """ The channel, in upper snake case. Only `WIDGET_CHAT` is seen in Dixa's examples; the REST API's channels
    (Email, PstnPhone, Sms, WhatsApp, ...) presumably arrive as `EMAIL`, `PSTN_PHONE`, ... but those spellings are
    unconfirmed, so they are not listed: any value is kept. """
    status: ConversationStatus | Unset = UNSET
    """ The conversation's status, in upper case. Only `OPEN` is seen in Dixa's examples; the REST API's other
    statuses (Pending, AwaitingPending, Closed) have unconfirmed webhook spellings and are kept as they come. """
    direction: ConversationDirection | Unset = UNSET
    """ The conversation's direction, in upper case. Only `INBOUND` is seen in Dixa's examples; the REST API's other
    directions (Outbound, Internal) have unconfirmed webhook spellings and are kept as they come. """
    queue: Queue | Unset = UNSET
    """ A queue. Dixa's table for this object was not retrievable; the keys are those of the API document's example.
    """
    contact_point: str | Unset = UNSET
    """ The address or number the end user contacted. """
    requester: User | Unset = UNSET
    """ A user: an end user (requester) or an agent (assignee, note author, the agent who set a follow-up). Dixa's
    table for this object was not retrievable; the keys are those of the API document's example, other keys (a user
    kind, for instance) may come and are kept. """
    assignee: User | Unset = UNSET
    """ A user: an end user (requester) or an agent (assignee, note author, the agent who set a follow-up). Dixa's
    table for this object was not retrievable; the keys are those of the API document's example, other keys (a user
    kind, for instance) may come and are kept. """
    subject: str | Unset = UNSET
    """ The subject; `null` in Dixa's chat example, which reads as unset. """
    tags: list[Any] | Unset = UNSET
    """ The conversation's tags. The shape of an element is not shown in any source read, so each is kept as it
    comes. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "csid",
            "channel",
            "status",
            "direction",
            "queue",
            "contact_point",
            "requester",
            "assignee",
            "subject",
            "tags",
            "created_at",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "csid": "csid",
        "channel": "channel",
        "status": "status",
        "direction": "direction",
        "queue": "queue",
        "contact_point": "contact_point",
        "requester": "requester",
        "assignee": "assignee",
        "subject": "subject",
        "tags": "tags",
        "created_at": "created_at",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        csid = self.csid

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        contact_point = self.contact_point

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        subject = self.subject

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if csid is not UNSET:
            field_dict["csid"] = csid
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status
        if direction is not UNSET:
            field_dict["direction"] = direction
        if queue is not UNSET:
            field_dict["queue"] = queue
        if contact_point is not UNSET:
            field_dict["contact_point"] = contact_point
        if requester is not UNSET:
            field_dict["requester"] = requester
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if subject is not UNSET:
            field_dict["subject"] = subject
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Conversation:
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
            csid = _value if (_value := d.pop("csid", UNSET)) is not None else UNSET
            if csid is not UNSET:
                _expect_int(csid)
        except Exception as _exc:
            raise _at(_exc, "csid") from _exc

        try:
            _channel = _value if (_value := d.pop("channel", UNSET)) is not None else UNSET
            channel: ConversationChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = ConversationChannel.parse(_expect_str(_channel))

        except Exception as _exc:
            raise _at(_exc, "channel") from _exc

        try:
            _status = _value if (_value := d.pop("status", UNSET)) is not None else UNSET
            status: ConversationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ConversationStatus.parse(_expect_str(_status))

        except Exception as _exc:
            raise _at(_exc, "status") from _exc

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
            _queue = _value if (_value := d.pop("queue", UNSET)) is not None else UNSET
            queue: Queue | Unset
            if isinstance(_queue, Unset):
                queue = UNSET
            else:
                queue = Queue.from_dict(_queue)

        except Exception as _exc:
            raise _at(_exc, "queue") from _exc

        try:
            contact_point = _value if (_value := d.pop("contact_point", UNSET)) is not None else UNSET
            if contact_point is not UNSET:
                _expect_str(contact_point)
        except Exception as _exc:
            raise _at(_exc, "contact_point") from _exc

        try:
            _requester = _value if (_value := d.pop("requester", UNSET)) is not None else UNSET
            requester: User | Unset
            if isinstance(_requester, Unset):
                requester = UNSET
            else:
                requester = User.from_dict(_requester)

        except Exception as _exc:
            raise _at(_exc, "requester") from _exc

        try:
            _assignee = _value if (_value := d.pop("assignee", UNSET)) is not None else UNSET
            assignee: User | Unset
            if isinstance(_assignee, Unset):
                assignee = UNSET
            else:
                assignee = User.from_dict(_assignee)

        except Exception as _exc:
            raise _at(_exc, "assignee") from _exc

        try:
            subject = _value if (_value := d.pop("subject", UNSET)) is not None else UNSET
            if subject is not UNSET:
                _expect_str(subject)
        except Exception as _exc:
            raise _at(_exc, "subject") from _exc

        try:
            _tags = _value if (_value := d.pop("tags", UNSET)) is not None else UNSET
            if _tags is not UNSET:
                _expect_list(_tags)
            tags = cast("list[Any]", _tags)

        except Exception as _exc:
            raise _at(_exc, "tags") from _exc

        try:
            _created_at = _value if (_value := d.pop("created_at", UNSET)) is not None else UNSET
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _parse_datetime(_created_at)

        except Exception as _exc:
            raise _at(_exc, "created_at") from _exc

        _instance = cls(
            csid=csid,
            channel=channel,
            status=status,
            direction=direction,
            queue=queue,
            contact_point=contact_point,
            requester=requester,
            assignee=assignee,
            subject=subject,
            tags=tags,
            created_at=created_at,
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
_DIXA_VALUES_ConversationStatus: dict[Any, Any] = ConversationStatus._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "csid",
        "channel",
        "status",
        "direction",
        "queue",
        "contact_point",
        "requester",
        "assignee",
        "subject",
        "tags",
        "created_at",
    ]
)


def _decode(_dixa_d: Any) -> Conversation:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Conversation)
    _dixa_n = len(_dixa_d) - 0  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.csid = _dixa_o.channel = _dixa_o.status = _dixa_o.direction = _dixa_o.queue = _dixa_o.contact_point = (
            _dixa_o.requester
        ) = _dixa_o.assignee = _dixa_o.subject = _dixa_o.tags = _dixa_o.created_at = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("csid")
    if _dixa_v is None:
        _dixa_o.csid = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.csid = _dixa_v

    _dixa_v = _dixa_d.get("channel")
    if _dixa_v is None:
        _dixa_o.channel = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.channel = _DIXA_VALUES_ConversationChannel.get(_dixa_v) or ConversationChannel.parse(_dixa_v)

    _dixa_v = _dixa_d.get("status")
    if _dixa_v is None:
        _dixa_o.status = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.status = _DIXA_VALUES_ConversationStatus.get(_dixa_v) or ConversationStatus.parse(_dixa_v)

    _dixa_v = _dixa_d.get("direction")
    if _dixa_v is None:
        _dixa_o.direction = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.direction = _DIXA_VALUES_ConversationDirection.get(_dixa_v) or ConversationDirection.parse(_dixa_v)

    _dixa_v = _dixa_d.get("queue")
    if _dixa_v is None:
        _dixa_o.queue = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.queue = Queue.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("contact_point")
    if _dixa_v is None:
        _dixa_o.contact_point = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.contact_point = _dixa_v

    _dixa_v = _dixa_d.get("requester")
    if _dixa_v is None:
        _dixa_o.requester = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.requester = User.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("assignee")
    if _dixa_v is None:
        _dixa_o.assignee = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.assignee = User.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("subject")
    if _dixa_v is None:
        _dixa_o.subject = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.subject = _dixa_v

    _dixa_v = _dixa_d.get("tags")
    if _dixa_v is None:
        _dixa_o.tags = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.tags = [_dixa_i for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("created_at")
    if _dixa_v is None:
        _dixa_o.created_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.created_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.created_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Conversation.__dixa_decode__ = _decode
