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
    from ..models.bulk_error_not_found import BulkErrorNotFound
    from ..models.empty_patch_set import EmptyPatchSet
    from ..models.error_response import ErrorResponse
    from ..models.infrastructure import Infrastructure
    from ..models.integrity import Integrity
    from ..models.invalid_argument import InvalidArgument
    from ..models.unknown_bulk_error import UnknownBulkError
    from ..models.validation import Validation

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        BulkErrorNotFound, \
        EmptyPatchSet, \
        ErrorResponse, \
        Infrastructure, \
        Integrity, \
        InvalidArgument, \
        UnknownBulkError, \
        Validation
    from ..models.bulk_error_not_found import BulkErrorNotFound  # noqa: PLC0415
    from ..models.empty_patch_set import EmptyPatchSet  # noqa: PLC0415
    from ..models.error_response import ErrorResponse  # noqa: PLC0415
    from ..models.infrastructure import Infrastructure  # noqa: PLC0415
    from ..models.integrity import Integrity  # noqa: PLC0415
    from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415
    from ..models.unknown_bulk_error import UnknownBulkError  # noqa: PLC0415
    from ..models.validation import Validation  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="BulkActionFailureBulkErrorAgent")


@_attrs_define
class BulkActionFailureBulkErrorAgent:
    error: (
        BulkErrorNotFound
        | EmptyPatchSet
        | ErrorResponse
        | Infrastructure
        | Integrity
        | InvalidArgument
        | UnknownBulkError
        | Validation
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "BulkActionFailure"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["error"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["error"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"error": "error"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        error: dict[str, Any]
        if isinstance(self.error, EmptyPatchSet):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, Infrastructure):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, Integrity):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, InvalidArgument):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, BulkErrorNotFound):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        elif isinstance(self.error, Validation):
            error = self.error.to_dict()
            error = _tagged(self.error, error)
        else:
            error = self.error.to_dict()
            error = _tagged(self.error, error)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is BulkActionFailureBulkErrorAgent:
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
            error = cast(
                "BulkErrorNotFound | EmptyPatchSet | ErrorResponse | Infrastructure | Integrity | InvalidArgument | UnknownBulkError | Validation",
                _resolve_union(
                    d.pop("error"),
                    lambda: (
                        _Variant("EmptyPatchSet", _is_mapping, EmptyPatchSet.from_dict, EmptyPatchSet),
                        _Variant("ErrorResponse", _is_mapping, ErrorResponse.from_dict, ErrorResponse),
                        _Variant("Infrastructure", _is_mapping, Infrastructure.from_dict, Infrastructure),
                        _Variant("Integrity", _is_mapping, Integrity.from_dict, Integrity),
                        _Variant("InvalidArgument", _is_mapping, InvalidArgument.from_dict, InvalidArgument),
                        _Variant("BulkErrorNotFound", _is_mapping, BulkErrorNotFound.from_dict, BulkErrorNotFound),
                        _Variant("Validation", _is_mapping, Validation.from_dict, Validation),
                        _Variant("UnknownBulkError", _is_mapping, UnknownBulkError.from_dict, UnknownBulkError),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "error") from _exc

        _instance = cls(
            error=error,
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
_KNOWN_KEYS: frozenset[str] = frozenset(["error", "_type"])


def _decode(_dixa_d: Any) -> BulkActionFailureBulkErrorAgent:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(BulkActionFailureBulkErrorAgent)
    _dixa_v = _dixa_d["error"]
    _dixa_tags = _DIXA_TAGS.get("error")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["error"] = _tag_decoders(
            EmptyPatchSet,
            ErrorResponse,
            Infrastructure,
            Integrity,
            InvalidArgument,
            BulkErrorNotFound,
            Validation,
            UnknownBulkError,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        error = cast(
            "BulkErrorNotFound | EmptyPatchSet | ErrorResponse | Infrastructure | Integrity | InvalidArgument | UnknownBulkError | Validation",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("EmptyPatchSet", _is_mapping, EmptyPatchSet.from_dict, EmptyPatchSet),
                    _Variant("ErrorResponse", _is_mapping, ErrorResponse.from_dict, ErrorResponse),
                    _Variant("Infrastructure", _is_mapping, Infrastructure.from_dict, Infrastructure),
                    _Variant("Integrity", _is_mapping, Integrity.from_dict, Integrity),
                    _Variant("InvalidArgument", _is_mapping, InvalidArgument.from_dict, InvalidArgument),
                    _Variant("BulkErrorNotFound", _is_mapping, BulkErrorNotFound.from_dict, BulkErrorNotFound),
                    _Variant("Validation", _is_mapping, Validation.from_dict, Validation),
                    _Variant("UnknownBulkError", _is_mapping, UnknownBulkError.from_dict, UnknownBulkError),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.error = error

    else:
        _dixa_o.error = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


BulkActionFailureBulkErrorAgent.__dixa_decode__ = _decode
