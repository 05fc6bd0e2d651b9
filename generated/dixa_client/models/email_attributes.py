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
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.conversation_direction import ConversationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_contact import EmailContact
    from ..models.file import File
    from ..models.regular import Regular
    from ..models.too_large import TooLarge
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, EmailContact, File, Regular, TooLarge, UnknownVariant
    from ..models.email_contact import EmailContact  # noqa: PLC0415
    from ..models.file import File  # noqa: PLC0415
    from ..models.regular import Regular  # noqa: PLC0415
    from ..models.too_large import TooLarge  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="EmailAttributes")


@_attrs_define
class EmailAttributes:
    from_: EmailContact
    is_auto_reply: bool
    email_content: Regular | TooLarge | UnknownVariant | Unset = UNSET
    to: list[EmailContact] | Unset = UNSET
    cc: list[EmailContact] | Unset = UNSET
    bcc: list[EmailContact] | Unset = UNSET
    inline_images: list[File] | Unset = UNSET
    attachments: list[File] | Unset = UNSET
    delivery_failure_reason: str | Unset = UNSET
    direction: ConversationDirection | Unset = UNSET
    original_content_url: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "EmailAttributes"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["from", "isAutoReply"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "from",
            "isAutoReply",
            "emailContent",
            "to",
            "cc",
            "bcc",
            "inlineImages",
            "attachments",
            "deliveryFailureReason",
            "direction",
            "originalContentUrl",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "from_": "from",
        "is_auto_reply": "isAutoReply",
        "email_content": "emailContent",
        "to": "to",
        "cc": "cc",
        "bcc": "bcc",
        "inline_images": "inlineImages",
        "attachments": "attachments",
        "delivery_failure_reason": "deliveryFailureReason",
        "direction": "direction",
        "original_content_url": "originalContentUrl",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        from_ = self.from_.to_dict()

        is_auto_reply = self.is_auto_reply

        email_content: dict[str, Any] | Unset
        if isinstance(self.email_content, Unset):
            email_content = UNSET
        elif isinstance(self.email_content, Regular):
            email_content = self.email_content.to_dict()
            email_content = _tagged(self.email_content, email_content)
        elif isinstance(self.email_content, TooLarge):
            email_content = self.email_content.to_dict()
            email_content = _tagged(self.email_content, email_content)
        else:
            email_content = self.email_content.to_dict()
            email_content = _tagged(self.email_content, email_content)

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        inline_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_images, Unset):
            inline_images = []
            for inline_images_item_data in self.inline_images:
                inline_images_item = inline_images_item_data.to_dict()
                inline_images.append(inline_images_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        delivery_failure_reason = self.delivery_failure_reason

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        original_content_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_content_url, Unset):
            original_content_url = self.original_content_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "isAutoReply": is_auto_reply,
            }
        )
        if email_content is not UNSET:
            field_dict["emailContent"] = email_content
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if inline_images is not UNSET:
            field_dict["inlineImages"] = inline_images
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if delivery_failure_reason is not UNSET:
            field_dict["deliveryFailureReason"] = delivery_failure_reason
        if direction is not UNSET:
            field_dict["direction"] = direction
        if original_content_url is not UNSET:
            field_dict["originalContentUrl"] = original_content_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is EmailAttributes:
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
            from_ = EmailContact.from_dict(d.pop("from"))

        except Exception as _exc:
            raise _at(_exc, "from") from _exc

        try:
            is_auto_reply = _expect_bool(d.pop("isAutoReply"))
        except Exception as _exc:
            raise _at(_exc, "isAutoReply") from _exc

        try:
            email_content = cast(
                "Regular | TooLarge | UnknownVariant | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("emailContent", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("Regular", _is_mapping, Regular.from_dict, Regular),
                        _Variant("TooLarge", _is_mapping, TooLarge.from_dict, TooLarge),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "emailContent") from _exc

        try:
            _to = _value if (_value := d.pop("to", UNSET)) is not None else UNSET
            to: list[EmailContact] | Unset = UNSET
            if _to is not UNSET:
                if not isinstance(_to, list):
                    raise TypeError(f"expected array, got {'object' if isinstance(_to, dict) else type(_to).__name__}")

                to = []
                for _index_to, to_item_data in enumerate(_to):
                    try:
                        to_item = EmailContact.from_dict(to_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_to) from _exc
                    to.append(to_item)

        except Exception as _exc:
            raise _at(_exc, "to") from _exc

        try:
            _cc = _value if (_value := d.pop("cc", UNSET)) is not None else UNSET
            cc: list[EmailContact] | Unset = UNSET
            if _cc is not UNSET:
                if not isinstance(_cc, list):
                    raise TypeError(f"expected array, got {'object' if isinstance(_cc, dict) else type(_cc).__name__}")

                cc = []
                for _index_cc, cc_item_data in enumerate(_cc):
                    try:
                        cc_item = EmailContact.from_dict(cc_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_cc) from _exc
                    cc.append(cc_item)

        except Exception as _exc:
            raise _at(_exc, "cc") from _exc

        try:
            _bcc = _value if (_value := d.pop("bcc", UNSET)) is not None else UNSET
            bcc: list[EmailContact] | Unset = UNSET
            if _bcc is not UNSET:
                if not isinstance(_bcc, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_bcc, dict) else type(_bcc).__name__}"
                    )

                bcc = []
                for _index_bcc, bcc_item_data in enumerate(_bcc):
                    try:
                        bcc_item = EmailContact.from_dict(bcc_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_bcc) from _exc
                    bcc.append(bcc_item)

        except Exception as _exc:
            raise _at(_exc, "bcc") from _exc

        try:
            _inline_images = _value if (_value := d.pop("inlineImages", UNSET)) is not None else UNSET
            inline_images: list[File] | Unset = UNSET
            if _inline_images is not UNSET:
                if not isinstance(_inline_images, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_inline_images, dict) else type(_inline_images).__name__}"
                    )

                inline_images = []
                for _index_inline_images, inline_images_item_data in enumerate(_inline_images):
                    try:
                        inline_images_item = File.from_dict(inline_images_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_inline_images) from _exc
                    inline_images.append(inline_images_item)

        except Exception as _exc:
            raise _at(_exc, "inlineImages") from _exc

        try:
            _attachments = _value if (_value := d.pop("attachments", UNSET)) is not None else UNSET
            attachments: list[File] | Unset = UNSET
            if _attachments is not UNSET:
                if not isinstance(_attachments, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_attachments, dict) else type(_attachments).__name__}"
                    )

                attachments = []
                for _index_attachments, attachments_item_data in enumerate(_attachments):
                    try:
                        attachments_item = File.from_dict(attachments_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_attachments) from _exc
                    attachments.append(attachments_item)

        except Exception as _exc:
            raise _at(_exc, "attachments") from _exc

        try:
            delivery_failure_reason = _value if (_value := d.pop("deliveryFailureReason", UNSET)) is not None else UNSET
            if delivery_failure_reason is not UNSET:
                _expect_str(delivery_failure_reason)
        except Exception as _exc:
            raise _at(_exc, "deliveryFailureReason") from _exc

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
            _original_content_url = _value if (_value := d.pop("originalContentUrl", UNSET)) is not None else UNSET
            original_content_url: File | Unset
            if isinstance(_original_content_url, Unset):
                original_content_url = UNSET
            else:
                original_content_url = File.from_dict(_original_content_url)

        except Exception as _exc:
            raise _at(_exc, "originalContentUrl") from _exc

        _instance = cls(
            from_=from_,
            is_auto_reply=is_auto_reply,
            email_content=email_content,
            to=to,
            cc=cc,
            bcc=bcc,
            inline_images=inline_images,
            attachments=attachments,
            delivery_failure_reason=delivery_failure_reason,
            direction=direction,
            original_content_url=original_content_url,
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
_DIXA_VALUES_ConversationDirection: dict[Any, Any] = (
    ConversationDirection._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "from",
        "isAutoReply",
        "emailContent",
        "to",
        "cc",
        "bcc",
        "inlineImages",
        "attachments",
        "deliveryFailureReason",
        "direction",
        "originalContentUrl",
        "_type",
    ]
)


def _decode(_dixa_d: Any) -> EmailAttributes:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(EmailAttributes)
    _dixa_v = _dixa_d["from"]
    _dixa_o.from_ = EmailContact.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d["isAutoReply"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_auto_reply = _dixa_v

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.email_content = _dixa_o.to = _dixa_o.cc = _dixa_o.bcc = _dixa_o.inline_images = _dixa_o.attachments = (
            _dixa_o.delivery_failure_reason
        ) = _dixa_o.direction = _dixa_o.original_content_url = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("emailContent")
    if _dixa_v is None:
        _dixa_o.email_content = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("email_content")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["email_content"] = _tag_decoders(
                Regular,
                TooLarge,
                UnknownVariant,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            email_content = cast(
                "Regular | TooLarge | UnknownVariant | Unset",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant("Regular", _is_mapping, Regular.from_dict, Regular),
                        _Variant("TooLarge", _is_mapping, TooLarge.from_dict, TooLarge),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.email_content = email_content

        else:
            _dixa_o.email_content = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d.get("to")
    if _dixa_v is None:
        _dixa_o.to = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = EmailContact.__dixa_decode__
        _dixa_o.to = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("cc")
    if _dixa_v is None:
        _dixa_o.cc = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = EmailContact.__dixa_decode__
        _dixa_o.cc = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("bcc")
    if _dixa_v is None:
        _dixa_o.bcc = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = EmailContact.__dixa_decode__
        _dixa_o.bcc = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("inlineImages")
    if _dixa_v is None:
        _dixa_o.inline_images = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = File.__dixa_decode__
        _dixa_o.inline_images = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("attachments")
    if _dixa_v is None:
        _dixa_o.attachments = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = File.__dixa_decode__
        _dixa_o.attachments = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("deliveryFailureReason")
    if _dixa_v is None:
        _dixa_o.delivery_failure_reason = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.delivery_failure_reason = _dixa_v

    _dixa_v = _dixa_d.get("direction")
    if _dixa_v is None:
        _dixa_o.direction = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.direction = _DIXA_VALUES_ConversationDirection.get(_dixa_v) or ConversationDirection.parse(_dixa_v)

    _dixa_v = _dixa_d.get("originalContentUrl")
    if _dixa_v is None:
        _dixa_o.original_content_url = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.original_content_url = File.__dixa_decode__(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


EmailAttributes.__dixa_decode__ = _decode
