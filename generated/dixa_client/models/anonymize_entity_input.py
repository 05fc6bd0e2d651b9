from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.deprecated_anonymization_type import DeprecatedAnonymizationType
from ..models.type_ import Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnonymizeEntityInput")


@_attrs_define
class AnonymizeEntityInput:
    entity_id: str
    entity_type: DeprecatedAnonymizationType | Unset = UNSET
    """ Replaced by _type field """
    force_anonymization: bool | Unset = UNSET
    field_type_: Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["entityId"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["entityId", "entityType", "forceAnonymization", "_type"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "entity_id": "entityId",
        "entity_type": "entityType",
        "force_anonymization": "forceAnonymization",
        "field_type_": "_type",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        entity_id = self.entity_id

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        force_anonymization = self.force_anonymization

        field_type_: str | Unset = UNSET
        if not isinstance(self.field_type_, Unset):
            field_type_ = self.field_type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if force_anonymization is not UNSET:
            field_dict["forceAnonymization"] = force_anonymization
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is AnonymizeEntityInput:
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
            entity_id = _expect_str(d.pop("entityId"))
        except Exception as _exc:
            raise _at(_exc, "entityId") from _exc

        try:
            _entity_type = _value if (_value := d.pop("entityType", UNSET)) is not None else UNSET
            entity_type: DeprecatedAnonymizationType | Unset
            if isinstance(_entity_type, Unset):
                entity_type = UNSET
            else:
                entity_type = DeprecatedAnonymizationType.parse(_expect_str(_entity_type))

        except Exception as _exc:
            raise _at(_exc, "entityType") from _exc

        try:
            force_anonymization = _value if (_value := d.pop("forceAnonymization", UNSET)) is not None else UNSET
            if force_anonymization is not UNSET:
                _expect_bool(force_anonymization)
        except Exception as _exc:
            raise _at(_exc, "forceAnonymization") from _exc

        try:
            _field_type_ = _value if (_value := d.pop("_type", UNSET)) is not None else UNSET
            field_type_: Type | Unset
            if isinstance(_field_type_, Unset):
                field_type_ = UNSET
            else:
                field_type_ = Type.parse(_expect_str(_field_type_))

        except Exception as _exc:
            raise _at(_exc, "_type") from _exc

        _instance = cls(
            entity_id=entity_id,
            entity_type=entity_type,
            force_anonymization=force_anonymization,
            field_type_=field_type_,
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
        "entityId",
        "entityType",
        "forceAnonymization",
        "_type",
    ]
)


def _decode(_dixa_d: Any) -> AnonymizeEntityInput:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(AnonymizeEntityInput)
    _dixa_v = _dixa_d["entityId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.entity_id = _dixa_v

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.entity_type = _dixa_o.force_anonymization = _dixa_o.field_type_ = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("entityType")
    if _dixa_v is None:
        _dixa_o.entity_type = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.entity_type = _DIXA_VALUES_DeprecatedAnonymizationType.get(
            _dixa_v
        ) or DeprecatedAnonymizationType.parse(_dixa_v)

    _dixa_v = _dixa_d.get("forceAnonymization")
    if _dixa_v is None:
        _dixa_o.force_anonymization = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.force_anonymization = _dixa_v

    _dixa_v = _dixa_d.get("_type")
    if _dixa_v is None:
        _dixa_o.field_type_ = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.field_type_ = _DIXA_VALUES_Type.get(_dixa_v) or Type.parse(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


AnonymizeEntityInput.__dixa_decode__ = _decode
