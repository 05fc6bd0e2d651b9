from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_entry import ActivityLogEntry
    from ..models.pagination_links import PaginationLinks

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, ActivityLogEntry, PaginationLinks
    from ..models.activity_log_entry import ActivityLogEntry  # noqa: PLC0415
    from ..models.pagination_links import PaginationLinks  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ListActivityLogOutput")


@_attrs_define
class ListActivityLogOutput:
    data: list[ActivityLogEntry] | Unset = UNSET
    meta: PaginationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["data", "meta"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"data": "data", "meta": "meta"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _data = _value if (_value := d.pop("data", UNSET)) is not None else UNSET
            data: list[ActivityLogEntry] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_data, dict) else type(_data).__name__}"
                    )

                data = []
                for _index_data, data_item_data in enumerate(_data):
                    try:
                        data_item = ActivityLogEntry.from_dict(data_item_data)

                    except Exception as _exc:
                        raise _at(_exc, _index_data) from _exc
                    data.append(data_item)

        except Exception as _exc:
            raise _at(_exc, "data") from _exc

        try:
            _meta = _value if (_value := d.pop("meta", UNSET)) is not None else UNSET
            meta: PaginationLinks | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PaginationLinks.from_dict(_meta)

        except Exception as _exc:
            raise _at(_exc, "meta") from _exc

        _instance = cls(
            data=data,
            meta=meta,
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
