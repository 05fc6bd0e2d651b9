from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.availability import Availability
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownChannelAvailability")


@_attrs_define
class UnknownChannelAvailability:
    """A ChannelAvailability whose `_type` this client does not know: what every ChannelAvailability has is parsed; the
    rest of the raw data, `_type` included, is in `additional_properties` (also readable as `value['_type']`).

    """

    generic_channel_name: str
    availability: Availability
    queue_size: int | Unset = UNSET
    """ The number of conversations currently waiting in the queue. This field will only be present if the queue
    availability is NotAvailable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["genericChannelName", "availability"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["genericChannelName", "availability", "queueSize"])
    __dixa_fallback__: ClassVar[bool] = True
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "generic_channel_name": "genericChannelName",
        "availability": "availability",
        "queue_size": "queueSize",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        generic_channel_name = self.generic_channel_name

        availability = self.availability.value

        queue_size = self.queue_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genericChannelName": generic_channel_name,
                "availability": availability,
            }
        )
        if queue_size is not UNSET:
            field_dict["queueSize"] = queue_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is UnknownChannelAvailability:
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
            generic_channel_name = _expect_str(d.pop("genericChannelName"))
        except Exception as _exc:
            raise _at(_exc, "genericChannelName") from _exc

        try:
            availability = Availability.parse(_expect_str(d.pop("availability")))

        except Exception as _exc:
            raise _at(_exc, "availability") from _exc

        try:
            queue_size = _value if (_value := d.pop("queueSize", UNSET)) is not None else UNSET
            if queue_size is not UNSET:
                _expect_int(queue_size)
        except Exception as _exc:
            raise _at(_exc, "queueSize") from _exc

        _instance = cls(
            generic_channel_name=generic_channel_name,
            availability=availability,
            queue_size=queue_size,
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
_DIXA_VALUES_Availability: dict[Any, Any] = Availability._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "genericChannelName",
        "availability",
        "queueSize",
    ]
)


def _decode(_dixa_d: Any) -> UnknownChannelAvailability:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(UnknownChannelAvailability)
    _dixa_v = _dixa_d["genericChannelName"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.generic_channel_name = _dixa_v

    _dixa_v = _dixa_d["availability"]
    _dixa_o.availability = _DIXA_VALUES_Availability.get(_dixa_v) or Availability.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.queue_size = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("queueSize")
    if _dixa_v is None:
        _dixa_o.queue_size = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.queue_size = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


UnknownChannelAvailability.__dixa_decode__ = _decode
