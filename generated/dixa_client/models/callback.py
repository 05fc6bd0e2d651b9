from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import UNKNOWN_SAFETY as _UNKNOWN_SAFETY
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..models.callback_direction import CallbackDirection

T = TypeVar("T", bound="Callback")


@_attrs_define
class Callback:
    requester_id: UUID
    direction: CallbackDirection
    contact_endpoint_id: str
    queue_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "Callback"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["requesterId", "direction", "contactEndpointId", "queueId"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["requesterId", "direction", "contactEndpointId", "queueId"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "requester_id": "requesterId",
        "direction": "direction",
        "contact_endpoint_id": "contactEndpointId",
        "queue_id": "queueId",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        requester_id = str(self.requester_id)

        direction = self.direction.value

        contact_endpoint_id = self.contact_endpoint_id

        queue_id = str(self.queue_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requesterId": requester_id,
                "direction": direction,
                "contactEndpointId": contact_endpoint_id,
                "queueId": queue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is Callback:
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
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            requester_id = _parse_uuid(d.pop("requesterId"))

        except Exception as _exc:
            raise _at(_exc, "requesterId") from _exc

        try:
            direction = CallbackDirection.parse(_expect_str(d.pop("direction")))

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            contact_endpoint_id = _expect_str(d.pop("contactEndpointId"))
        except Exception as _exc:
            raise _at(_exc, "contactEndpointId") from _exc

        try:
            queue_id = _parse_uuid(d.pop("queueId"))

        except Exception as _exc:
            raise _at(_exc, "queueId") from _exc

        _instance = cls(
            requester_id=requester_id,
            direction=direction,
            contact_endpoint_id=contact_endpoint_id,
            queue_id=queue_id,
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
_DIXA_VALUES_CallbackDirection: dict[Any, Any] = CallbackDirection._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(["requesterId", "direction", "contactEndpointId", "queueId", "_type"])


def _decode(_dixa_d: Any) -> Callback:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(Callback)
    _dixa_v = _dixa_d["requesterId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.requester_id = _dixa_u
    else:
        _dixa_o.requester_id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["direction"]
    _dixa_o.direction = _DIXA_VALUES_CallbackDirection.get(_dixa_v) or CallbackDirection.parse(_dixa_v)

    _dixa_v = _dixa_d["contactEndpointId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.contact_endpoint_id = _dixa_v

    _dixa_v = _dixa_d["queueId"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.queue_id = _dixa_u
    else:
        _dixa_o.queue_id = _read_uuid(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if "_type" in _dixa_d:
        _dixa_n -= 1
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


Callback.__dixa_decode__ = _decode
