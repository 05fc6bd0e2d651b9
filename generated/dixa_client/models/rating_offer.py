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
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.rating_type import RatingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingOffer")


@_attrs_define
class RatingOffer:
    id: str
    user_id: str
    agent_id: str
    rating_type: RatingType
    offered_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "userId", "agentId", "ratingType"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "userId", "agentId", "ratingType", "offeredAt"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "user_id": "userId",
        "agent_id": "agentId",
        "rating_type": "ratingType",
        "offered_at": "offeredAt",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = self.id

        user_id = self.user_id

        agent_id = self.agent_id

        rating_type = self.rating_type.value

        offered_at: str | Unset = UNSET
        if not isinstance(self.offered_at, Unset):
            offered_at = _format_datetime(self.offered_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "agentId": agent_id,
                "ratingType": rating_type,
            }
        )
        if offered_at is not UNSET:
            field_dict["offeredAt"] = offered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is RatingOffer:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            user_id = _expect_str(d.pop("userId"))
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            agent_id = _expect_str(d.pop("agentId"))
        except Exception as _exc:
            raise _at(_exc, "agentId") from _exc

        try:
            rating_type = RatingType.parse(_expect_str(d.pop("ratingType")))

        except Exception as _exc:
            raise _at(_exc, "ratingType") from _exc

        try:
            _offered_at = _value if (_value := d.pop("offeredAt", UNSET)) is not None else UNSET
            offered_at: datetime.datetime | Unset
            if isinstance(_offered_at, Unset):
                offered_at = UNSET
            else:
                offered_at = _parse_datetime(_offered_at)

        except Exception as _exc:
            raise _at(_exc, "offeredAt") from _exc

        _instance = cls(
            id=id,
            user_id=user_id,
            agent_id=agent_id,
            rating_type=rating_type,
            offered_at=offered_at,
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
_DIXA_VALUES_RatingType: dict[Any, Any] = RatingType._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "userId",
        "agentId",
        "ratingType",
        "offeredAt",
    ]
)


def _decode(_dixa_d: Any) -> RatingOffer:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(RatingOffer)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["userId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.user_id = _dixa_v

    _dixa_v = _dixa_d["agentId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.agent_id = _dixa_v

    _dixa_v = _dixa_d["ratingType"]
    _dixa_o.rating_type = _DIXA_VALUES_RatingType.get(_dixa_v) or RatingType.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.offered_at = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("offeredAt")
    if _dixa_v is None:
        _dixa_o.offered_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.offered_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.offered_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


RatingOffer.__dixa_decode__ = _decode
