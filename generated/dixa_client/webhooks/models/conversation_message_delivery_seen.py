from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._datetime import format_datetime as _format_datetime
from ..._datetime import parse_datetime as _parse_datetime
from ..._unions import Variant as _Variant
from ..._unions import identity as _identity
from ..._unions import resolve as _resolve_union
from ..._validation import at as _at

if TYPE_CHECKING:
    from ..models.conversation_message_delivery_seen_data import ConversationMessageDeliverySeenData
    from ..models.organization import Organization

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, ConversationMessageDeliverySeenData, Organization
    from ..models.conversation_message_delivery_seen_data import ConversationMessageDeliverySeenData  # noqa: PLC0415
    from ..models.organization import Organization  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationMessageDeliverySeen")


@_attrs_define
class ConversationMessageDeliverySeen:
    """Message delivery status "seen"; listed in the API only, undocumented. `event_fqn` inferred."""

    event_id: str | UUID
    """ An id Dixa documents as a UUID. Dixa's own examples hold ids that are not valid UUIDs (letters past `f`), so
    a value that does not parse as a UUID is kept as the string it is. """
    event_fqn: Literal["CONVERSATION_MESSAGE_DELIVERY_SEEN"]
    """ The event's fully qualified name: upper-case words joined by `_`, such as `CONVERSATION_MESSAGE_ADDED`. It
    chooses the event's class. """
    event_version: str
    """ The version of the event's schema (`"1"` in Dixa's example, a string). """
    event_timestamp: datetime.datetime
    """ When the event was emitted (UTC with milliseconds and `Z` in Dixa's examples). """
    organization: Organization
    """ The Dixa organization the event belongs to. Dixa's table for this object was not retrievable; the keys are
    those of the API document's example. """
    data: ConversationMessageDeliverySeenData
    """ Not documented in any page we could read: kept whole, every key as it came (`additional_properties`, or
    `data["key"]`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["event_id", "event_fqn", "event_version", "event_timestamp", "organization", "data"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["event_id", "event_fqn", "event_version", "event_timestamp", "organization", "data"]
    )
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
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
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        try:

            def _event_id_variant_0(data: Any) -> UUID:
                componentsschemas_webhook_id_type_0 = UUID(data)

                return componentsschemas_webhook_id_type_0

            event_id = cast(
                "str | UUID",
                _resolve_union(
                    d.pop("event_id"),
                    lambda: (
                        _Variant("UUID", lambda v: isinstance(v, str), _event_id_variant_0),
                        _Variant("str", lambda v: isinstance(v, str), _identity, plain=True),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "event_id") from _exc

        try:
            event_fqn = cast(Literal["CONVERSATION_MESSAGE_DELIVERY_SEEN"], d.pop("event_fqn"))
            if event_fqn != "CONVERSATION_MESSAGE_DELIVERY_SEEN":
                raise ValueError(f"event_fqn must match const 'CONVERSATION_MESSAGE_DELIVERY_SEEN', got '{event_fqn}'")
        except Exception as _exc:
            raise _at(_exc, "event_fqn") from _exc

        try:
            event_version = d.pop("event_version")
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
            data = ConversationMessageDeliverySeenData.from_dict(d.pop("data"))

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
