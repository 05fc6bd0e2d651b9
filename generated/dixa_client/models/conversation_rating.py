from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_string import MapString


T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    id: str
    rating_type: str
    """ values: [Csat, Nps, ThumbsUpOrDown] """
    conversation_channel: str
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    user_id: str
    rating_status: str
    """ values: [Unscheduled, Offered, Rated, Scheduled, Cancelled] """
    timestamps: MapString
    rating_score: int | Unset = UNSET
    rating_comment: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        rating_type = self.rating_type

        conversation_channel = self.conversation_channel

        user_id = self.user_id

        rating_status = self.rating_status

        timestamps = self.timestamps.to_dict()

        rating_score = self.rating_score

        rating_comment = self.rating_comment

        agent_id = self.agent_id

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ratingType": rating_type,
                "conversationChannel": conversation_channel,
                "userId": user_id,
                "ratingStatus": rating_status,
                "timestamps": timestamps,
            }
        )
        if rating_score is not UNSET:
            field_dict["ratingScore"] = rating_score
        if rating_comment is not UNSET:
            field_dict["ratingComment"] = rating_comment
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_string import MapString  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        rating_type = d.pop("ratingType")

        conversation_channel = d.pop("conversationChannel")

        user_id = d.pop("userId")

        rating_status = d.pop("ratingStatus")

        timestamps = MapString.from_dict(d.pop("timestamps"))

        rating_score = d.pop("ratingScore", UNSET)

        rating_comment = d.pop("ratingComment", UNSET)

        agent_id = d.pop("agentId", UNSET)

        language = d.pop("language", UNSET)

        _instance = cls(
            id=id,
            rating_type=rating_type,
            conversation_channel=conversation_channel,
            user_id=user_id,
            rating_status=rating_status,
            timestamps=timestamps,
            rating_score=rating_score,
            rating_comment=rating_comment,
            agent_id=agent_id,
            language=language,
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
