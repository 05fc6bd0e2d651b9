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
    from ..models.file import File
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text
    from ..models.unknown_content import UnknownContent

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, File, Html, Markdown, Text, UnknownContent
    from ..models.file import File  # noqa: PLC0415
    from ..models.html import Html  # noqa: PLC0415
    from ..models.markdown import Markdown  # noqa: PLC0415
    from ..models.text import Text  # noqa: PLC0415
    from ..models.unknown_content import UnknownContent  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ChatAttributes")


@_attrs_define
class ChatAttributes:
    is_automated: bool
    content: Html | Markdown | Text | UnknownContent | Unset = UNSET
    direction: ConversationDirection | Unset = UNSET
    attachments: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "ChatAttributes"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["isAutomated"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["isAutomated", "content", "direction", "attachments"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "is_automated": "isAutomated",
        "content": "content",
        "direction": "direction",
        "attachments": "attachments",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        is_automated = self.is_automated

        content: dict[str, Any] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, Html):
            content = self.content.to_dict()
            content = _tagged(self.content, content)
        elif isinstance(self.content, Markdown):
            content = self.content.to_dict()
            content = _tagged(self.content, content)
        elif isinstance(self.content, Text):
            content = self.content.to_dict()
            content = _tagged(self.content, content)
        else:
            content = self.content.to_dict()
            content = _tagged(self.content, content)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isAutomated": is_automated,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if direction is not UNSET:
            field_dict["direction"] = direction
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ChatAttributes:
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
            is_automated = _expect_bool(d.pop("isAutomated"))
        except Exception as _exc:
            raise _at(_exc, "isAutomated") from _exc

        try:
            content = cast(
                "Html | Markdown | Text | UnknownContent | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("content", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("Html", _is_mapping, Html.from_dict, Html),
                        _Variant("Markdown", _is_mapping, Markdown.from_dict, Markdown),
                        _Variant("Text", _is_mapping, Text.from_dict, Text),
                        _Variant("UnknownContent", _is_mapping, UnknownContent.from_dict, UnknownContent),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "content") from _exc

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

        _instance = cls(
            is_automated=is_automated,
            content=content,
            direction=direction,
            attachments=attachments,
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
_KNOWN_KEYS: frozenset[str] = frozenset(["isAutomated", "content", "direction", "attachments", "_type"])


def _decode(_dixa_d: Any) -> ChatAttributes:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ChatAttributes)
    _dixa_v = _dixa_d["isAutomated"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_automated = _dixa_v

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.content = _dixa_o.direction = _dixa_o.attachments = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("content")
    if _dixa_v is None:
        _dixa_o.content = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("content")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["content"] = _tag_decoders(
                Html,
                Markdown,
                Text,
                UnknownContent,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            content = cast(
                "Html | Markdown | Text | UnknownContent | Unset",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant("Html", _is_mapping, Html.from_dict, Html),
                        _Variant("Markdown", _is_mapping, Markdown.from_dict, Markdown),
                        _Variant("Text", _is_mapping, Text.from_dict, Text),
                        _Variant("UnknownContent", _is_mapping, UnknownContent.from_dict, UnknownContent),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.content = content

        else:
            _dixa_o.content = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d.get("direction")
    if _dixa_v is None:
        _dixa_o.direction = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.direction = _DIXA_VALUES_ConversationDirection.get(_dixa_v) or ConversationDirection.parse(_dixa_v)

    _dixa_v = _dixa_d.get("attachments")
    if _dixa_v is None:
        _dixa_o.attachments = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = File.__dixa_decode__
        _dixa_o.attachments = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ChatAttributes.__dixa_decode__ = _decode
