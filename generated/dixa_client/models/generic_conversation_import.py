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
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..models.callback_direction import CallbackDirection
from ..models.requester_connection_status import RequesterConnectionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignment import Assignment
    from ..models.closing import Closing
    from ..models.inbound_import import InboundImport
    from ..models.outbound_import import OutboundImport
    from ..models.unknown_import_message_input import UnknownImportMessageInput

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Assignment, Closing, InboundImport, OutboundImport, UnknownImportMessageInput
    from ..models.assignment import Assignment  # noqa: PLC0415
    from ..models.closing import Closing  # noqa: PLC0415
    from ..models.inbound_import import InboundImport  # noqa: PLC0415
    from ..models.outbound_import import OutboundImport  # noqa: PLC0415
    from ..models.unknown_import_message_input import UnknownImportMessageInput  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="GenericConversationImport")


@_attrs_define
class GenericConversationImport:
    generic_channel_name: str
    """ The conversation channel. Currently supported values are 'email' and 'genericapimessaging'. See payload
    examples for each case. """
    requester_id: UUID
    direction: CallbackDirection
    created_at: datetime.datetime
    requester_connection_status: RequesterConnectionStatus | Unset = UNSET
    messages: list[InboundImport | OutboundImport | UnknownImportMessageInput] | Unset = UNSET
    assignment: Assignment | Unset = UNSET
    external_id: str | Unset = UNSET
    closing: Closing | Unset = UNSET
    """ Triggers the closing of the conversation """
    attributes: Any | Unset = UNSET
    """ A set of dynamic attributes that are specific to the conversation channel, but not limited to it. See
    channel specific examples for your use case. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "GenericConversationImport"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["genericChannelName", "requesterId", "direction", "createdAt"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "genericChannelName",
            "requesterId",
            "direction",
            "createdAt",
            "requesterConnectionStatus",
            "messages",
            "assignment",
            "externalId",
            "closing",
            "attributes",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "generic_channel_name": "genericChannelName",
        "requester_id": "requesterId",
        "direction": "direction",
        "created_at": "createdAt",
        "requester_connection_status": "requesterConnectionStatus",
        "messages": "messages",
        "assignment": "assignment",
        "external_id": "externalId",
        "closing": "closing",
        "attributes": "attributes",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        generic_channel_name = self.generic_channel_name

        requester_id = str(self.requester_id)

        direction = self.direction.value

        created_at = _format_datetime(self.created_at)

        requester_connection_status: str | Unset = UNSET
        if not isinstance(self.requester_connection_status, Unset):
            requester_connection_status = self.requester_connection_status.value

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, InboundImport):
                    messages_item = messages_item_data.to_dict()
                    messages_item = _tagged(messages_item_data, messages_item)
                elif isinstance(messages_item_data, OutboundImport):
                    messages_item = messages_item_data.to_dict()
                    messages_item = _tagged(messages_item_data, messages_item)
                else:
                    messages_item = messages_item_data.to_dict()
                    messages_item = _tagged(messages_item_data, messages_item)

                messages.append(messages_item)

        assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignment, Unset):
            assignment = self.assignment.to_dict()

        external_id = self.external_id

        closing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing, Unset):
            closing = self.closing.to_dict()

        attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict["_type"] = "GenericConversationImport"  # its examples always show it
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genericChannelName": generic_channel_name,
                "requesterId": requester_id,
                "direction": direction,
                "createdAt": created_at,
            }
        )
        if requester_connection_status is not UNSET:
            field_dict["requesterConnectionStatus"] = requester_connection_status
        if messages is not UNSET:
            field_dict["messages"] = messages
        if assignment is not UNSET:
            field_dict["assignment"] = assignment
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if closing is not UNSET:
            field_dict["closing"] = closing
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is GenericConversationImport:
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
            generic_channel_name = _expect_str(d.pop("genericChannelName"))
        except Exception as _exc:
            raise _at(_exc, "genericChannelName") from _exc

        try:
            requester_id = _parse_uuid(d.pop("requesterId"))

        except Exception as _exc:
            raise _at(_exc, "requesterId") from _exc

        try:
            direction = CallbackDirection.parse(_expect_str(d.pop("direction")))

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            _requester_connection_status = (
                _value if (_value := d.pop("requesterConnectionStatus", UNSET)) is not None else UNSET
            )
            requester_connection_status: RequesterConnectionStatus | Unset
            if isinstance(_requester_connection_status, Unset):
                requester_connection_status = UNSET
            else:
                requester_connection_status = RequesterConnectionStatus.parse(_expect_str(_requester_connection_status))

        except Exception as _exc:
            raise _at(_exc, "requesterConnectionStatus") from _exc

        try:
            _messages = _value if (_value := d.pop("messages", UNSET)) is not None else UNSET
            messages: list[InboundImport | OutboundImport | UnknownImportMessageInput] | Unset = UNSET
            if _messages is not UNSET:
                if not isinstance(_messages, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_messages, dict) else type(_messages).__name__}"
                    )

                messages = []
                for _index_messages, messages_item_data in enumerate(_messages):
                    try:
                        messages_item = cast(
                            "InboundImport | OutboundImport | UnknownImportMessageInput",
                            _resolve_union(
                                messages_item_data,
                                lambda: (
                                    _Variant("InboundImport", _is_mapping, InboundImport.from_dict, InboundImport),
                                    _Variant("OutboundImport", _is_mapping, OutboundImport.from_dict, OutboundImport),
                                    _Variant(
                                        "UnknownImportMessageInput",
                                        _is_mapping,
                                        UnknownImportMessageInput.from_dict,
                                        UnknownImportMessageInput,
                                    ),
                                ),
                                unset_ok=False,
                                none_ok=False,
                            ),
                        )

                    except Exception as _exc:
                        raise _at(_exc, _index_messages) from _exc
                    messages.append(messages_item)

        except Exception as _exc:
            raise _at(_exc, "messages") from _exc

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
            external_id = _value if (_value := d.pop("externalId", UNSET)) is not None else UNSET
            if external_id is not UNSET:
                _expect_str(external_id)
        except Exception as _exc:
            raise _at(_exc, "externalId") from _exc

        try:
            _closing = _value if (_value := d.pop("closing", UNSET)) is not None else UNSET
            closing: Closing | Unset
            if isinstance(_closing, Unset):
                closing = UNSET
            else:
                closing = Closing.from_dict(_closing)

        except Exception as _exc:
            raise _at(_exc, "closing") from _exc

        try:
            attributes = _value if (_value := d.pop("attributes", UNSET)) is not None else UNSET
        except Exception as _exc:
            raise _at(_exc, "attributes") from _exc

        _instance = cls(
            generic_channel_name=generic_channel_name,
            requester_id=requester_id,
            direction=direction,
            created_at=created_at,
            requester_connection_status=requester_connection_status,
            messages=messages,
            assignment=assignment,
            external_id=external_id,
            closing=closing,
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
_DIXA_VALUES_CallbackDirection: dict[Any, Any] = CallbackDirection._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_RequesterConnectionStatus: dict[Any, Any] = (
    RequesterConnectionStatus._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "genericChannelName",
        "requesterId",
        "direction",
        "createdAt",
        "requesterConnectionStatus",
        "messages",
        "assignment",
        "externalId",
        "closing",
        "attributes",
        "_type",
    ]
)


def _decode(_dixa_d: Any) -> GenericConversationImport:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(GenericConversationImport)
    _dixa_v = _dixa_d["genericChannelName"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.generic_channel_name = _dixa_v

    _dixa_v = _dixa_d["requesterId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.requester_id = _dixa_u
    else:
        _dixa_o.requester_id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["direction"]
    _dixa_o.direction = _DIXA_VALUES_CallbackDirection.get(_dixa_v) or CallbackDirection.parse(_dixa_v)

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.requester_connection_status = _dixa_o.messages = _dixa_o.assignment = _dixa_o.external_id = (
            _dixa_o.closing
        ) = _dixa_o.attributes = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("requesterConnectionStatus")
    if _dixa_v is None:
        _dixa_o.requester_connection_status = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.requester_connection_status = _DIXA_VALUES_RequesterConnectionStatus.get(
            _dixa_v
        ) or RequesterConnectionStatus.parse(_dixa_v)

    _dixa_v = _dixa_d.get("messages")
    if _dixa_v is None:
        _dixa_o.messages = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_tags = _DIXA_TAGS.get("messages_item")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["messages_item"] = _tag_decoders(
                InboundImport,
                OutboundImport,
                UnknownImportMessageInput,
            )

        _dixa_items = []
        for _dixa_i in _dixa_v:
            _dixa_decode = _dixa_tags.get(_dixa_i.get("_type")) if _dixa_i.__class__ is dict else None
            if _dixa_decode is None:
                messages_item = cast(
                    "InboundImport | OutboundImport | UnknownImportMessageInput",
                    _resolve_union(
                        _dixa_i,
                        lambda: (
                            _Variant("InboundImport", _is_mapping, InboundImport.from_dict, InboundImport),
                            _Variant("OutboundImport", _is_mapping, OutboundImport.from_dict, OutboundImport),
                            _Variant(
                                "UnknownImportMessageInput",
                                _is_mapping,
                                UnknownImportMessageInput.from_dict,
                                UnknownImportMessageInput,
                            ),
                        ),
                        unset_ok=False,
                        none_ok=False,
                    ),
                )

                _dixa_items.append(messages_item)
            else:
                _dixa_items.append(_dixa_decode(_dixa_i))
        _dixa_o.messages = _dixa_items

    _dixa_v = _dixa_d.get("assignment")
    if _dixa_v is None:
        _dixa_o.assignment = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.assignment = Assignment.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("externalId")
    if _dixa_v is None:
        _dixa_o.external_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.external_id = _dixa_v

    _dixa_v = _dixa_d.get("closing")
    if _dixa_v is None:
        _dixa_o.closing = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.closing = Closing.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("attributes")
    if _dixa_v is None:
        _dixa_o.attributes = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.attributes = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


GenericConversationImport.__dixa_decode__ = _decode
