from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.translation import Translation

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Translation
    from ..models.translation import Translation  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="QuickResponse")


@_attrs_define
class QuickResponse:
    id: str
    name: str
    content: str
    created_by: str
    created_at: str
    last_edited_by: str | Unset = UNSET
    last_edited_at: str | Unset = UNSET
    translations: list[Translation] | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "QuickResponse"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "name", "content", "createdBy", "createdAt"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["id", "name", "content", "createdBy", "createdAt", "lastEditedBy", "lastEditedAt", "translations", "subject"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "content": "content",
        "created_by": "createdBy",
        "created_at": "createdAt",
        "last_edited_by": "lastEditedBy",
        "last_edited_at": "lastEditedAt",
        "translations": "translations",
        "subject": "subject",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        name = self.name

        content = self.content

        created_by = self.created_by

        created_at = self.created_at

        last_edited_by = self.last_edited_by

        last_edited_at = self.last_edited_at

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "content": content,
                "createdBy": created_by,
                "createdAt": created_at,
            }
        )
        if last_edited_by is not UNSET:
            field_dict["lastEditedBy"] = last_edited_by
        if last_edited_at is not UNSET:
            field_dict["lastEditedAt"] = last_edited_at
        if translations is not UNSET:
            field_dict["translations"] = translations
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is QuickResponse:
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
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            content = _expect_str(d.pop("content"))
        except Exception as _exc:
            raise _at(_exc, "content") from _exc

        try:
            created_by = _expect_str(d.pop("createdBy"))
        except Exception as _exc:
            raise _at(_exc, "createdBy") from _exc

        try:
            created_at = _expect_str(d.pop("createdAt"))
        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            last_edited_by = _value if (_value := d.pop("lastEditedBy", UNSET)) is not None else UNSET
            if last_edited_by is not UNSET:
                _expect_str(last_edited_by)
        except Exception as _exc:
            raise _at(_exc, "lastEditedBy") from _exc

        try:
            last_edited_at = _value if (_value := d.pop("lastEditedAt", UNSET)) is not None else UNSET
            if last_edited_at is not UNSET:
                _expect_str(last_edited_at)
        except Exception as _exc:
            raise _at(_exc, "lastEditedAt") from _exc

        try:
            _translations = _value if (_value := d.pop("translations", UNSET)) is not None else UNSET
            translations: list[Translation] | Unset = UNSET
            if _translations is not UNSET:
                if not isinstance(_translations, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_translations, dict) else type(_translations).__name__}"
                    )

                translations = []
                for _index_translations, translations_item_data in enumerate(_translations):
                    try:
                        translations_item = Translation.from_dict(translations_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_translations) from _exc
                    translations.append(translations_item)

        except Exception as _exc:
            raise _at(_exc, "translations") from _exc

        try:
            subject = _value if (_value := d.pop("subject", UNSET)) is not None else UNSET
            if subject is not UNSET:
                _expect_str(subject)
        except Exception as _exc:
            raise _at(_exc, "subject") from _exc

        _instance = cls(
            id=id,
            name=name,
            content=content,
            created_by=created_by,
            created_at=created_at,
            last_edited_by=last_edited_by,
            last_edited_at=last_edited_at,
            translations=translations,
            subject=subject,
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
        "id",
        "name",
        "content",
        "createdBy",
        "createdAt",
        "lastEditedBy",
        "lastEditedAt",
        "translations",
        "subject",
        "_type",
    ]
)


def _decode(_dixa_d: Any) -> QuickResponse:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(QuickResponse)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["name"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d["content"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.content = _dixa_v

    _dixa_v = _dixa_d["createdBy"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.created_by = _dixa_v

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.created_at = _dixa_v

    _dixa_n = len(_dixa_d) - 5  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.last_edited_by = _dixa_o.last_edited_at = _dixa_o.translations = _dixa_o.subject = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("lastEditedBy")
    if _dixa_v is None:
        _dixa_o.last_edited_by = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.last_edited_by = _dixa_v

    _dixa_v = _dixa_d.get("lastEditedAt")
    if _dixa_v is None:
        _dixa_o.last_edited_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.last_edited_at = _dixa_v

    _dixa_v = _dixa_d.get("translations")
    if _dixa_v is None:
        _dixa_o.translations = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = Translation.__dixa_decode__
        _dixa_o.translations = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("subject")
    if _dixa_v is None:
        _dixa_o.subject = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.subject = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


QuickResponse.__dixa_decode__ = _decode
