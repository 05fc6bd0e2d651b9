from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast
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

if TYPE_CHECKING:
    from ..models.conversation_pending_data import ConversationPendingData
    from ..models.organization import Organization

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, ConversationPendingData, Organization
    from ..models.conversation_pending_data import ConversationPendingData  # noqa: PLC0415
    from ..models.organization import Organization  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationPending")


@_attrs_define
class ConversationPending:
    """A follow-up was added to a conversation, which is now pending. `event_fqn` inferred."""

    event_id: str | UUID
    """ An id Dixa documents as a UUID. Dixa's own examples hold ids that are not valid UUIDs (letters past `f`), so
    a value that does not parse as a UUID is kept as the string it is. """
    event_fqn: Literal["CONVERSATION_PENDING"]
    """ The event's fully qualified name: upper-case words joined by `_`, such as `CONVERSATION_MESSAGE_ADDED`. It
    chooses the event's class. """
    event_version: str
    """ The version of the event's schema (`"1"` in Dixa's example, a string). """
    event_timestamp: datetime.datetime
    """ When the event was emitted (UTC with milliseconds and `Z` in Dixa's examples). """
    organization: Organization
    """ The Dixa organization the event belongs to. Dixa's table for this object was not retrievable; the keys are
    those of the API document's example. """
    data: ConversationPendingData
    """ Dixa documents every `data` field as possibly absent ("dynamic payloads"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["event_id", "event_fqn", "event_version", "event_timestamp", "organization", "data"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["event_id", "event_fqn", "event_version", "event_timestamp", "organization", "data"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "event_id": "event_id",
        "event_fqn": "event_fqn",
        "event_version": "event_version",
        "event_timestamp": "event_timestamp",
        "organization": "organization",
        "data": "data",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        event_id: str
        if isinstance(self.event_id, UUID):
            event_id = str(self.event_id)
        else:
            event_id = self.event_id

        event_fqn = self.event_fqn

        event_version = self.event_version

        event_timestamp = _format_datetime(self.event_timestamp)

        organization = self.organization.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_fqn": event_fqn,
                "event_version": event_version,
                "event_timestamp": event_timestamp,
                "organization": organization,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ConversationPending:
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

            def _event_id_variant_0(data: Any) -> UUID:
                componentsschemas_webhook_id_type_0 = _parse_uuid(data)

                return componentsschemas_webhook_id_type_0

            event_id = cast(
                "str | UUID",
                _resolve_union(
                    d.pop("event_id"),
                    lambda: (
                        _Variant("UUID", lambda v: isinstance(v, str), _event_id_variant_0),
                        _Variant("str", _is_str, _identity, plain=True),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "event_id") from _exc

        try:
            event_fqn = cast(Literal["CONVERSATION_PENDING"], d.pop("event_fqn"))
            if event_fqn != "CONVERSATION_PENDING":
                raise ValueError(f"event_fqn must match const 'CONVERSATION_PENDING', got '{event_fqn}'")
        except Exception as _exc:
            raise _at(_exc, "event_fqn") from _exc

        try:
            event_version = _expect_str(d.pop("event_version"))
        except Exception as _exc:
            raise _at(_exc, "event_version") from _exc

        try:
            event_timestamp = _parse_datetime(d.pop("event_timestamp"))

        except Exception as _exc:
            raise _at(_exc, "event_timestamp") from _exc

        try:
            organization = Organization.from_dict(d.pop("organization"))

        except Exception as _exc:
            raise _at(_exc, "organization") from _exc

        try:
            data = ConversationPendingData.from_dict(d.pop("data"))

        except Exception as _exc:
            raise _at(_exc, "data") from _exc

        _instance = cls(
            event_id=event_id,
            event_fqn=event_fqn,
            event_version=event_version,
            event_timestamp=event_timestamp,
            organization=organization,
            data=data,
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
        "event_id",
        "event_fqn",
        "event_version",
        "event_timestamp",
        "organization",
        "data",
    ]
)


def _decode(_dixa_d: Any) -> ConversationPending:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ConversationPending)
    _dixa_v = _dixa_d["event_id"]

    def _event_id_variant_0(data: Any) -> UUID:
        componentsschemas_webhook_id_type_0 = _parse_uuid(data)

        return componentsschemas_webhook_id_type_0

    event_id = cast(
        "str | UUID",
        _resolve_union(
            _dixa_v,
            lambda: (
                _Variant("UUID", lambda v: isinstance(v, str), _event_id_variant_0),
                _Variant("str", _is_str, _identity, plain=True),
            ),
            unset_ok=False,
            none_ok=False,
        ),
    )

    _dixa_o.event_id = event_id

    _dixa_v = _dixa_d["event_fqn"]
    event_fqn = cast(Literal["CONVERSATION_PENDING"], _dixa_v)
    if event_fqn != "CONVERSATION_PENDING":
        raise ValueError(f"event_fqn must match const 'CONVERSATION_PENDING', got '{event_fqn}'")
    _dixa_o.event_fqn = event_fqn

    _dixa_v = _dixa_d["event_version"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.event_version = _dixa_v

    _dixa_v = _dixa_d["event_timestamp"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.event_timestamp = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.event_timestamp = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["organization"]
    _dixa_o.organization = Organization.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d["data"]
    _dixa_o.data = ConversationPendingData.__dixa_decode__(_dixa_v)

    _dixa_n = len(_dixa_d) - 6  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ConversationPending.__dixa_decode__ = _decode
