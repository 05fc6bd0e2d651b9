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
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.events import Events

if TYPE_CHECKING:
    from ..models.delivery_detail import DeliveryDetail
    from ..models.no_recent_delivery import NoRecentDelivery
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, DeliveryDetail, NoRecentDelivery, UnknownVariant
    from ..models.delivery_detail import DeliveryDetail  # noqa: PLC0415
    from ..models.no_recent_delivery import NoRecentDelivery  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="EventDeliveryStatus")


@_attrs_define
class EventDeliveryStatus:
    event: Events
    delivery_status: DeliveryDetail | NoRecentDelivery | UnknownVariant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["event", "deliveryStatus"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["event", "deliveryStatus"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"event": "event", "delivery_status": "deliveryStatus"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        event = self.event.value

        delivery_status: dict[str, Any]
        if isinstance(self.delivery_status, DeliveryDetail):
            delivery_status = self.delivery_status.to_dict()
            delivery_status = _tagged(self.delivery_status, delivery_status)
        elif isinstance(self.delivery_status, NoRecentDelivery):
            delivery_status = self.delivery_status.to_dict()
            delivery_status = _tagged(self.delivery_status, delivery_status)
        else:
            delivery_status = self.delivery_status.to_dict()
            delivery_status = _tagged(self.delivery_status, delivery_status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "deliveryStatus": delivery_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is EventDeliveryStatus:
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
            event = Events.parse(_expect_str(d.pop("event")))

        except Exception as _exc:
            raise _at(_exc, "event") from _exc

        try:
            delivery_status = cast(
                "DeliveryDetail | NoRecentDelivery | UnknownVariant",
                _resolve_union(
                    d.pop("deliveryStatus"),
                    lambda: (
                        _Variant("DeliveryDetail", _is_mapping, DeliveryDetail.from_dict, DeliveryDetail),
                        _Variant("NoRecentDelivery", _is_mapping, NoRecentDelivery.from_dict, NoRecentDelivery),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "deliveryStatus") from _exc

        _instance = cls(
            event=event,
            delivery_status=delivery_status,
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
_DIXA_VALUES_Events: dict[Any, Any] = Events._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "event",
        "deliveryStatus",
    ]
)


def _decode(_dixa_d: Any) -> EventDeliveryStatus:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(EventDeliveryStatus)
    _dixa_v = _dixa_d["event"]
    _dixa_o.event = _DIXA_VALUES_Events.get(_dixa_v) or Events.parse(_dixa_v)

    _dixa_v = _dixa_d["deliveryStatus"]
    _dixa_tags = _DIXA_TAGS.get("delivery_status")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["delivery_status"] = _tag_decoders(
            DeliveryDetail,
            NoRecentDelivery,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        delivery_status = cast(
            "DeliveryDetail | NoRecentDelivery | UnknownVariant",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("DeliveryDetail", _is_mapping, DeliveryDetail.from_dict, DeliveryDetail),
                    _Variant("NoRecentDelivery", _is_mapping, NoRecentDelivery.from_dict, NoRecentDelivery),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.delivery_status = delivery_status

    else:
        _dixa_o.delivery_status = _dixa_decode(_dixa_v)

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


EventDeliveryStatus.__dixa_decode__ = _decode
