from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime as _format_datetime
from .._datetime import from_iso as _from_iso
from .._datetime import parse_datetime as _parse_datetime
from .._datetime import read_timestamp as _read_timestamp
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
from ..models.deprecated_anonymization_type import DeprecatedAnonymizationType
from ..models.type_ import Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnonymizationRequestStatus")


@_attrs_define
class AnonymizationRequestStatus:
    id: UUID
    entity_type: DeprecatedAnonymizationType
    """ Replaced by _type field """
    field_type_: Type
    initiated_at: datetime.datetime
    target_entity_id: str
    requested_by: UUID
    processed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "entityType", "_type", "initiatedAt", "targetEntityId", "requestedBy"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["id", "entityType", "_type", "initiatedAt", "targetEntityId", "requestedBy", "processedAt"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "entity_type": "entityType",
        "field_type_": "_type",
        "initiated_at": "initiatedAt",
        "target_entity_id": "targetEntityId",
        "requested_by": "requestedBy",
        "processed_at": "processedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = str(self.id)

        entity_type = self.entity_type.value

        field_type_ = self.field_type_.value

        initiated_at = _format_datetime(self.initiated_at)

        target_entity_id = self.target_entity_id

        requested_by = str(self.requested_by)

        processed_at: str | Unset = UNSET
        if not isinstance(self.processed_at, Unset):
            processed_at = _format_datetime(self.processed_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entityType": entity_type,
                "_type": field_type_,
                "initiatedAt": initiated_at,
                "targetEntityId": target_entity_id,
                "requestedBy": requested_by,
            }
        )
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is AnonymizationRequestStatus:
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
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            entity_type = DeprecatedAnonymizationType.parse(_expect_str(d.pop("entityType")))

        except Exception as _exc:
            raise _at(_exc, "entityType") from _exc

        try:
            field_type_ = Type.parse(_expect_str(d.pop("_type")))

        except Exception as _exc:
            raise _at(_exc, "_type") from _exc

        try:
            initiated_at = _parse_datetime(d.pop("initiatedAt"))

        except Exception as _exc:
            raise _at(_exc, "initiatedAt") from _exc

        try:
            target_entity_id = _expect_str(d.pop("targetEntityId"))
        except Exception as _exc:
            raise _at(_exc, "targetEntityId") from _exc

        try:
            requested_by = _parse_uuid(d.pop("requestedBy"))

        except Exception as _exc:
            raise _at(_exc, "requestedBy") from _exc

        try:
            _processed_at = _value if (_value := d.pop("processedAt", UNSET)) is not None else UNSET
            processed_at: datetime.datetime | Unset
            if isinstance(_processed_at, Unset):
                processed_at = UNSET
            else:
                processed_at = _parse_datetime(_processed_at)

        except Exception as _exc:
            raise _at(_exc, "processedAt") from _exc

        _instance = cls(
            id=id,
            entity_type=entity_type,
            field_type_=field_type_,
            initiated_at=initiated_at,
            target_entity_id=target_entity_id,
            requested_by=requested_by,
            processed_at=processed_at,
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
_DIXA_VALUES_DeprecatedAnonymizationType: dict[Any, Any] = (
    DeprecatedAnonymizationType._value2member_map_
)  # see fast.jinja's enum_names
_DIXA_VALUES_Type: dict[Any, Any] = Type._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "entityType",
        "_type",
        "initiatedAt",
        "targetEntityId",
        "requestedBy",
        "processedAt",
    ]
)


def _decode(_dixa_d: Any) -> AnonymizationRequestStatus:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(AnonymizationRequestStatus)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["entityType"]
    _dixa_o.entity_type = _DIXA_VALUES_DeprecatedAnonymizationType.get(_dixa_v) or DeprecatedAnonymizationType.parse(
        _dixa_v
    )

    _dixa_v = _dixa_d["_type"]
    _dixa_o.field_type_ = _DIXA_VALUES_Type.get(_dixa_v) or Type.parse(_dixa_v)

    _dixa_v = _dixa_d["initiatedAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.initiated_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.initiated_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["targetEntityId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.target_entity_id = _dixa_v

    _dixa_v = _dixa_d["requestedBy"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.requested_by = _dixa_u
    else:
        _dixa_o.requested_by = _read_uuid(_dixa_v)

    _dixa_n = len(_dixa_d) - 6  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.processed_at = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("processedAt")
    if _dixa_v is None:
        _dixa_o.processed_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.processed_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.processed_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


AnonymizationRequestStatus.__dixa_decode__ = _decode
