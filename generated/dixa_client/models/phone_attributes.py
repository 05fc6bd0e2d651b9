from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._unions import Variant as _Variant
from .._unions import identity as _identity
from .._unions import resolve as _resolve_union
from .._validation import at as _at
from ..models.conversation_direction import ConversationDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneAttributes")


@_attrs_define
class PhoneAttributes:
    from_: str
    to: int | str
    direction: ConversationDirection | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "PhoneAttributes"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["from", "to"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["from", "to", "direction", "duration"])
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to: int | str
        to = self.to

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            from_ = d.pop("from")
        except Exception as _exc:
            raise _at(_exc, "from") from _exc

        try:
            to = cast(
                "int | str",
                _resolve_union(
                    d.pop("to"),
                    lambda: (
                        _Variant("str", lambda v: isinstance(v, str), _identity, plain=True),
                        _Variant("int", lambda v: isinstance(v, int), _identity, plain=True),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "to") from _exc

        try:
            _direction = _value if (_value := d.pop("direction", UNSET)) is not None else UNSET
            direction: ConversationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = ConversationDirection.parse(_direction)

        except Exception as _exc:
            raise _at(_exc, "direction") from _exc

        try:
            duration = _value if (_value := d.pop("duration", UNSET)) is not None else UNSET
        except Exception as _exc:
            raise _at(_exc, "duration") from _exc

        _instance = cls(
            from_=from_,
            to=to,
            direction=direction,
            duration=duration,
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
