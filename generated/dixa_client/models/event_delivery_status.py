from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tagged as _tagged
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

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["event", "deliveryStatus"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["event", "deliveryStatus"])
    __dixa_fallback__: ClassVar[bool] = False
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
