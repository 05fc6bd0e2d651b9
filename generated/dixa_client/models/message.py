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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_recording_attributes import CallRecordingAttributes
    from ..models.chat_attributes import ChatAttributes
    from ..models.contact_form_attributes import ContactFormAttributes
    from ..models.email_attributes import EmailAttributes
    from ..models.facebook_messenger_attributes import FacebookMessengerAttributes
    from ..models.generic_attributes import GenericAttributes
    from ..models.messenger_form_attributes import MessengerFormAttributes
    from ..models.phone_attributes import PhoneAttributes
    from ..models.sms_attributes import SmsAttributes
    from ..models.transcript_attributes import TranscriptAttributes
    from ..models.twitter_attributes import TwitterAttributes
    from ..models.unknown_variant import UnknownVariant
    from ..models.whats_app_attributes import WhatsAppAttributes

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        CallRecordingAttributes, \
        ChatAttributes, \
        ContactFormAttributes, \
        EmailAttributes, \
        FacebookMessengerAttributes, \
        GenericAttributes, \
        MessengerFormAttributes, \
        PhoneAttributes, \
        SmsAttributes, \
        TranscriptAttributes, \
        TwitterAttributes, \
        UnknownVariant, \
        WhatsAppAttributes
    from ..models.call_recording_attributes import CallRecordingAttributes  # noqa: PLC0415
    from ..models.chat_attributes import ChatAttributes  # noqa: PLC0415
    from ..models.contact_form_attributes import ContactFormAttributes  # noqa: PLC0415
    from ..models.email_attributes import EmailAttributes  # noqa: PLC0415
    from ..models.facebook_messenger_attributes import FacebookMessengerAttributes  # noqa: PLC0415
    from ..models.generic_attributes import GenericAttributes  # noqa: PLC0415
    from ..models.messenger_form_attributes import MessengerFormAttributes  # noqa: PLC0415
    from ..models.phone_attributes import PhoneAttributes  # noqa: PLC0415
    from ..models.sms_attributes import SmsAttributes  # noqa: PLC0415
    from ..models.transcript_attributes import TranscriptAttributes  # noqa: PLC0415
    from ..models.twitter_attributes import TwitterAttributes  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415
    from ..models.whats_app_attributes import WhatsAppAttributes  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    id: UUID
    author_id: UUID
    created_at: datetime.datetime
    attributes: (
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
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "authorId", "createdAt", "attributes"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "authorId", "createdAt", "attributes", "externalId"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "author_id": "authorId",
        "created_at": "createdAt",
        "attributes": "attributes",
        "external_id": "externalId",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = str(self.id)

        author_id = str(self.author_id)

        created_at = _format_datetime(self.created_at)

        attributes: dict[str, Any]
        if isinstance(self.attributes, CallRecordingAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ChatAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, ContactFormAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, EmailAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, FacebookMessengerAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, GenericAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, MessengerFormAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, PhoneAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, SmsAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, TranscriptAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, TwitterAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        elif isinstance(self.attributes, WhatsAppAttributes):
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)
        else:
            attributes = self.attributes.to_dict()
            attributes = _tagged(self.attributes, attributes)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorId": author_id,
                "createdAt": created_at,
                "attributes": attributes,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Message:
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
            author_id = _parse_uuid(d.pop("authorId"))

        except Exception as _exc:
            raise _at(_exc, "authorId") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            attributes = cast(
                "CallRecordingAttributes | ChatAttributes | ContactFormAttributes | EmailAttributes | FacebookMessengerAttributes | GenericAttributes | MessengerFormAttributes | PhoneAttributes | SmsAttributes | TranscriptAttributes | TwitterAttributes | UnknownVariant | WhatsAppAttributes",
                _resolve_union(
                    d.pop("attributes"),
                    lambda: (
                        _Variant(
                            "CallRecordingAttributes",
                            _is_mapping,
                            CallRecordingAttributes.from_dict,
                            CallRecordingAttributes,
                        ),
                        _Variant("ChatAttributes", _is_mapping, ChatAttributes.from_dict, ChatAttributes),
                        _Variant(
                            "ContactFormAttributes", _is_mapping, ContactFormAttributes.from_dict, ContactFormAttributes
                        ),
                        _Variant("EmailAttributes", _is_mapping, EmailAttributes.from_dict, EmailAttributes),
                        _Variant(
                            "FacebookMessengerAttributes",
                            _is_mapping,
                            FacebookMessengerAttributes.from_dict,
                            FacebookMessengerAttributes,
                        ),
                        _Variant("GenericAttributes", _is_mapping, GenericAttributes.from_dict, GenericAttributes),
                        _Variant(
                            "MessengerFormAttributes",
                            _is_mapping,
                            MessengerFormAttributes.from_dict,
                            MessengerFormAttributes,
                        ),
                        _Variant("PhoneAttributes", _is_mapping, PhoneAttributes.from_dict, PhoneAttributes),
                        _Variant("SmsAttributes", _is_mapping, SmsAttributes.from_dict, SmsAttributes),
                        _Variant(
                            "TranscriptAttributes", _is_mapping, TranscriptAttributes.from_dict, TranscriptAttributes
                        ),
                        _Variant("TwitterAttributes", _is_mapping, TwitterAttributes.from_dict, TwitterAttributes),
                        _Variant("WhatsAppAttributes", _is_mapping, WhatsAppAttributes.from_dict, WhatsAppAttributes),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "attributes") from _exc

        try:
            external_id = _value if (_value := d.pop("externalId", UNSET)) is not None else UNSET
            if external_id is not UNSET:
                _expect_str(external_id)
        except Exception as _exc:
            raise _at(_exc, "externalId") from _exc

        _instance = cls(
            id=id,
            author_id=author_id,
            created_at=created_at,
            attributes=attributes,
            external_id=external_id,
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
        "id",
        "authorId",
        "createdAt",
        "attributes",
        "externalId",
    ]
)


def _decode(_dixa_d: Any) -> Message:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Message)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["authorId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.author_id = _dixa_u
    else:
        _dixa_o.author_id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["attributes"]
    _dixa_tags = _DIXA_TAGS.get("attributes")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["attributes"] = _tag_decoders(
            CallRecordingAttributes,
            ChatAttributes,
            ContactFormAttributes,
            EmailAttributes,
            FacebookMessengerAttributes,
            GenericAttributes,
            MessengerFormAttributes,
            PhoneAttributes,
            SmsAttributes,
            TranscriptAttributes,
            TwitterAttributes,
            WhatsAppAttributes,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        attributes = cast(
            "CallRecordingAttributes | ChatAttributes | ContactFormAttributes | EmailAttributes | FacebookMessengerAttributes | GenericAttributes | MessengerFormAttributes | PhoneAttributes | SmsAttributes | TranscriptAttributes | TwitterAttributes | UnknownVariant | WhatsAppAttributes",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant(
                        "CallRecordingAttributes",
                        _is_mapping,
                        CallRecordingAttributes.from_dict,
                        CallRecordingAttributes,
                    ),
                    _Variant("ChatAttributes", _is_mapping, ChatAttributes.from_dict, ChatAttributes),
                    _Variant(
                        "ContactFormAttributes", _is_mapping, ContactFormAttributes.from_dict, ContactFormAttributes
                    ),
                    _Variant("EmailAttributes", _is_mapping, EmailAttributes.from_dict, EmailAttributes),
                    _Variant(
                        "FacebookMessengerAttributes",
                        _is_mapping,
                        FacebookMessengerAttributes.from_dict,
                        FacebookMessengerAttributes,
                    ),
                    _Variant("GenericAttributes", _is_mapping, GenericAttributes.from_dict, GenericAttributes),
                    _Variant(
                        "MessengerFormAttributes",
                        _is_mapping,
                        MessengerFormAttributes.from_dict,
                        MessengerFormAttributes,
                    ),
                    _Variant("PhoneAttributes", _is_mapping, PhoneAttributes.from_dict, PhoneAttributes),
                    _Variant("SmsAttributes", _is_mapping, SmsAttributes.from_dict, SmsAttributes),
                    _Variant("TranscriptAttributes", _is_mapping, TranscriptAttributes.from_dict, TranscriptAttributes),
                    _Variant("TwitterAttributes", _is_mapping, TwitterAttributes.from_dict, TwitterAttributes),
                    _Variant("WhatsAppAttributes", _is_mapping, WhatsAppAttributes.from_dict, WhatsAppAttributes),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.attributes = attributes

    else:
        _dixa_o.attributes = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.external_id = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("externalId")
    if _dixa_v is None:
        _dixa_o.external_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.external_id = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Message.__dixa_decode__ = _decode
