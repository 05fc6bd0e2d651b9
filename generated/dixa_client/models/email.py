from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.inbound import Inbound
    from ..models.outbound import Outbound
    from ..models.unknown_create_message_input import UnknownCreateMessageInput

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Inbound, Outbound, UnknownCreateMessageInput
    from ..models.inbound import Inbound  # noqa: PLC0415
    from ..models.outbound import Outbound  # noqa: PLC0415
    from ..models.unknown_create_message_input import UnknownCreateMessageInput  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Email")


@_attrs_define
class Email:
    requester_id: UUID
    email_integration_id: str
    subject: str
    message: Inbound | Outbound | UnknownCreateMessageInput
    """ Only Outbound messages are supported for Sms and Whatsapp. """
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "Email"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["requesterId", "emailIntegrationId", "subject", "message"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["requesterId", "emailIntegrationId", "subject", "message", "language"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "requester_id": "requesterId",
        "email_integration_id": "emailIntegrationId",
        "subject": "subject",
        "message": "message",
        "language": "language",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        requester_id = str(self.requester_id)

        email_integration_id = self.email_integration_id

        subject = self.subject

        message: dict[str, Any]
        if isinstance(self.message, Inbound):
            message = self.message.to_dict()
            message = _tagged(self.message, message)
        elif isinstance(self.message, Outbound):
            message = self.message.to_dict()
            message = _tagged(self.message, message)
        else:
            message = self.message.to_dict()
            message = _tagged(self.message, message)

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requesterId": requester_id,
                "emailIntegrationId": email_integration_id,
                "subject": subject,
                "message": message,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Email:
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
            requester_id = _parse_uuid(d.pop("requesterId"))

        except Exception as _exc:
            raise _at(_exc, "requesterId") from _exc

        try:
            email_integration_id = _expect_str(d.pop("emailIntegrationId"))
        except Exception as _exc:
            raise _at(_exc, "emailIntegrationId") from _exc

        try:
            subject = _expect_str(d.pop("subject"))
        except Exception as _exc:
            raise _at(_exc, "subject") from _exc

        try:
            message = cast(
                "Inbound | Outbound | UnknownCreateMessageInput",
                _resolve_union(
                    d.pop("message"),
                    lambda: (
                        _Variant("Inbound", _is_mapping, Inbound.from_dict, Inbound),
                        _Variant("Outbound", _is_mapping, Outbound.from_dict, Outbound),
                        _Variant(
                            "UnknownCreateMessageInput",
                            _is_mapping,
                            UnknownCreateMessageInput.from_dict,
                            UnknownCreateMessageInput,
                        ),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "message") from _exc

        try:
            language = _value if (_value := d.pop("language", UNSET)) is not None else UNSET
            if language is not UNSET:
                _expect_str(language)
        except Exception as _exc:
            raise _at(_exc, "language") from _exc

        _instance = cls(
            requester_id=requester_id,
            email_integration_id=email_integration_id,
            subject=subject,
            message=message,
            language=language,
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
    ["requesterId", "emailIntegrationId", "subject", "message", "language", "_type"]
)


def _decode(_dixa_d: Any) -> Email:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Email)
    _dixa_v = _dixa_d["requesterId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.requester_id = _dixa_u
    else:
        _dixa_o.requester_id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["emailIntegrationId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.email_integration_id = _dixa_v

    _dixa_v = _dixa_d["subject"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.subject = _dixa_v

    _dixa_v = _dixa_d["message"]
    _dixa_tags = _DIXA_TAGS.get("message")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["message"] = _tag_decoders(
            Inbound,
            Outbound,
            UnknownCreateMessageInput,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        message = cast(
            "Inbound | Outbound | UnknownCreateMessageInput",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("Inbound", _is_mapping, Inbound.from_dict, Inbound),
                    _Variant("Outbound", _is_mapping, Outbound.from_dict, Outbound),
                    _Variant(
                        "UnknownCreateMessageInput",
                        _is_mapping,
                        UnknownCreateMessageInput.from_dict,
                        UnknownCreateMessageInput,
                    ),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.message = message

    else:
        _dixa_o.message = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.language = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("language")
    if _dixa_v is None:
        _dixa_o.language = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.language = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Email.__dixa_decode__ = _decode
