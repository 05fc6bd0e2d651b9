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
from .._validation import not_an_object as _not_an_object

if TYPE_CHECKING:
    from ..models.is_empty import IsEmpty
    from ..models.is_not_empty import IsNotEmpty
    from ..models.is_not_one_of import IsNotOneOf
    from ..models.is_one_of import IsOneOf
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, IsEmpty, IsNotEmpty, IsNotOneOf, IsOneOf, UnknownVariant
    from ..models.is_empty import IsEmpty  # noqa: PLC0415
    from ..models.is_not_empty import IsNotEmpty  # noqa: PLC0415
    from ..models.is_not_one_of import IsNotOneOf  # noqa: PLC0415
    from ..models.is_one_of import IsOneOf  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="AgentId")


@_attrs_define
class AgentId:
    operator: IsEmpty | IsNotEmpty | IsNotOneOf | IsOneOf | UnknownVariant
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "AgentId"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["operator"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["operator"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"operator": "operator"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        operator: dict[str, Any]
        if isinstance(self.operator, IsEmpty):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, IsNotEmpty):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, IsNotOneOf):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, IsOneOf):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        else:
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
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
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            operator = cast(
                "IsEmpty | IsNotEmpty | IsNotOneOf | IsOneOf | UnknownVariant",
                _resolve_union(
                    d.pop("operator"),
                    lambda: (
                        _Variant("IsEmpty", _is_mapping, IsEmpty.from_dict, IsEmpty),
                        _Variant("IsNotEmpty", _is_mapping, IsNotEmpty.from_dict, IsNotEmpty),
                        _Variant("IsNotOneOf", _is_mapping, IsNotOneOf.from_dict, IsNotOneOf),
                        _Variant("IsOneOf", _is_mapping, IsOneOf.from_dict, IsOneOf),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=False,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "operator") from _exc

        _instance = cls(
            operator=operator,
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
