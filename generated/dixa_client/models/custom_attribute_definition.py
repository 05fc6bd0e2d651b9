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
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import UNKNOWN_SAFETY as _UNKNOWN_SAFETY
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..models.entity_type import EntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect
    from ..models.custom_attribute_input_definition_text import CustomAttributeInputDefinitionText
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global \
        _lazy_imports_loaded, \
        CustomAttributeInputDefinitionSelect, \
        CustomAttributeInputDefinitionText, \
        UnknownVariant
    from ..models.custom_attribute_input_definition_select import CustomAttributeInputDefinitionSelect  # noqa: PLC0415
    from ..models.custom_attribute_input_definition_text import CustomAttributeInputDefinitionText  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CustomAttributeDefinition")


@_attrs_define
class CustomAttributeDefinition:
    id: UUID
    entity_type: EntityType
    identifier: str
    label: str
    input_definition: CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText | UnknownVariant
    created_at: datetime.datetime
    is_required: bool
    is_archived: bool
    is_deactivated: bool
    description: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "entityType",
            "identifier",
            "label",
            "inputDefinition",
            "createdAt",
            "isRequired",
            "isArchived",
            "isDeactivated",
        ]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "entityType",
            "identifier",
            "label",
            "inputDefinition",
            "createdAt",
            "isRequired",
            "isArchived",
            "isDeactivated",
            "description",
            "updatedAt",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "entity_type": "entityType",
        "identifier": "identifier",
        "label": "label",
        "input_definition": "inputDefinition",
        "created_at": "createdAt",
        "is_required": "isRequired",
        "is_archived": "isArchived",
        "is_deactivated": "isDeactivated",
        "description": "description",
        "updated_at": "updatedAt",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = str(self.id)

        entity_type = self.entity_type.value

        identifier = self.identifier

        label = self.label

        input_definition: dict[str, Any]
        if isinstance(self.input_definition, CustomAttributeInputDefinitionSelect):
            input_definition = self.input_definition.to_dict()
            input_definition = _tagged(self.input_definition, input_definition)
        elif isinstance(self.input_definition, CustomAttributeInputDefinitionText):
            input_definition = self.input_definition.to_dict()
            input_definition = _tagged(self.input_definition, input_definition)
        else:
            input_definition = self.input_definition.to_dict()
            input_definition = _tagged(self.input_definition, input_definition)

        created_at = _format_datetime(self.created_at)

        is_required = self.is_required

        is_archived = self.is_archived

        is_deactivated = self.is_deactivated

        description = self.description

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = _format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entityType": entity_type,
                "identifier": identifier,
                "label": label,
                "inputDefinition": input_definition,
                "createdAt": created_at,
                "isRequired": is_required,
                "isArchived": is_archived,
                "isDeactivated": is_deactivated,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is CustomAttributeDefinition:
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
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            entity_type = EntityType.parse(_expect_str(d.pop("entityType")))

        except Exception as _exc:
            raise _at(_exc, "entityType") from _exc

        try:
            identifier = _expect_str(d.pop("identifier"))
        except Exception as _exc:
            raise _at(_exc, "identifier") from _exc

        try:
            label = _expect_str(d.pop("label"))
        except Exception as _exc:
            raise _at(_exc, "label") from _exc

        try:
            input_definition = cast(
                "CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText | UnknownVariant",
                _resolve_union(
                    d.pop("inputDefinition"),
                    lambda: (
                        _Variant(
                            "CustomAttributeInputDefinitionSelect",
                            _is_mapping,
                            CustomAttributeInputDefinitionSelect.from_dict,
                            CustomAttributeInputDefinitionSelect,
                        ),
                        _Variant(
                            "CustomAttributeInputDefinitionText",
                            _is_mapping,
                            CustomAttributeInputDefinitionText.from_dict,
                            CustomAttributeInputDefinitionText,
                        ),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "inputDefinition") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            is_required = _expect_bool(d.pop("isRequired"))
        except Exception as _exc:
            raise _at(_exc, "isRequired") from _exc

        try:
            is_archived = _expect_bool(d.pop("isArchived"))
        except Exception as _exc:
            raise _at(_exc, "isArchived") from _exc

        try:
            is_deactivated = _expect_bool(d.pop("isDeactivated"))
        except Exception as _exc:
            raise _at(_exc, "isDeactivated") from _exc

        try:
            description = _value if (_value := d.pop("description", UNSET)) is not None else UNSET
            if description is not UNSET:
                _expect_str(description)
        except Exception as _exc:
            raise _at(_exc, "description") from _exc

        try:
            _updated_at = _value if (_value := d.pop("updatedAt", UNSET)) is not None else UNSET
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = _parse_datetime(_updated_at)

        except Exception as _exc:
            raise _at(_exc, "updatedAt") from _exc

        _instance = cls(
            id=id,
            entity_type=entity_type,
            identifier=identifier,
            label=label,
            input_definition=input_definition,
            created_at=created_at,
            is_required=is_required,
            is_archived=is_archived,
            is_deactivated=is_deactivated,
            description=description,
            updated_at=updated_at,
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
_DIXA_VALUES_EntityType: dict[Any, Any] = EntityType._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "entityType",
        "identifier",
        "label",
        "inputDefinition",
        "createdAt",
        "isRequired",
        "isArchived",
        "isDeactivated",
        "description",
        "updatedAt",
    ]
)


def _decode(_dixa_d: Any) -> CustomAttributeDefinition:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(CustomAttributeDefinition)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["entityType"]
    _dixa_o.entity_type = _DIXA_VALUES_EntityType.get(_dixa_v) or EntityType.parse(_dixa_v)

    _dixa_v = _dixa_d["identifier"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.identifier = _dixa_v

    _dixa_v = _dixa_d["label"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.label = _dixa_v

    _dixa_v = _dixa_d["inputDefinition"]
    _dixa_tags = _DIXA_TAGS.get("input_definition")
    if _dixa_tags is None:
        _dixa_tags = _DIXA_TAGS["input_definition"] = _tag_decoders(
            CustomAttributeInputDefinitionSelect,
            CustomAttributeInputDefinitionText,
            UnknownVariant,
        )

    _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
    if _dixa_decode is None:
        input_definition = cast(
            "CustomAttributeInputDefinitionSelect | CustomAttributeInputDefinitionText | UnknownVariant",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant(
                        "CustomAttributeInputDefinitionSelect",
                        _is_mapping,
                        CustomAttributeInputDefinitionSelect.from_dict,
                        CustomAttributeInputDefinitionSelect,
                    ),
                    _Variant(
                        "CustomAttributeInputDefinitionText",
                        _is_mapping,
                        CustomAttributeInputDefinitionText.from_dict,
                        CustomAttributeInputDefinitionText,
                    ),
                    _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                ),
                unset_ok=False,
                none_ok=False,
            ),
        )

        _dixa_o.input_definition = input_definition

    else:
        _dixa_o.input_definition = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["isRequired"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_required = _dixa_v

    _dixa_v = _dixa_d["isArchived"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_archived = _dixa_v

    _dixa_v = _dixa_d["isDeactivated"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_deactivated = _dixa_v

    _dixa_n = len(_dixa_d) - 9  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.description = _dixa_o.updated_at = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("description")
    if _dixa_v is None:
        _dixa_o.description = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.description = _dixa_v

    _dixa_v = _dixa_d.get("updatedAt")
    if _dixa_v is None:
        _dixa_o.updated_at = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
            _dixa_o.updated_at = _from_iso(_dixa_v[:-5])
        else:
            _dixa_o.updated_at = _read_timestamp(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


CustomAttributeDefinition.__dixa_decode__ = _decode
