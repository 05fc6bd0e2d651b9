from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRatingOfferInput")


@_attrs_define
class CreateRatingOfferInput:
    rating_type: str
    """ The type of numeric rating. E.g.: 'Csat', 'ThumbsUpOrDown', 'Nps'. """
    user_id: str | Unset = UNSET
    """ If userId is not provided, the conversation requester will be picked. """
    agent_id: str | Unset = UNSET
    """ If an agentId is not provided, the agent that is most likely to be the target will be picked. Please note
    that providing an agentId that is not part of the conversation may skew metrics in Intelligence. """
    offered_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating_type = self.rating_type

        user_id = self.user_id

        agent_id = self.agent_id

        offered_at: str | Unset = UNSET
        if not isinstance(self.offered_at, Unset):
            offered_at = self.offered_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratingType": rating_type,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if offered_at is not UNSET:
            field_dict["offeredAt"] = offered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating_type = d.pop("ratingType")

        user_id = d.pop("userId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        _offered_at = d.pop("offeredAt", UNSET)
        offered_at: datetime.datetime | Unset
        if isinstance(_offered_at, Unset):
            offered_at = UNSET
        else:
            offered_at = datetime.datetime.fromisoformat(_offered_at)

        _instance = cls(
            rating_type=rating_type,
            user_id=user_id,
            agent_id=agent_id,
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
