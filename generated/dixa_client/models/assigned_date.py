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
    from ..models.between import Between
    from ..models.since import Since
    from ..models.unknown_variant import UnknownVariant
    from ..models.until import Until

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, Between, Since, UnknownVariant, Until
    from ..models.between import Between  # noqa: PLC0415
    from ..models.since import Since  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415
    from ..models.until import Until  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="AssignedDate")


@_attrs_define
class AssignedDate:
    operator: Between | Since | UnknownVariant | Until
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "AssignedDate"
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
        if isinstance(self.operator, Between):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, Since):
            operator = self.operator.to_dict()
            operator = _tagged(self.operator, operator)
        elif isinstance(self.operator, Until):
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
                "Between | Since | UnknownVariant | Until",
                _resolve_union(
                    d.pop("operator"),
                    lambda: (
                        _Variant("Between", _is_mapping, Between.from_dict, Between),
                        _Variant("Since", _is_mapping, Since.from_dict, Since),
                        _Variant("Until", _is_mapping, Until.from_dict, Until),
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
