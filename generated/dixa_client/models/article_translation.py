from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime as _format_datetime
from .._datetime import from_iso as _from_iso
from .._datetime import parse_datetime as _parse_datetime
from .._datetime import read_timestamp as _read_timestamp
from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_content import ArticleContent
    from ..models.available_at import AvailableAt

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, ArticleContent, AvailableAt
    from ..models.article_content import ArticleContent  # noqa: PLC0415
    from ..models.available_at import AvailableAt  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ArticleTranslation")


@_attrs_define
class ArticleTranslation:
    language: str
    title: str
    is_indexed_version: bool
    contents: ArticleContent
    available_at: AvailableAt
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["language", "title", "isIndexedVersion", "contents", "availableAt", "createdAt", "updatedAt"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "language",
            "title",
            "isIndexedVersion",
            "contents",
            "availableAt",
            "createdAt",
            "updatedAt",
            "createdBy",
            "updatedBy",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "language": "language",
        "title": "title",
        "is_indexed_version": "isIndexedVersion",
        "contents": "contents",
        "available_at": "availableAt",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "created_by": "createdBy",
        "updated_by": "updatedBy",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        language = self.language

        title = self.title

        is_indexed_version = self.is_indexed_version

        contents = self.contents.to_dict()

        available_at = self.available_at.to_dict()

        created_at = _format_datetime(self.created_at)

        updated_at = _format_datetime(self.updated_at)

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "title": title,
                "isIndexedVersion": is_indexed_version,
                "contents": contents,
                "availableAt": available_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ArticleTranslation:
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
            language = _expect_str(d.pop("language"))
        except Exception as _exc:
            raise _at(_exc, "language") from _exc

        try:
            title = _expect_str(d.pop("title"))
        except Exception as _exc:
            raise _at(_exc, "title") from _exc

        try:
            is_indexed_version = _expect_bool(d.pop("isIndexedVersion"))
        except Exception as _exc:
            raise _at(_exc, "isIndexedVersion") from _exc

        try:
            contents = ArticleContent.from_dict(d.pop("contents"))

        except Exception as _exc:
            raise _at(_exc, "contents") from _exc

        try:
            available_at = AvailableAt.from_dict(d.pop("availableAt"))

        except Exception as _exc:
            raise _at(_exc, "availableAt") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            updated_at = _parse_datetime(d.pop("updatedAt"))

        except Exception as _exc:
            raise _at(_exc, "updatedAt") from _exc

        try:
            created_by = _value if (_value := d.pop("createdBy", UNSET)) is not None else UNSET
            if created_by is not UNSET:
                _expect_str(created_by)
        except Exception as _exc:
            raise _at(_exc, "createdBy") from _exc

        try:
            updated_by = _value if (_value := d.pop("updatedBy", UNSET)) is not None else UNSET
            if updated_by is not UNSET:
                _expect_str(updated_by)
        except Exception as _exc:
            raise _at(_exc, "updatedBy") from _exc

        _instance = cls(
            language=language,
            title=title,
            is_indexed_version=is_indexed_version,
            contents=contents,
            available_at=available_at,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
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
        "language",
        "title",
        "isIndexedVersion",
        "contents",
        "availableAt",
        "createdAt",
        "updatedAt",
        "createdBy",
        "updatedBy",
    ]
)


def _decode(_dixa_d: Any) -> ArticleTranslation:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ArticleTranslation)
    _dixa_v = _dixa_d["language"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.language = _dixa_v

    _dixa_v = _dixa_d["title"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.title = _dixa_v

    _dixa_v = _dixa_d["isIndexedVersion"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_indexed_version = _dixa_v

    _dixa_v = _dixa_d["contents"]
    _dixa_o.contents = ArticleContent.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d["availableAt"]
    _dixa_o.available_at = AvailableAt.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["updatedAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.updated_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.updated_at = _read_timestamp(_dixa_v)

    _dixa_n = len(_dixa_d) - 7  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.created_by = _dixa_o.updated_by = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("createdBy")
    if _dixa_v is None:
        _dixa_o.created_by = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.created_by = _dixa_v

    _dixa_v = _dixa_d.get("updatedBy")
    if _dixa_v is None:
        _dixa_o.updated_by = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.updated_by = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ArticleTranslation.__dixa_decode__ = _decode
