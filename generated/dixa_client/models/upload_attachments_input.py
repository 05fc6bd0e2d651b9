from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UploadAttachmentsInput")


@_attrs_define
class UploadAttachmentsInput:
    files: list[File] | Unset = UNSET
    """ One or more image files to upload as article attachments. Each part must be a supported image format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["files"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"files": "files"}

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.files, Unset):
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            _files = _value if (_value := d.pop("files", UNSET)) is not None else UNSET
            files: list[File] | Unset = UNSET
            if _files is not UNSET:
                if not isinstance(_files, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_files, dict) else type(_files).__name__}"
                    )

                files = []
                for _index_files, files_item_data in enumerate(_files):
                    try:
                        files_item = File(payload=BytesIO(files_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_files) from _exc
                    files.append(files_item)

        except Exception as _exc:
            raise _at(_exc, "files") from _exc

        _instance = cls(
            files=files,
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
