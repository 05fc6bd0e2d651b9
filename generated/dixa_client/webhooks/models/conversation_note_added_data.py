from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._datetime import format_datetime as _format_datetime
from ..._datetime import from_iso as _from_iso
from ..._datetime import parse_datetime as _parse_datetime
from ..._datetime import read_timestamp as _read_timestamp
from ..._extra import lazy_additional_properties as _lazy_additional_properties
from ..._unions import Variant as _Variant
from ..._unions import identity as _identity
from ..._unions import resolve as _resolve_union
from ..._validation import FastPathMiss as _FastPathMiss
from ..._validation import at as _at
from ..._validation import check_request as _check_request
from ..._validation import expect_str as _expect_str
from ..._validation import is_str as _is_str
from ..._validation import not_an_object as _not_an_object
from ..._validation import parse_uuid as _parse_uuid
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation import Conversation
    from ..models.user import User

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Conversation, User
    from ..models.conversation import Conversation  # noqa: PLC0415
    from ..models.user import User  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationNoteAddedData")


@_attrs_define
class ConversationNoteAddedData:
    """The keys are those of the API document's delivery example (the payloads page's section was not retrievable); each
    may be absent.

    """

    conversation: Conversation | Unset = UNSET
    """ The conversation an event is about. Dixa's table for this object was not retrievable; the keys and their
    types are read off the API document's example, so each may be absent. """
    note_id: str | Unset | UUID = UNSET
    """ An id Dixa documents as a UUID. Dixa's own examples hold ids that are not valid UUIDs (letters past `f`), so
    a value that does not parse as a UUID is kept as the string it is. """
    text: str | Unset = UNSET
    """ The note's text. """
    created_at: datetime.datetime | Unset = UNSET
    author: User | Unset = UNSET
    """ A user: an end user (requester) or an agent (assignee, note author, the agent who set a follow-up). Dixa's
    table for this object was not retrievable; the keys are those of the API document's example, other keys (a user
    kind, for instance) may come and are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["conversation", "note_id", "text", "created_at", "author"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "conversation": "conversation",
        "note_id": "note_id",
        "text": "text",
        "created_at": "created_at",
        "author": "author",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        note_id: str | Unset
        if isinstance(self.note_id, Unset):
            note_id = UNSET
        elif isinstance(self.note_id, UUID):
            note_id = str(self.note_id)
        else:
            note_id = self.note_id

        text = self.text

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _format_datetime(self.created_at)

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if note_id is not UNSET:
            field_dict["note_id"] = note_id
        if text is not UNSET:
            field_dict["text"] = text
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if author is not UNSET:
            field_dict["author"] = author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ConversationNoteAddedData:
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
            _conversation = _value if (_value := d.pop("conversation", UNSET)) is not None else UNSET
            conversation: Conversation | Unset
            if isinstance(_conversation, Unset):
                conversation = UNSET
            else:
                conversation = Conversation.from_dict(_conversation)

        except Exception as _exc:
            raise _at(_exc, "conversation") from _exc

        try:

            def _note_id_variant_0(data: Any) -> UUID:
                componentsschemas_webhook_id_type_0 = _parse_uuid(data)

                return componentsschemas_webhook_id_type_0

            note_id = cast(
                "str | Unset | UUID",
                _resolve_union(
                    (_value if (_value := d.pop("note_id", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("UUID", lambda v: isinstance(v, str), _note_id_variant_0),
                        _Variant("str", _is_str, _identity, plain=True),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "note_id") from _exc

        try:
            text = _value if (_value := d.pop("text", UNSET)) is not None else UNSET
            if text is not UNSET:
                _expect_str(text)
        except Exception as _exc:
            raise _at(_exc, "text") from _exc

        try:
            _created_at = _value if (_value := d.pop("created_at", UNSET)) is not None else UNSET
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = _parse_datetime(_created_at)

        except Exception as _exc:
            raise _at(_exc, "created_at") from _exc

        try:
            _author = _value if (_value := d.pop("author", UNSET)) is not None else UNSET
            author: User | Unset
            if isinstance(_author, Unset):
                author = UNSET
            else:
                author = User.from_dict(_author)

        except Exception as _exc:
            raise _at(_exc, "author") from _exc

        _instance = cls(
            conversation=conversation,
            note_id=note_id,
            text=text,
            created_at=created_at,
            author=author,
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
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "conversation",
        "note_id",
        "text",
        "created_at",
        "author",
    ]
)


def _decode(_dixa_d: Any) -> ConversationNoteAddedData:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ConversationNoteAddedData)
    _dixa_n = len(_dixa_d) - 0  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.conversation = _dixa_o.note_id = _dixa_o.text = _dixa_o.created_at = _dixa_o.author = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("conversation")
    if _dixa_v is None:
        _dixa_o.conversation = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.conversation = Conversation.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("note_id")
    if _dixa_v is None:
        _dixa_o.note_id = UNSET
    else:
        _dixa_n -= 1

        def _note_id_variant_0(data: Any) -> UUID:
            componentsschemas_webhook_id_type_0 = _parse_uuid(data)

            return componentsschemas_webhook_id_type_0

        note_id = cast(
            "str | Unset | UUID",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("UUID", lambda v: isinstance(v, str), _note_id_variant_0),
                    _Variant("str", _is_str, _identity, plain=True),
                ),
                unset_ok=True,
                none_ok=False,
            ),
        )

        _dixa_o.note_id = note_id

    _dixa_v = _dixa_d.get("text")
    if _dixa_v is None:
        _dixa_o.text = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.text = _dixa_v

    _dixa_v = _dixa_d.get("created_at")
    if _dixa_v is None:
        _dixa_o.created_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.created_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d.get("author")
    if _dixa_v is None:
        _dixa_o.author = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.author = User.__dixa_decode__(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ConversationNoteAddedData.__dixa_decode__ = _decode
