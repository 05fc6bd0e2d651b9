from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingOffer")


@_attrs_define
class RatingOffer:
    id: str
    user_id: str
    agent_id: str
    rating_type: str
    """ values: [Csat, Nps, ThumbsUpOrDown] """
    offered_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        agent_id = self.agent_id

        rating_type = self.rating_type

        offered_at: str | Unset = UNSET
        if not isinstance(self.offered_at, Unset):
            offered_at = self.offered_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "agentId": agent_id,
                "ratingType": rating_type,
            }
        )
        if offered_at is not UNSET:
            field_dict["offeredAt"] = offered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("userId")

        agent_id = d.pop("agentId")

        rating_type = d.pop("ratingType")

        _offered_at = d.pop("offeredAt", UNSET)
        offered_at: datetime.datetime | Unset
        if isinstance(_offered_at, Unset):
            offered_at = UNSET
        else:
            offered_at = datetime.datetime.fromisoformat(_offered_at)

        _instance = cls(
            id=id,
            user_id=user_id,
            agent_id=agent_id,
            rating_type=rating_type,
            offered_at=offered_at,
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
