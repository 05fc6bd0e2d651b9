from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.anonymized_conversation_channel import AnonymizedConversationChannel
from ..models.rating_status import RatingStatus
from ..models.rating_type import RatingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_string import MapString

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, MapString
    from ..models.map_string import MapString  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    id: str
    rating_type: RatingType
    conversation_channel: AnonymizedConversationChannel
    user_id: str
    rating_status: RatingStatus
    timestamps: MapString
    rating_score: int | Unset = UNSET
    rating_comment: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "ratingType", "conversationChannel", "userId", "ratingStatus", "timestamps"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "ratingType",
            "conversationChannel",
            "userId",
            "ratingStatus",
            "timestamps",
            "ratingScore",
            "ratingComment",
            "agentId",
            "language",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "rating_type": "ratingType",
        "conversation_channel": "conversationChannel",
        "user_id": "userId",
        "rating_status": "ratingStatus",
        "timestamps": "timestamps",
        "rating_score": "ratingScore",
        "rating_comment": "ratingComment",
        "agent_id": "agentId",
        "language": "language",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        rating_type = self.rating_type.value

        conversation_channel = self.conversation_channel.value

        user_id = self.user_id

        rating_status = self.rating_status.value

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
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            rating_type = RatingType.parse(_expect_str(d.pop("ratingType")))

        except Exception as _exc:
            raise _at(_exc, "ratingType") from _exc

        try:
            conversation_channel = AnonymizedConversationChannel.parse(_expect_str(d.pop("conversationChannel")))

        except Exception as _exc:
            raise _at(_exc, "conversationChannel") from _exc

        try:
            user_id = _expect_str(d.pop("userId"))
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            rating_status = RatingStatus.parse(_expect_str(d.pop("ratingStatus")))

        except Exception as _exc:
            raise _at(_exc, "ratingStatus") from _exc

        try:
            timestamps = MapString.from_dict(d.pop("timestamps"))

        except Exception as _exc:
            raise _at(_exc, "timestamps") from _exc

        try:
            rating_score = _value if (_value := d.pop("ratingScore", UNSET)) is not None else UNSET
            if rating_score is not UNSET:
                _expect_int(rating_score)
        except Exception as _exc:
            raise _at(_exc, "ratingScore") from _exc

        try:
            rating_comment = _value if (_value := d.pop("ratingComment", UNSET)) is not None else UNSET
            if rating_comment is not UNSET:
                _expect_str(rating_comment)
        except Exception as _exc:
            raise _at(_exc, "ratingComment") from _exc

        try:
            agent_id = _value if (_value := d.pop("agentId", UNSET)) is not None else UNSET
            if agent_id is not UNSET:
                _expect_str(agent_id)
        except Exception as _exc:
            raise _at(_exc, "agentId") from _exc

        try:
            language = _value if (_value := d.pop("language", UNSET)) is not None else UNSET
            if language is not UNSET:
                _expect_str(language)
        except Exception as _exc:
            raise _at(_exc, "language") from _exc

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
