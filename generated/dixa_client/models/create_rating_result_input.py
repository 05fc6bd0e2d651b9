from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csat import Csat
    from ..models.nps import Nps
    from ..models.thumbs_up_or_down import ThumbsUpOrDown


T = TypeVar("T", bound="CreateRatingResultInput")


@_attrs_define
class CreateRatingResultInput:
    rating_result: Csat | Nps | ThumbsUpOrDown
    user_id: str | Unset = UNSET
    """ The userId property is no longer used so it's made optional to keep backwards compatibility. A null value
    can be provided instead of an actual ID. """
    comment: str | Unset = UNSET
    submitted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.csat import Csat  # noqa: PLC0415
        from ..models.nps import Nps  # noqa: PLC0415

        rating_result: dict[str, Any]
        if isinstance(self.rating_result, Csat):
            rating_result = self.rating_result.to_dict()
        elif isinstance(self.rating_result, Nps):
            rating_result = self.rating_result.to_dict()
        else:
            rating_result = self.rating_result.to_dict()

        user_id = self.user_id

        comment = self.comment

        submitted_at: str | Unset = UNSET
        if not isinstance(self.submitted_at, Unset):
            submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratingResult": rating_result,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csat import Csat  # noqa: PLC0415
        from ..models.nps import Nps  # noqa: PLC0415
        from ..models.thumbs_up_or_down import ThumbsUpOrDown  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_rating_result(data: object) -> Csat | Nps | ThumbsUpOrDown:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submitted_rating_result_type_0 = Csat.from_dict(data)

                return componentsschemas_submitted_rating_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submitted_rating_result_type_1 = Nps.from_dict(data)

                return componentsschemas_submitted_rating_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_submitted_rating_result_type_2 = ThumbsUpOrDown.from_dict(data)

            return componentsschemas_submitted_rating_result_type_2

        rating_result = _parse_rating_result(d.pop("ratingResult"))

        user_id = d.pop("userId", UNSET)

        comment = d.pop("comment", UNSET)

        _submitted_at = d.pop("submittedAt", UNSET)
        submitted_at: datetime.datetime | Unset
        if isinstance(_submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = datetime.datetime.fromisoformat(_submitted_at)

        _instance = cls(
            rating_result=rating_result,
            user_id=user_id,
            comment=comment,
            submitted_at=submitted_at,
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
