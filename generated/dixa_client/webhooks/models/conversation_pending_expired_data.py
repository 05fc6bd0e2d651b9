from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._extra import lazy_additional_properties as _lazy_additional_properties
from ..._validation import FastPathMiss as _FastPathMiss
from ..._validation import at as _at
from ..._validation import check_request as _check_request
from ..._validation import not_an_object as _not_an_object
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


T = TypeVar("T", bound="ConversationPendingExpiredData")


@_attrs_define
class ConversationPendingExpiredData:
    """Dixa documents every `data` field as possibly absent ("dynamic payloads")."""

    conversation: Conversation | Unset = UNSET
    """ The conversation an event is about. Dixa's table for this object was not retrievable; the keys and their
    types are read off the API document's example, so each may be absent. """
    pending_by_user: User | Unset = UNSET
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
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["conversation", "pendingByUser"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"conversation": "conversation", "pending_by_user": "pendingByUser"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        pending_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_by_user, Unset):
            pending_by_user = self.pending_by_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if pending_by_user is not UNSET:
            field_dict["pendingByUser"] = pending_by_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ConversationPendingExpiredData:
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
            _pending_by_user = _value if (_value := d.pop("pendingByUser", UNSET)) is not None else UNSET
            pending_by_user: User | Unset
            if isinstance(_pending_by_user, Unset):
                pending_by_user = UNSET
            else:
                pending_by_user = User.from_dict(_pending_by_user)

        except Exception as _exc:
            raise _at(_exc, "pendingByUser") from _exc

        _instance = cls(
            conversation=conversation,
            pending_by_user=pending_by_user,
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
        "pendingByUser",
    ]
)


def _decode(_dixa_d: Any) -> ConversationPendingExpiredData:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ConversationPendingExpiredData)
    _dixa_n = len(_dixa_d) - 0  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.conversation = _dixa_o.pending_by_user = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("conversation")
    if _dixa_v is None:
        _dixa_o.conversation = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.conversation = Conversation.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("pendingByUser")
    if _dixa_v is None:
        _dixa_o.pending_by_user = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.pending_by_user = User.__dixa_decode__(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ConversationPendingExpiredData.__dixa_decode__ = _decode
