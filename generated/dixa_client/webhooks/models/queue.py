from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._unions import Variant as _Variant
from ..._unions import identity as _identity
from ..._unions import resolve as _resolve_union
from ..._validation import at as _at
from ...types import UNSET, Unset

T = TypeVar("T", bound="Queue")


@_attrs_define
class Queue:
    """A queue. Dixa's table for this object was not retrievable; the keys are those of the API document's example."""

    id: str | Unset | UUID = UNSET
    """ An id Dixa documents as a UUID. Dixa's own examples hold ids that are not valid UUIDs (letters past `f`), so
    a value that does not parse as a UUID is kept as the string it is. """
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name"])
    __dixa_fallback__: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _id_variant_0(data: Any) -> UUID:
                componentsschemas_webhook_id_type_0 = UUID(data)

                return componentsschemas_webhook_id_type_0

            id = cast(
                "str | Unset | UUID",
                _resolve_union(
                    (_value if (_value := d.pop("id", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("UUID", lambda v: isinstance(v, str), _id_variant_0),
                        _Variant("str", lambda v: isinstance(v, str), _identity, plain=True),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _value if (_value := d.pop("name", UNSET)) is not None else UNSET
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        _instance = cls(
            id=id,
            name=name,
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
