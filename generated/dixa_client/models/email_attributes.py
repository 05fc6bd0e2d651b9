from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_contact import EmailContact
    from ..models.file import File
    from ..models.regular import Regular
    from ..models.too_large import TooLarge


T = TypeVar("T", bound="EmailAttributes")


@_attrs_define
class EmailAttributes:
    from_: EmailContact
    is_auto_reply: bool
    email_content: Regular | TooLarge | Unset = UNSET
    to: list[EmailContact] | Unset = UNSET
    cc: list[EmailContact] | Unset = UNSET
    bcc: list[EmailContact] | Unset = UNSET
    inline_images: list[File] | Unset = UNSET
    attachments: list[File] | Unset = UNSET
    delivery_failure_reason: str | Unset = UNSET
    direction: str | Unset = UNSET
    """ values: [Inbound, Internal, Outbound] """
    original_content_url: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.regular import Regular  # noqa: PLC0415

        from_ = self.from_.to_dict()

        is_auto_reply = self.is_auto_reply

        email_content: dict[str, Any] | Unset
        if isinstance(self.email_content, Unset):
            email_content = UNSET
        elif isinstance(self.email_content, Regular):
            email_content = self.email_content.to_dict()
        else:
            email_content = self.email_content.to_dict()

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        inline_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_images, Unset):
            inline_images = []
            for inline_images_item_data in self.inline_images:
                inline_images_item = inline_images_item_data.to_dict()
                inline_images.append(inline_images_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        delivery_failure_reason = self.delivery_failure_reason

        direction = self.direction

        original_content_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_content_url, Unset):
            original_content_url = self.original_content_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "isAutoReply": is_auto_reply,
            }
        )
        if email_content is not UNSET:
            field_dict["emailContent"] = email_content
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if inline_images is not UNSET:
            field_dict["inlineImages"] = inline_images
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if delivery_failure_reason is not UNSET:
            field_dict["deliveryFailureReason"] = delivery_failure_reason
        if direction is not UNSET:
            field_dict["direction"] = direction
        if original_content_url is not UNSET:
            field_dict["originalContentUrl"] = original_content_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_contact import EmailContact  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415
        from ..models.regular import Regular  # noqa: PLC0415
        from ..models.too_large import TooLarge  # noqa: PLC0415

        d = dict(src_dict)
        from_ = EmailContact.from_dict(d.pop("from"))

        is_auto_reply = d.pop("isAutoReply")

        def _parse_email_content(data: object) -> Regular | TooLarge | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_email_content_type_0 = Regular.from_dict(data)

                return componentsschemas_email_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_email_content_type_1 = TooLarge.from_dict(data)

            return componentsschemas_email_content_type_1

        email_content = _parse_email_content(d.pop("emailContent", UNSET))

        _to = d.pop("to", UNSET)
        to: list[EmailContact] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailContact.from_dict(to_item_data)

                to.append(to_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailContact] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailContact.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailContact] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailContact.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        _inline_images = d.pop("inlineImages", UNSET)
        inline_images: list[File] | Unset = UNSET
        if _inline_images is not UNSET:
            inline_images = []
            for inline_images_item_data in _inline_images:
                inline_images_item = File.from_dict(inline_images_item_data)

                inline_images.append(inline_images_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        delivery_failure_reason = d.pop("deliveryFailureReason", UNSET)

        direction = d.pop("direction", UNSET)

        _original_content_url = d.pop("originalContentUrl", UNSET)
        original_content_url: File | Unset
        if isinstance(_original_content_url, Unset):
            original_content_url = UNSET
        else:
            original_content_url = File.from_dict(_original_content_url)

        _instance = cls(
            from_=from_,
            is_auto_reply=is_auto_reply,
            email_content=email_content,
            to=to,
            cc=cc,
            bcc=bcc,
            inline_images=inline_images,
            attachments=attachments,
            delivery_failure_reason=delivery_failure_reason,
            direction=direction,
            original_content_url=original_content_url,
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
