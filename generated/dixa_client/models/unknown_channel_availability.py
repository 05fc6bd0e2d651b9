from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
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

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["genericChannelName", "availability"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["genericChannelName", "availability", "queueSize"])
    __dixa_fallback__: ClassVar[bool] = True

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        try:
            generic_channel_name = d.pop("genericChannelName")
        except Exception as _exc:
            raise _at(_exc, "genericChannelName") from _exc

        try:
            availability = Availability.parse(d.pop("availability"))

        except Exception as _exc:
            raise _at(_exc, "availability") from _exc

        try:
            queue_size = _value if (_value := d.pop("queueSize", UNSET)) is not None else UNSET
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
