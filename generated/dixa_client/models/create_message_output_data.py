from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tagged as _tagged
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from ..models.anonymized_conversation_direction import AnonymizedConversationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.html import Html
    from ..models.markdown import Markdown
    from ..models.text import Text
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Html, Markdown, Text, UnknownVariant
    from ..models.html import Html  # noqa: PLC0415
    from ..models.markdown import Markdown  # noqa: PLC0415
    from ..models.text import Text  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CreateMessageOutputData")


@_attrs_define
class CreateMessageOutputData:
    direction: AnonymizedConversationDirection
    author_id: UUID
    content: Html | Markdown | Text | UnknownVariant | Unset = UNSET
    external_id: str | Unset = UNSET
    message_id: UUID | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["direction", "authorId"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["direction", "authorId", "content", "externalId", "messageId", "createdAt"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "direction": "direction",
        "author_id": "authorId",
        "content": "content",
        "external_id": "externalId",
        "message_id": "messageId",
        "created_at": "createdAt",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        direction = self.direction.value

        author_id = str(self.author_id)

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

        external_id = self.external_id

        message_id: str | Unset = UNSET
        if not isinstance(self.message_id, Unset):
            message_id = str(self.message_id)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "authorId": author_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            direction = AnonymizedConversationDirection.parse(_expect_str(d.pop("direction")))

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            author_id = _parse_uuid(d.pop("authorId"))

        except Exception as _exc:
            raise _at(_exc, "authorId") from _exc

        try:
            content = cast(
                "Html | Markdown | Text | UnknownVariant | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("content", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("Html", _is_mapping, Html.from_dict, Html),
                        _Variant("Markdown", _is_mapping, Markdown.from_dict, Markdown),
                        _Variant("Text", _is_mapping, Text.from_dict, Text),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "content") from _exc

        try:
            external_id = _value if (_value := d.pop("externalId", UNSET)) is not None else UNSET
            if external_id is not UNSET:
                _expect_str(external_id)
        except Exception as _exc:
            raise _at(_exc, "externalId") from _exc

        try:
            _message_id = _value if (_value := d.pop("messageId", UNSET)) is not None else UNSET
            message_id: UUID | Unset
            if isinstance(_message_id, Unset):
                message_id = UNSET
            else:
                message_id = _parse_uuid(_message_id)

        except Exception as _exc:
            raise _at(_exc, "messageId") from _exc

        try:
            created_at = _value if (_value := d.pop("createdAt", UNSET)) is not None else UNSET
            if created_at is not UNSET:
                _expect_str(created_at)
        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        _instance = cls(
            direction=direction,
            author_id=author_id,
            content=content,
            external_id=external_id,
            message_id=message_id,
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
