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
from .._validation import not_an_object as _not_an_object

if TYPE_CHECKING:
    from ..models.between import Between
    from ..models.since import Since
    from ..models.unknown_variant import UnknownVariant
    from ..models.until import Until

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Between, Since, UnknownVariant, Until
    from ..models.between import Between  # noqa: PLC0415
    from ..models.since import Since  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415
    from ..models.until import Until  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CreationDate")


@_attrs_define
class CreationDate:
    operator: Between | Since | UnknownVariant | Until
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "CreationDate"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["operator"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["operator"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"operator": "operator"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        operator: dict[str, Any]
        if isinstance(self.operator, Between):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, Since):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, Until):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        else:
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is CreationDate:
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
            operator = cast(
                "Between | Since | UnknownVariant | Until",
                _resolve_union(
                    d.pop("operator"),
                    lambda: (
                        _Variant("Between", _is_mapping, Between.from_dict, Between),
                        _Variant("Since", _is_mapping, Since.from_dict, Since),
                        _Variant("Until", _is_mapping, Until.from_dict, Until),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "operator") from _exc

        _instance = cls(
            operator=operator,
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
_KNOWN_KEYS: frozenset[str] = frozenset(["operator", "_type"])


def _decode(_dixa_d: Any) -> CreationDate:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(CreationDate)
    _dixa_v = _dixa_d["operator"]
    _dixa_tags = _DIXA_TAGS.get("operator")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["operator"] = _tag_decoders(
            Between,
            Since,
            Until,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        operator = cast(
            "Between | Since | UnknownVariant | Until",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("Between", _is_mapping, Between.from_dict, Between),
                    _Variant("Since", _is_mapping, Since.from_dict, Since),
                    _Variant("Until", _is_mapping, Until.from_dict, Until),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.operator = operator

    else:
        _dixa_o.operator = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


CreationDate.__dixa_decode__ = _decode
