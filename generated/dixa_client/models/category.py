from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restrictions import Restrictions
    from ..models.translation_title import TranslationTitle

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Restrictions, TranslationTitle
    from ..models.restrictions import Restrictions  # noqa: PLC0415
    from ..models.translation_title import TranslationTitle  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    id: str
    is_locked: bool
    restrictions: Restrictions
    title: TranslationTitle | Unset = UNSET
    is_default_location: bool | Unset = UNSET
    parent_category: str | Unset = UNSET
    parent_collections: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "isLocked", "restrictions"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["id", "isLocked", "restrictions", "title", "isDefaultLocation", "parentCategory", "parentCollections"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "is_locked": "isLocked",
        "restrictions": "restrictions",
        "title": "title",
        "is_default_location": "isDefaultLocation",
        "parent_category": "parentCategory",
        "parent_collections": "parentCollections",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        is_locked = self.is_locked

        restrictions = self.restrictions.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        is_default_location = self.is_default_location

        parent_category = self.parent_category

        parent_collections: list[str] | Unset = UNSET
        if not isinstance(self.parent_collections, Unset):
            parent_collections = self.parent_collections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isLocked": is_locked,
                "restrictions": restrictions,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if is_default_location is not UNSET:
            field_dict["isDefaultLocation"] = is_default_location
        if parent_category is not UNSET:
            field_dict["parentCategory"] = parent_category
        if parent_collections is not UNSET:
            field_dict["parentCollections"] = parent_collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Category:
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
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            is_locked = _expect_bool(d.pop("isLocked"))
        except Exception as _exc:
            raise _at(_exc, "isLocked") from _exc

        try:
            restrictions = Restrictions.from_dict(d.pop("restrictions"))

        except Exception as _exc:
            raise _at(_exc, "restrictions") from _exc

        try:
            _title = _value if (_value := d.pop("title", UNSET)) is not None else UNSET
            title: TranslationTitle | Unset
            if isinstance(_title, Unset):
                title = UNSET
            else:
                title = TranslationTitle.from_dict(_title)

        except Exception as _exc:
            raise _at(_exc, "title") from _exc

        try:
            is_default_location = _value if (_value := d.pop("isDefaultLocation", UNSET)) is not None else UNSET
            if is_default_location is not UNSET:
                _expect_bool(is_default_location)
        except Exception as _exc:
            raise _at(_exc, "isDefaultLocation") from _exc

        try:
            parent_category = _value if (_value := d.pop("parentCategory", UNSET)) is not None else UNSET
            if parent_category is not UNSET:
                _expect_str(parent_category)
        except Exception as _exc:
            raise _at(_exc, "parentCategory") from _exc

        try:
            _parent_collections = _value if (_value := d.pop("parentCollections", UNSET)) is not None else UNSET
            if _parent_collections is not UNSET:
                _expect_list_of(_parent_collections, _expect_str)
            parent_collections = cast("list[str]", _parent_collections)

        except Exception as _exc:
            raise _at(_exc, "parentCollections") from _exc

        _instance = cls(
            id=id,
            is_locked=is_locked,
            restrictions=restrictions,
            title=title,
            is_default_location=is_default_location,
            parent_category=parent_category,
            parent_collections=parent_collections,
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
        "isLocked",
        "restrictions",
        "title",
        "isDefaultLocation",
        "parentCategory",
        "parentCollections",
    ]
)


def _decode(_dixa_d: Any) -> Category:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Category)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["isLocked"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_locked = _dixa_v

    _dixa_v = _dixa_d["restrictions"]
    _dixa_o.restrictions = Restrictions.__dixa_decode__(_dixa_v)

    _dixa_n = len(_dixa_d) - 3  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.title = _dixa_o.is_default_location = _dixa_o.parent_category = _dixa_o.parent_collections = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("title")
    if _dixa_v is None:
        _dixa_o.title = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.title = TranslationTitle.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("isDefaultLocation")
    if _dixa_v is None:
        _dixa_o.is_default_location = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.is_default_location = _dixa_v

    _dixa_v = _dixa_d.get("parentCategory")
    if _dixa_v is None:
        _dixa_o.parent_category = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.parent_category = _dixa_v

    _dixa_v = _dixa_d.get("parentCollections")
    if _dixa_v is None:
        _dixa_o.parent_collections = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        for _dixa_i in _dixa_v:
            if _dixa_i.__class__ is not str:
                raise _FastPathMiss
        _dixa_o.parent_collections = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Category.__dixa_decode__ = _decode
