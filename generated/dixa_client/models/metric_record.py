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
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_field import BooleanField
    from ..models.double_field import DoubleField
    from ..models.field import Field
    from ..models.instant_field import InstantField
    from ..models.int_field import IntField
    from ..models.list_field import ListField
    from ..models.long_field import LongField
    from ..models.string_field import StringField
    from ..models.timestamp_field import TimestampField
    from ..models.unknown_variant import UnknownVariant
    from ..models.uuid_field import UUIDField

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        BooleanField, \
        DoubleField, \
        Field, \
        InstantField, \
        IntField, \
        ListField, \
        LongField, \
        StringField, \
        TimestampField, \
        UnknownVariant, \
        UUIDField
    from ..models.boolean_field import BooleanField  # noqa: PLC0415
    from ..models.double_field import DoubleField  # noqa: PLC0415
    from ..models.field import Field  # noqa: PLC0415
    from ..models.instant_field import InstantField  # noqa: PLC0415
    from ..models.int_field import IntField  # noqa: PLC0415
    from ..models.list_field import ListField  # noqa: PLC0415
    from ..models.long_field import LongField  # noqa: PLC0415
    from ..models.string_field import StringField  # noqa: PLC0415
    from ..models.timestamp_field import TimestampField  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415
    from ..models.uuid_field import UUIDField  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="MetricRecord")


@_attrs_define
class MetricRecord:
    primary_timestamp_field: TimestampField
    value: (
        BooleanField
        | DoubleField
        | InstantField
        | IntField
        | ListField
        | LongField
        | StringField
        | TimestampField
        | UnknownVariant
        | Unset
        | UUIDField
    ) = UNSET
    fields: list[Field] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["primaryTimestampField"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["primaryTimestampField", "value", "fields"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "primary_timestamp_field": "primaryTimestampField",
        "value": "value",
        "fields": "fields",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        primary_timestamp_field = self.primary_timestamp_field.to_dict()

        value: dict[str, Any] | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, BooleanField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, DoubleField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, InstantField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, IntField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, ListField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, LongField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, StringField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, TimestampField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        elif isinstance(self.value, UUIDField):
            value = self.value.to_dict()
            value = _tagged(self.value, value)
        else:
            value = self.value.to_dict()
            value = _tagged(self.value, value)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryTimestampField": primary_timestamp_field,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is MetricRecord:
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
            primary_timestamp_field = TimestampField.from_dict(d.pop("primaryTimestampField"))

        except Exception as _exc:
            raise _at(_exc, "primaryTimestampField") from _exc

        try:
            value = cast(
                "BooleanField | DoubleField | InstantField | IntField | ListField | LongField | StringField | TimestampField | UnknownVariant | Unset | UUIDField",
                _resolve_union(
                    (_value if (_value := d.pop("value", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("BooleanField", _is_mapping, BooleanField.from_dict, BooleanField),
                        _Variant("DoubleField", _is_mapping, DoubleField.from_dict, DoubleField),
                        _Variant("InstantField", _is_mapping, InstantField.from_dict, InstantField),
                        _Variant("IntField", _is_mapping, IntField.from_dict, IntField),
                        _Variant("ListField", _is_mapping, ListField.from_dict, ListField),
                        _Variant("LongField", _is_mapping, LongField.from_dict, LongField),
                        _Variant("StringField", _is_mapping, StringField.from_dict, StringField),
                        _Variant("TimestampField", _is_mapping, TimestampField.from_dict, TimestampField),
                        _Variant("UUIDField", _is_mapping, UUIDField.from_dict, UUIDField),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "value") from _exc

        try:
            _fields = _value if (_value := d.pop("fields", UNSET)) is not None else UNSET
            fields: list[Field] | Unset = UNSET
            if _fields is not UNSET:
                if not isinstance(_fields, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_fields, dict) else type(_fields).__name__}"
                    )

                fields = []
                for _index_fields, fields_item_data in enumerate(_fields):
                    try:
                        fields_item = Field.from_dict(fields_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_fields) from _exc
                    fields.append(fields_item)

        except Exception as _exc:
            raise _at(_exc, "fields") from _exc

        _instance = cls(
            primary_timestamp_field=primary_timestamp_field,
            value=value,
            fields=fields,
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
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "primaryTimestampField",
        "value",
        "fields",
    ]
)


def _decode(_dixa_d: Any) -> MetricRecord:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(MetricRecord)
    _dixa_v = _dixa_d["primaryTimestampField"]
    _dixa_o.primary_timestamp_field = TimestampField.__dixa_decode__(_dixa_v)

    _dixa_n = len(_dixa_d) - 1  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.value = _dixa_o.fields = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("value")
    if _dixa_v is None:
        _dixa_o.value = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("value")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["value"] = _tag_decoders(
                BooleanField,
                DoubleField,
                InstantField,
                IntField,
                ListField,
                LongField,
                StringField,
                TimestampField,
                UUIDField,
                UnknownVariant,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            value = cast(
                "BooleanField | DoubleField | InstantField | IntField | ListField | LongField | StringField | TimestampField | UnknownVariant | Unset | UUIDField",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant("BooleanField", _is_mapping, BooleanField.from_dict, BooleanField),
                        _Variant("DoubleField", _is_mapping, DoubleField.from_dict, DoubleField),
                        _Variant("InstantField", _is_mapping, InstantField.from_dict, InstantField),
                        _Variant("IntField", _is_mapping, IntField.from_dict, IntField),
                        _Variant("ListField", _is_mapping, ListField.from_dict, ListField),
                        _Variant("LongField", _is_mapping, LongField.from_dict, LongField),
                        _Variant("StringField", _is_mapping, StringField.from_dict, StringField),
                        _Variant("TimestampField", _is_mapping, TimestampField.from_dict, TimestampField),
                        _Variant("UUIDField", _is_mapping, UUIDField.from_dict, UUIDField),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.value = value

        else:
            _dixa_o.value = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d.get("fields")
    if _dixa_v is None:
        _dixa_o.fields = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_decode = Field.__dixa_decode__
        _dixa_o.fields = [_dixa_decode(_dixa_i) for _dixa_i in _dixa_v]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


MetricRecord.__dixa_decode__ = _decode
