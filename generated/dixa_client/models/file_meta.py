from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checksum import Checksum
    from ..models.mime_type_impl import MimeTypeImpl


T = TypeVar("T", bound="FileMeta")


@_attrs_define
class FileMeta:
    url: str
    name: str
    media_type: MimeTypeImpl
    bytes_length: int
    checksum: Checksum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        url = self.url

        name = self.name

        media_type = self.media_type.to_dict()

        bytes_length = self.bytes_length

        checksum = self.checksum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "name": name,
                "mediaType": media_type,
                "bytesLength": bytes_length,
                "checksum": checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checksum import Checksum  # noqa: PLC0415
        from ..models.mime_type_impl import MimeTypeImpl  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name")

        media_type = MimeTypeImpl.from_dict(d.pop("mediaType"))

        bytes_length = d.pop("bytesLength")

        checksum = Checksum.from_dict(d.pop("checksum"))

        _instance = cls(
            url=url,
            name=name,
            media_type=media_type,
            bytes_length=bytes_length,
            checksum=checksum,
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
