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
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csat import Csat
    from ..models.nps import Nps
    from ..models.thumbs_up_or_down import ThumbsUpOrDown
    from ..models.unknown_submitted_rating_result import UnknownSubmittedRatingResult

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Csat, Nps, ThumbsUpOrDown, UnknownSubmittedRatingResult
    from ..models.csat import Csat  # noqa: PLC0415
    from ..models.nps import Nps  # noqa: PLC0415
    from ..models.thumbs_up_or_down import ThumbsUpOrDown  # noqa: PLC0415
    from ..models.unknown_submitted_rating_result import UnknownSubmittedRatingResult  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CreateRatingResultInput")


@_attrs_define
class CreateRatingResultInput:
    rating_result: Csat | Nps | ThumbsUpOrDown | UnknownSubmittedRatingResult
    user_id: str | Unset = UNSET
    """ The userId property is no longer used so it's made optional to keep backwards compatibility. A null value
    can be provided instead of an actual ID. """
    comment: str | Unset = UNSET
    submitted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["ratingResult"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["ratingResult", "userId", "comment", "submittedAt"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "rating_result": "ratingResult",
        "user_id": "userId",
        "comment": "comment",
        "submitted_at": "submittedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        rating_result: dict[str, Any]
        if isinstance(self.rating_result, Csat):
            rating_result = self.rating_result.to_dict()
            rating_result = _tagged(self.rating_result, rating_result)
        elif isinstance(self.rating_result, Nps):
            rating_result = self.rating_result.to_dict()
            rating_result = _tagged(self.rating_result, rating_result)
        elif isinstance(self.rating_result, ThumbsUpOrDown):
            rating_result = self.rating_result.to_dict()
            rating_result = _tagged(self.rating_result, rating_result)
        else:
            rating_result = self.rating_result.to_dict()
            rating_result = _tagged(self.rating_result, rating_result)

        user_id = self.user_id

        comment = self.comment

        submitted_at: str | Unset = UNSET
        if not isinstance(self.submitted_at, Unset):
            submitted_at = _format_datetime(self.submitted_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratingResult": rating_result,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is CreateRatingResultInput:
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
            rating_result = cast(
                "Csat | Nps | ThumbsUpOrDown | UnknownSubmittedRatingResult",
                _resolve_union(
                    d.pop("ratingResult"),
                    lambda: (
                        _Variant("Csat", _is_mapping, Csat.from_dict, Csat),
                        _Variant("Nps", _is_mapping, Nps.from_dict, Nps),
                        _Variant("ThumbsUpOrDown", _is_mapping, ThumbsUpOrDown.from_dict, ThumbsUpOrDown),
                        _Variant(
                            "UnknownSubmittedRatingResult",
                            _is_mapping,
                            UnknownSubmittedRatingResult.from_dict,
                            UnknownSubmittedRatingResult,
                        ),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "ratingResult") from _exc

        try:
            user_id = _value if (_value := d.pop("userId", UNSET)) is not None else UNSET
            if user_id is not UNSET:
                _expect_str(user_id)
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            comment = _value if (_value := d.pop("comment", UNSET)) is not None else UNSET
            if comment is not UNSET:
                _expect_str(comment)
        except Exception as _exc:
            raise _at(_exc, "comment") from _exc

        try:
            _submitted_at = _value if (_value := d.pop("submittedAt", UNSET)) is not None else UNSET
            submitted_at: datetime.datetime | Unset
            if isinstance(_submitted_at, Unset):
                submitted_at = UNSET
            else:
                submitted_at = _parse_datetime(_submitted_at)

        except Exception as _exc:
            raise _at(_exc, "submittedAt") from _exc

        _instance = cls(
            rating_result=rating_result,
            user_id=user_id,
            comment=comment,
            submitted_at=submitted_at,
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
        "ratingResult",
        "userId",
        "comment",
        "submittedAt",
    ]
)


def _decode(_dixa_d: Any) -> CreateRatingResultInput:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(CreateRatingResultInput)
    _dixa_v = _dixa_d["ratingResult"]
    _dixa_tags = _DIXA_TAGS.get("rating_result")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["rating_result"] = _tag_decoders(
            Csat,
            Nps,
            ThumbsUpOrDown,
            UnknownSubmittedRatingResult,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        rating_result = cast(
            "Csat | Nps | ThumbsUpOrDown | UnknownSubmittedRatingResult",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("Csat", _is_mapping, Csat.from_dict, Csat),
                    _Variant("Nps", _is_mapping, Nps.from_dict, Nps),
                    _Variant("ThumbsUpOrDown", _is_mapping, ThumbsUpOrDown.from_dict, ThumbsUpOrDown),
                    _Variant(
                        "UnknownSubmittedRatingResult",
                        _is_mapping,
                        UnknownSubmittedRatingResult.from_dict,
                        UnknownSubmittedRatingResult,
                    ),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.rating_result = rating_result

    else:
        _dixa_o.rating_result = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.user_id = _dixa_o.comment = _dixa_o.submitted_at = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("userId")
    if _dixa_v is None:
        _dixa_o.user_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.user_id = _dixa_v

    _dixa_v = _dixa_d.get("comment")
    if _dixa_v is None:
        _dixa_o.comment = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.comment = _dixa_v

    _dixa_v = _dixa_d.get("submittedAt")
    if _dixa_v is None:
        _dixa_o.submitted_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.submitted_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.submitted_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


CreateRatingResultInput.__dixa_decode__ = _decode
