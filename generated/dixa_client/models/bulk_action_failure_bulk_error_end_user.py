from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_error_not_found import BulkErrorNotFound
    from ..models.empty_patch_set import EmptyPatchSet
    from ..models.error_response import ErrorResponse
    from ..models.infrastructure import Infrastructure
    from ..models.integrity import Integrity
    from ..models.invalid_argument import InvalidArgument
    from ..models.validation import Validation


T = TypeVar("T", bound="BulkActionFailureBulkErrorEndUser")


@_attrs_define
class BulkActionFailureBulkErrorEndUser:
    error: BulkErrorNotFound | EmptyPatchSet | ErrorResponse | Infrastructure | Integrity | InvalidArgument | Validation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_error_not_found import BulkErrorNotFound  # noqa: PLC0415
        from ..models.empty_patch_set import EmptyPatchSet  # noqa: PLC0415
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.infrastructure import Infrastructure  # noqa: PLC0415
        from ..models.integrity import Integrity  # noqa: PLC0415
        from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415

        error: dict[str, Any]
        if isinstance(self.error, EmptyPatchSet):
            error = self.error.to_dict()
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        elif isinstance(self.error, Infrastructure):
            error = self.error.to_dict()
        elif isinstance(self.error, Integrity):
            error = self.error.to_dict()
        elif isinstance(self.error, InvalidArgument):
            error = self.error.to_dict()
        elif isinstance(self.error, BulkErrorNotFound):
            error = self.error.to_dict()
        else:
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_error_not_found import BulkErrorNotFound  # noqa: PLC0415
        from ..models.empty_patch_set import EmptyPatchSet  # noqa: PLC0415
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.infrastructure import Infrastructure  # noqa: PLC0415
        from ..models.integrity import Integrity  # noqa: PLC0415
        from ..models.invalid_argument import InvalidArgument  # noqa: PLC0415
        from ..models.validation import Validation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(
            data: object,
        ) -> (
            BulkErrorNotFound
            | EmptyPatchSet
            | ErrorResponse
            | Infrastructure
            | Integrity
            | InvalidArgument
            | Validation
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_0 = EmptyPatchSet.from_dict(data)

                return componentsschemas_bulk_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_1 = ErrorResponse.from_dict(data)

                return componentsschemas_bulk_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_2 = Infrastructure.from_dict(data)

                return componentsschemas_bulk_error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_3 = Integrity.from_dict(data)

                return componentsschemas_bulk_error_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_4 = InvalidArgument.from_dict(data)

                return componentsschemas_bulk_error_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bulk_error_type_5 = BulkErrorNotFound.from_dict(data)

                return componentsschemas_bulk_error_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bulk_error_type_6 = Validation.from_dict(data)

            return componentsschemas_bulk_error_type_6

        error = _parse_error(d.pop("error"))

        _instance = cls(
            error=error,
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
