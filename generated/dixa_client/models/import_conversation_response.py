from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partial_error import PartialError

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, PartialError
    from ..models.partial_error import PartialError  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ImportConversationResponse")


@_attrs_define
class ImportConversationResponse:
    id: int
    """ The id of the newly imported conversation """
    partial_errors: list[PartialError] | Unset = UNSET
    """ List of errors that do not prevent the conversation from being created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "partialErrors"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"id": "id", "partial_errors": "partialErrors"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        partial_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_errors, Unset):
            partial_errors = []
            for partial_errors_item_data in self.partial_errors:
                partial_errors_item = partial_errors_item_data.to_dict()
                partial_errors.append(partial_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if partial_errors is not UNSET:
            field_dict["partialErrors"] = partial_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_int(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            _partial_errors = _value if (_value := d.pop("partialErrors", UNSET)) is not None else UNSET
            partial_errors: list[PartialError] | Unset = UNSET
            if _partial_errors is not UNSET:
                if not isinstance(_partial_errors, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_partial_errors, dict) else type(_partial_errors).__name__}"
                    )

                partial_errors = []
                for _index_partial_errors, partial_errors_item_data in enumerate(_partial_errors):
                    try:
                        partial_errors_item = PartialError.from_dict(partial_errors_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_partial_errors) from _exc
                    partial_errors.append(partial_errors_item)

        except Exception as _exc:
            raise _at(_exc, "partialErrors") from _exc

        _instance = cls(
            id=id,
            partial_errors=partial_errors,
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
